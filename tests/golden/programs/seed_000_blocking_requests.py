# From the seed comparing sync and async: three coroutines each download the same
# image with requests.get, gathered. requests blocks the loop, so despite gather the
# downloads run one after the other: about 3 x 0.3 s.
import asyncio
import time

import requests

IMAGE_URL = "https://images.example.com/photos/mountain.jpg"


async def first():
    response = requests.get(IMAGE_URL)
    if response.status_code == 200:
        with open("image1.jpg", "wb") as f:
            f.write(response.content)
    print("first", len(response.content))


async def second():
    response = requests.get(IMAGE_URL)
    if response.status_code == 200:
        with open("image2.jpg", "wb") as f:
            f.write(response.content)
    print("second", len(response.content))


async def third():
    response = requests.get(IMAGE_URL)
    if response.status_code == 200:
        with open("image3.jpg", "wb") as f:
            f.write(response.content)
    print("third", len(response.content))


async def main():
    start = time.perf_counter()
    res = await asyncio.gather(first(), second(), third())
    print("res:", res)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
