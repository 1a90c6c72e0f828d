# Awaiting one by one adds the delays; gathering overlaps them.
import asyncio
import time


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    t0 = time.perf_counter()
    for d in (0.1, 0.2, 0.3):
        await job(d)
    print(f"sequential: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    await asyncio.gather(job(0.1), job(0.2), job(0.3))
    print(f"gathered: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 0.2, 0.3)]
    for t in tasks:
        await t
    print(f"tasks awaited in turn: {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
