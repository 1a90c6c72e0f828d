# Displays whose parts await: the coroutine evaluator builds them as the plain one does.
import asyncio
async def two():
    await asyncio.sleep(0)
    return [2, 3]
async def main():
    a = [1, *(await two()), 4]
    b = (*(await two()),)
    c = {*(await two()), 9}
    d = {"x": 1, **{"y": await asyncio.sleep(0, 5)}}
    try:
        e = {**(await two())}
    except TypeError as err:
        print("TypeError:", err)
    print(a, b, sorted(c), d)
print([*range(3)], (*"ab",), {**{"k": 1}})
asyncio.run(main())
