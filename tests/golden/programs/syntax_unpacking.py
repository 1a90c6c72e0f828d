# Assignment: tuple unpacking, nested targets, swaps, chained and in for loops.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, (second, third) = "a", ["b", "c"]
print(first, second, third)
p = q = 0
print(p, q)
for index, (name, size) in enumerate([("a.jpg", 200), ("b.json", 1)]):
    print(index, name, size)
for key, value in {"x": 1, "y": 2}.items():
    print(key, value)
head, tail = "ab"
print(head, tail)
items = [10, 20, 30]
items[0], items[2] = items[2], items[0]
print(items)
try:
    one, two = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    one, two, three = (1, 2)
except ValueError as err:
    print(err)
