# time.time, perf_counter and monotonic all advance with the loop's clock.
import asyncio
import time


async def main():
    t_wall = time.time()
    t_perf = time.perf_counter()
    t_mono = time.monotonic()
    await asyncio.sleep(2)
    print(f"time.time: {time.time() - t_wall:.1f}")
    print(f"perf_counter: {time.perf_counter() - t_perf:.1f}")
    print(f"monotonic: {time.monotonic() - t_mono:.1f}")
    print(round(time.perf_counter() - t_perf, 1))
    print(type(time.time()).__name__, time.time() > 1_600_000_000)


asyncio.run(main())
