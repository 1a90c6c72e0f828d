# Writing a file without blocking the loop. aiofiles is a separate package,
# so it must be imported like any other module.
import asyncio

import aiofiles


async def write_note(path, text):
    async with aiofiles.open(path, "w") as f:
        await f.write(text)


async def main():
    await write_note("note.txt", "Hello, World!\n")
    async with aiofiles.open("note.txt") as f:
        print(await f.read(), end="")


asyncio.run(main())
