# Six backup parts fetched one at a time.
import asyncio
import time

import aiohttp

URLS = [f"https://backup.example.com/parts/part{n}.bin" for n in range(1, 7)]


async def download(session, url):
    async with session.get(url) as response:
        body = await response.read()
    return len(body)


async def main():
    start = time.perf_counter()
    total = 0
    async with aiohttp.ClientSession() as session:
        for url in URLS:
            total += await download(session, url)
    print(f"{len(URLS)} parts, {total} bytes in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
