# The seed's async version (syntax errors fixed): aiohttp and gather, streaming each
# body in 1 KiB chunks into a file.
import asyncio
import time

import aiohttp


async def download_file(session, url):
    async with session.get(url) as response:
        file_name = url.split("/")[-1]
        written = 0
        with open(file_name, "wb") as f:
            while True:
                chunk = await response.content.read(1024)
                if not chunk:
                    break
                written += f.write(chunk)
        print(f"Downloaded {file_name} ({written} bytes)")


async def main():
    urls = [
        "http://example.com/file1",
        "http://example.com/file2",
        "http://example.com/file3",
    ]
    async with aiohttp.ClientSession() as session:
        tasks = [download_file(session, url) for url in urls]
        start = time.time()
        await asyncio.gather(*tasks)
        duration = time.time() - start
        print(f"Total download time: {duration:.1f} seconds")


asyncio.run(main())
