# The other fix for the seed's blocking downloads: keep requests, but run each
# blocking call in a thread with asyncio.to_thread so the loop stays free.
import asyncio
import time

import requests

IMAGE_URL = "https://images.example.com/photos/mountain.jpg"


def download(number):
    response = requests.get(IMAGE_URL)
    with open(f"image{number}.jpg", "wb") as f:
        f.write(response.content)
    return response.status_code, len(response.content)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(download, n) for n in (1, 2, 3)))
    print(results)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
