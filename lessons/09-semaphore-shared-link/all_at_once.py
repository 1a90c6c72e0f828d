# All six parts started at the same moment. They all travel over the same
# link to backup.example.com, so they share its capacity.
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
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*[download(session, url) for url in URLS])
    print(f"{len(URLS)} parts, {sum(sizes)} bytes in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
