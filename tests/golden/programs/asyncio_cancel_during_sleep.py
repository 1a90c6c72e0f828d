# cancel() throws CancelledError at the task's current await; finally blocks run.
import asyncio
import time


async def download():
    print("download starts")
    try:
        await asyncio.sleep(10)
        print("never printed")
    except asyncio.CancelledError:
        print("download cancelled while sleeping")
        raise
    finally:
        print("download cleans up")


async def main():
    t0 = time.perf_counter()
    task = asyncio.create_task(download())
    await asyncio.sleep(0.2)
    print("cancel() ->", task.cancel())
    print("cancelled yet?", task.cancelled(), "done yet?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel() again ->", task.cancel())
    print(f"elapsed {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
