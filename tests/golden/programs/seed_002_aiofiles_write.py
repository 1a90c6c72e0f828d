# The seed's async file example, with the import it forgot: write with aiofiles,
# then read the file back.
import asyncio

import aiofiles


async def write_to_file(text):
    async with aiofiles.open("example.txt", "w") as file:
        await file.write(text)


async def read_file():
    async with aiofiles.open("example.txt") as file:
        return await file.read()


async def main():
    await write_to_file("Hello, World!")
    content = await read_file()
    print(repr(content), len(content))
    with open("example.txt") as f:
        print("blocking open sees the same:", f.read() == content)


asyncio.run(main())
