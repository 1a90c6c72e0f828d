# A coroutine that calls a blocking function: gather cannot help,
# because time.sleep never hands control back to the event loop.
import asyncio
import time


async def greet(message):
    time.sleep(1)
    print(message)


async def main():
    start = time.perf_counter()
    await asyncio.gather(greet("Hello"), greet("World"))
    print(f"both greetings after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
