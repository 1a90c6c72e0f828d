# any, all, iter and next (with a default; StopIteration without one).
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]))
print(any(c.isdigit() for c in "abc1"), all(n > 0 for n in [1, 2, 3]))
it = iter([10, 20, 30])
print(next(it), next(it))
print(list(it), next(it, "exhausted"))
chars = iter("ab")
print(next(chars), next(chars), next(chars, None))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
keys = iter({"x": 1, "y": 2})
print(next(keys), list(keys))
r = iter(range(3))
for n in r:
    print("got", n)
