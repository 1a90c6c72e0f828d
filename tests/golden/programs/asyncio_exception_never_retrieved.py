# A task that fails and is never awaited: asyncio logs
# "Task exception was never retrieved" on stderr; the program itself exits 0.
import asyncio


async def broken():
    print("broken runs")
    raise ValueError("nobody awaits me")


async def main():
    asyncio.create_task(broken())
    await asyncio.sleep(0.1)
    print("main ends normally")


asyncio.run(main())
print("program continues")
