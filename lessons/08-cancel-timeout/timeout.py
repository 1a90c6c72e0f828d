# asyncio.timeout puts one deadline around a whole block of awaits.
import asyncio
import time


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(1.5):
            await step("first step", 1)
            await step("second step", 1)
    except TimeoutError:
        print(f"main: out of time at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
