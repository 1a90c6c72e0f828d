# tuple: an immutable sequence; packing, unpacking, as dict keys.
point = (3, 4)
single = (1,)
packed = 1, "two", 3.0
print(point, single, packed, ())
print(point[0], packed[-1], len(packed), point + (5,), point * 2)
print(point.index(4), (1, 1, 2).count(1), 4 in point, tuple([1, 2]), tuple("ab"))
print((1, 2) < (1, 3), (2,) > (1, 9), max([(1, "b"), (1, "a")]))
x, y = point
print(x * y)
grid = {(0, 0): "origin", (1, 2): "elsewhere"}
print(grid[(1, 2)], grid[0, 0])
try:
    point[0] = 10
except TypeError as e:
    print("TypeError:", e)


def min_max(values):
    return min(values), max(values)


low, high = min_max([4, 8, 1])
print(low, high, min_max([2]))
