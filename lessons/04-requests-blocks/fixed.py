# The same three downloads with aiohttp: while one download waits for bytes,
# the loop lets the others make progress.
import asyncio
import time

import aiohttp

PHOTO_URL = "https://images.example.com/photos/harbour.jpg"


async def download(session, name):
    async with session.get(PHOTO_URL) as response:
        body = await response.read()
    if response.status == 200:
        with open(f"{name}.jpg", "wb") as f:
            f.write(body)
    print(f"{name} saved")
    return len(body)


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(
            download(session, "first"),
            download(session, "second"),
            download(session, "third"),
        )
    print(f"bytes: {sizes}")
    print(f"total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
