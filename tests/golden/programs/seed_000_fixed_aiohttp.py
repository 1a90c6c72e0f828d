# The seed's three image downloads, fixed with an async HTTP client: the transfers
# overlap, so all three take about as long as one.
import asyncio
import time

import aiohttp

IMAGE_URL = "https://images.example.com/photos/mountain.jpg"


async def download(session, number):
    async with session.get(IMAGE_URL) as response:
        body = await response.read()
    with open(f"image{number}.jpg", "wb") as f:
        f.write(body)
    print(f"image {number}: status {response.status}, {len(body)} bytes")
    return len(body)


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        sizes = await asyncio.gather(*(download(session, n) for n in (1, 2, 3)))
    print("sizes:", sizes)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
