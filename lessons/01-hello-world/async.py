# The same two jobs as coroutines: while one waits, the event loop runs the other.
import asyncio
import time


async def say_hello():
    await asyncio.sleep(1)
    print("hello")


async def say_world():
    await asyncio.sleep(2)
    print("world")


async def main():
    start = time.perf_counter()
    await asyncio.gather(say_hello(), say_world())
    elapsed = time.perf_counter() - start
    print(f"done after {elapsed:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
