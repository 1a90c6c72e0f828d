# asyncio.timeout(): the block is cancelled at the deadline and TimeoutError raised
# outside it.
import asyncio
import time


async def main():
    t0 = time.perf_counter()
    try:
        async with asyncio.timeout(0.3):
            print("inside: sleeping 1 s")
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: cancelled")
                raise
            print("never printed")
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - t0:.1f} s")

    async with asyncio.timeout(None):
        await asyncio.sleep(0.1)
    print("no deadline: finished")

    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.1)
    print(f"in time, total {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
