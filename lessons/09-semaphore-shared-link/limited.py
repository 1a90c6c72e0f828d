# At most two downloads at a time: a semaphore with two permits. A download
# that finds both permits taken waits at "async with limit" for one to free up.
import asyncio
import time

import aiohttp

URLS = [f"https://backup.example.com/parts/part{n}.bin" for n in range(1, 7)]


async def download(session, limit, url):
    async with limit:
        async with session.get(url) as response:
            body = await response.read()
    return len(body)


async def main():
    start = time.perf_counter()
    limit = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*[download(session, limit, url) for url in URLS])
    print(f"{len(URLS)} parts, {sum(sizes)} bytes in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
