# aiofiles: every call is awaited, so another task runs while a file is written;
# `async for` reads the file back line by line, and plain open() sees the same
# file in the run's folder.
import asyncio

import aiofiles


async def write_log(lines):
    async with aiofiles.open("log.txt", "w") as f:
        for line in lines:
            await f.write(line + "\n")
            print("wrote", line)


async def heartbeat():
    for _ in range(2):
        print("beat")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(write_log(["one", "two"]), heartbeat())
    async with aiofiles.open("log.txt") as f:
        async for line in f:
            print("read", line.strip())
    async with aiofiles.open("log.txt", "a") as f:
        written = await f.write("three\n")
    with open("log.txt") as f:
        print(written, f.read().split())


asyncio.run(main())
