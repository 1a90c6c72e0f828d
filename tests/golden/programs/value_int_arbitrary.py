# int: arbitrary precision (CPython never overflows an int).
product = 1
for n in range(1, 31):
    product *= n
print(product)
print(2 ** 100, -(2 ** 64) + 1)
print(len(str(2 ** 1000)), (2 ** 100) // (2 ** 98), (10 ** 30) % 7)
print(9_223_372_036_854_775_807 + 1)
