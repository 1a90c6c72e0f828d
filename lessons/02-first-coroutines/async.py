# Greeting twice as coroutines, gathered: the two waits overlap.
import asyncio
import time


async def greet(message):
    await asyncio.sleep(1)
    print(message)


async def main():
    start = time.perf_counter()
    await asyncio.gather(greet("Hello"), greet("World"))
    print(f"both greetings after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
