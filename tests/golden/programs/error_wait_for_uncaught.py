# An uncaught TimeoutError from wait_for ends the program with exit 1.
import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    print("waiting at most 0.1 s")
    await asyncio.wait_for(slow(), timeout=0.1)
    print("never printed")


asyncio.run(main())
