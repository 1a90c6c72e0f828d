# time.sleep inside a coroutine holds the whole loop: a 0.1 s timer that falls due
# during a 0.3 s block only fires when the block ends.
import asyncio
import time


async def ticker(t0):
    await asyncio.sleep(0.1)
    print(f"ticker woke at {time.perf_counter() - t0:.1f} s (wanted 0.1)")


async def blocker(t0):
    print("blocker: time.sleep(0.3) holds the loop")
    time.sleep(0.3)
    print(f"blocker: done at {time.perf_counter() - t0:.1f} s")


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(ticker(t0), blocker(t0))
    print(f"total {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
