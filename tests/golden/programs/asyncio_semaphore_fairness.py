# A Semaphore lets 2 tasks in at a time; waiters enter in arrival (FIFO) order.
import asyncio
import time


async def download(sem, name, t0):
    print(f"{name} waits")
    async with sem:
        print(f"{name} enters at {time.perf_counter() - t0:.1f}")
        await asyncio.sleep(0.2)
    print(f"{name} leaves")


async def main():
    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    await asyncio.gather(*(download(sem, f"d{i}", t0) for i in range(5)))
    print(f"total {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
