# gather returns results in argument order, whatever order the tasks finish in.
import asyncio
import time


async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"finish {name}")
    return f"{name}:{delay}"


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2))
    print(results)
    print(f"took {time.perf_counter() - t0:.1f} s")
    print(await asyncio.gather())
    print(await asyncio.gather(fetch("solo", 0)))


asyncio.run(main())
