# range: lazy arithmetic sequences.
print(range(5), range(2, 10), range(10, 0, -3))
print(list(range(5)), list(range(2, 10, 2)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 49 in r, 50 in r, r.index(21))
print(list(range(-3, 3)), list(range(5, 5)), sum(range(1, 11)))
for i in range(3, 0, -1):
    print("countdown", i)
print(list(reversed(range(4))), range(3) == range(0, 3), max(range(7)))
