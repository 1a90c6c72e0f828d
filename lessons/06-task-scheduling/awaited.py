# Awaiting a coroutine runs it right there, inside the task that awaits it.
import asyncio
import time


async def job(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")


async def main():
    start = time.perf_counter()
    print("main: awaiting a")
    await job("a", 1)
    print("main: awaiting b")
    await job("b", 1)
    print(f"main: done after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
