# The same downloads started together with aiohttp and gather. Each body is
# read in 1 KiB pieces and written as it arrives, so a big file never has to
# sit in memory all at once.
import asyncio
import time

import aiohttp

URLS = [
    "https://files.example.com/reports/january.pdf",
    "https://files.example.com/reports/february.pdf",
    "https://files.example.com/reports/march.pdf",
]
CHUNK = 1024


async def download_file(session, url):
    file_name = url.split("/")[-1]
    received = 0
    async with session.get(url) as response:
        with open(file_name, "wb") as f:
            while True:
                chunk = await response.content.read(CHUNK)
                if not chunk:
                    break
                f.write(chunk)
                received += len(chunk)
    print(f"saved {file_name} ({received} bytes)")


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        jobs = [download_file(session, url) for url in URLS]
        await asyncio.gather(*jobs)
    print(f"all files in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
