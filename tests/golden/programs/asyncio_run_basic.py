# asyncio.run runs a coroutine to completion on a fresh loop and returns its result.
import asyncio
import time


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    print("main starts")
    value = await compute(21)
    print("computed", value)
    return "main's result"


t0 = time.perf_counter()
result = asyncio.run(main())
print(result)
print(f"elapsed {time.perf_counter() - t0:.1f} s")
print(asyncio.run(compute(5)))
