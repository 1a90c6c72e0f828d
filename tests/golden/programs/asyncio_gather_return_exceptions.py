# return_exceptions=True puts exceptions in the result list instead of raising.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    if n % 2 == 0:
        raise ValueError(f"even {n}")
    return n * 10


async def main():
    results = await asyncio.gather(*(work(n) for n in range(1, 6)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)
    print(results)


asyncio.run(main())
