# type(x).__name__ and isinstance for each value type.
import asyncio

values = [None, True, 1, 1.5, "s", [1], (1,), {"k": 1}, {1}, range(2), b"b", ValueError("v")]
for v in values:
    print(f"{type(v).__name__:<10} {v!r}")
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(True, bool), isinstance(True, int), isinstance("x", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(type(1) == int, type("a") is str)


def f():
    pass


async def g():
    pass


class Thing:
    pass


print(type(f).__name__, type(lambda: 0).__name__, type(Thing()).__name__, type(Thing).__name__)
coro = g()
print(type(coro).__name__)
asyncio.run(coro)
print(type(asyncio.Lock()).__name__, type(asyncio.Event()).__name__)
