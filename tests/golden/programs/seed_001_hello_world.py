# From the seed on blocking vs non-blocking code: say_hello sleeps 1 s, say_world 2 s.
# One after the other they take 3 s; gathered, the waits overlap and take 2 s.
import asyncio
import time


async def say_hello():
    await asyncio.sleep(1)
    print("Hello")


async def say_world():
    await asyncio.sleep(2)
    print("World")


async def one_after_the_other():
    await say_hello()
    await say_world()


async def main():
    await asyncio.gather(say_hello(), say_world())


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(one_after_the_other())
    print(f"one after the other: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    asyncio.run(main())
    print(f"gathered: {time.perf_counter() - start:.1f} s")
