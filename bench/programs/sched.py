# Scheduling-heavy: 10,000 tasks, each yields to the loop 20 times.
import asyncio


async def worker(n):
    for _ in range(20):
        await asyncio.sleep(0)
    return n


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
