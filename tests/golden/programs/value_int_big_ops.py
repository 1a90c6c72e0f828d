# Big ints beyond the first overflow: mixed with small ints and floats, as
# dict keys and set members, in formats, pow with a modulus, and the errors
# CPython 3.11 gives for them.
factorial = 1
for n in range(1, 26):
    factorial *= n
print(factorial, factorial // 10**20, factorial % 997, -factorial // 7, -factorial % 7)
print(divmod(factorial, -(2**40)), factorial >> 50, -factorial >> 50, factorial & 0xFFFF, ~factorial)
print(2**64 - 1 == 18446744073709551615, 2**64 > 1.8e19, 2**53 + 1 == 2.0**53, 2**70 == 2.0**70)
print(factorial / 3, 2**80 / 2**79, 1 / 2**70, float(2**100), int(2.0**70), round(2.5e20))
print({2**70: "big", 70: "small"}[2**70], len({2**64, 2**64 + 0, 18446744073709551616}))
print(sorted([2**65, -2**65, 0, 1.5, -2**63]), max(2**100, 10**30), min(-(2**70), -1e22))
print(f"{factorial:,} {2**70:_x} {-2**66:#o} {2**70:>26} {2**70:.3e} {3**40:010d}")
print("%d and %x" % (2**65, 2**65), str(-2**64), repr(2**64), hex(-2**64), bin(2**65))
print(pow(3, 10**20, 10**9 + 7), pow(2**100, 3, 97), pow(-2**80, 5, 13), pow(5, 0, 1))
print(int("9" * 40) + 1, int("-0x" + "f" * 20, 16), int("1" * 30, 2), abs(-2**64), -(-2**63))
print((2**64).bit_length(), isinstance(2**64, int), type(2**64).__name__, bool(2**64), 2**64 in [2**64])
for bad in ["str(10 ** 5000)", "int('7' * 5000)", "float(10 ** 400)", "[1, 2][2 ** 70]", "'ab' * 2 ** 70",
            "10 ** 400 / 3", "1 << -1", "2 ** 70 // 0"]:
    try:
        if bad == "str(10 ** 5000)":
            str(10 ** 5000)
        elif bad == "int('7' * 5000)":
            int("7" * 5000)
        elif bad == "float(10 ** 400)":
            float(10 ** 400)
        elif bad == "[1, 2][2 ** 70]":
            [1, 2][2 ** 70]
        elif bad == "'ab' * 2 ** 70":
            "ab" * 2 ** 70
        elif bad == "10 ** 400 / 3":
            10 ** 400 / 3
        elif bad == "1 << -1":
            1 << -1
        else:
            2 ** 70 // 0
    except (ValueError, OverflowError, IndexError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
