# Without return_exceptions, gather's first exception goes to the awaiter at once;
# the other children keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    print("fail raises")
    raise ValueError("broken download")


async def main():
    try:
        await asyncio.gather(ok("a", 0.1), fail(0.2), ok("b", 0.3))
    except ValueError as e:
        print("main caught:", e)
    print("main waits; b is still running")
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
