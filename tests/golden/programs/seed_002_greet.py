# From the seed introducing coroutines: greet() waits 1 s then prints its message.
# Two greets gathered take 1 s, not 2.
import asyncio
import time


async def greet(message):
    await asyncio.sleep(1)
    print(message)


async def main():
    await asyncio.gather(
        greet("Hello"),
        greet("World"),
    )


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
