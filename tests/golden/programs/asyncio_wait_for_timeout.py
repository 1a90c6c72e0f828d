# wait_for cancels the inner task on timeout and waits for its cleanup,
# then raises TimeoutError.
import asyncio
import time


async def slow_job():
    try:
        print("job: working")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("job: cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print("job: cleanup finished")
        raise
    finally:
        print("job: finally")


async def quick_job():
    await asyncio.sleep(0.1)
    return "quick result"


async def main():
    t0 = time.perf_counter()
    print(await asyncio.wait_for(quick_job(), timeout=1))
    try:
        await asyncio.wait_for(slow_job(), timeout=0.5)
    except asyncio.TimeoutError:
        print("main: TimeoutError")
    print(f"elapsed {time.perf_counter() - t0:.1f} s")
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
