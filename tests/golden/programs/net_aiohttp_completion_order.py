# Concurrent aiohttp downloads finish smallest first; gather still returns results in
# argument order.
import asyncio
import time

import aiohttp


async def fetch(session, url):
    async with session.get(url) as resp:
        body = await resp.read()
    print("finished", url.split("/")[-1])
    return resp.status, len(body)


async def main():
    urls = [
        "https://example.com/a/photo.jpg",
        "https://example.com/a/notes.txt",
        "https://example.com/a/data.json",
    ]
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, u) for u in urls))
    print(results)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
