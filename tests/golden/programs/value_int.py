# int: arithmetic within 64 bits, conversions, repr and common helpers.
big = 9_000_000_000
print(big * 1000, -big, abs(-big))
print(2 ** 62, -(2 ** 62), 2 ** 40 + 1)
print(int("123"), int("-45"), int("  7  "), int(3.99), int(-3.99), int("ff", 16), int("101", 2))
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, pow(3, 4), pow(2, 10, 1000))
print(str(255), repr(-8), hex(255), bin(10), len(str(10 ** 15)))
print(1_000 + 1, 10 / 2, type(10 / 2).__name__, type(10 // 2).__name__)
print(max(3, 9, 2), min(3, 9, 2), sum(range(101)))
print(int(True), int(2.5), int(-2.5), round(7), 7 == 7.0)
