# Functions: defaults, keyword arguments, *args and **kwargs, and async def.
import asyncio


def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


def total(*numbers, start=0):
    return start + sum(numbers)


def describe(title, **options):
    parts = [f"{key}={value}" for key, value in options.items()]
    return title + "(" + ", ".join(parts) + ")"


def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


async def delayed(value, delay=0):
    await asyncio.sleep(delay)
    return value


print(greet("Ada"))
print(greet("Alan", "Hi"))
print(greet("Grace", punctuation="?"))
print(greet(greeting="Welcome", name="Linus"))
print(total())
print(total(1, 2, 3))
print(total(1, 2, 3, start=100))
print(describe("download", url="a.jpg", retries=3, verbose=True))
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
args = (10, 20)
kwargs = {"punctuation": "."}
print(total(*args))
print(greet("Tim", **kwargs))
print(asyncio.run(delayed("done")))
print(asyncio.run(delayed(value=42, delay=0.01)))
