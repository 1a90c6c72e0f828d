# create_task wraps each coroutine in a task of its own. A new task does not
# run straight away: it waits in the ready queue until main lets go of the loop.
import asyncio
import time


async def job(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")


async def main():
    start = time.perf_counter()
    task_a = asyncio.create_task(job("a", 1))
    task_b = asyncio.create_task(job("b", 1))
    print("main: both tasks created")
    await task_a
    await task_b
    print(f"main: done after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
