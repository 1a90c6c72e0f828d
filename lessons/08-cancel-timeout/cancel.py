# Cancelling a task: the CancelledError appears at the await where the task
# is waiting, so its finally block still gets to clean up.
import asyncio
import time


async def download(name):
    print(f"{name}: started")
    try:
        await asyncio.sleep(5)
        print(f"{name}: finished")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    finally:
        print(f"{name}: connection closed")


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(download("report"))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: the download was stopped at {time.perf_counter() - start:.1f} s")
    print(f"main: task.cancelled() is {task.cancelled()}")


asyncio.run(main())
