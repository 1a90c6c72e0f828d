# as_completed yields awaitables in completion order.
import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    t0 = time.perf_counter()
    coros = [fetch("c", 0.3), fetch("a", 0.1), fetch("b", 0.2)]
    for next_done in asyncio.as_completed(coros):
        name = await next_done
        print(f"{name} at {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
