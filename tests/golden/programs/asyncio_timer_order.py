# Timers fire by deadline; equal deadlines fire in the order they were set.
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)


async def main():
    await asyncio.gather(
        sleeper("a", 0.2), sleeper("b", 0.1), sleeper("c", 0.2),
        sleeper("d", 0), sleeper("e", 0.1), sleeper("f", 0.05),
    )


asyncio.run(main())
