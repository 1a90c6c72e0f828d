# Three photo downloads written as coroutines and gathered -- but each one
# calls requests.get, which does not know about the event loop and holds it
# until the whole photo has arrived.
import asyncio
import time

import requests

PHOTO_URL = "https://images.example.com/photos/harbour.jpg"


async def download(name):
    response = requests.get(PHOTO_URL)
    if response.status_code == 200:
        with open(f"{name}.jpg", "wb") as f:
            f.write(response.content)
    print(f"{name} saved")
    return len(response.content)


async def main():
    start = time.perf_counter()
    sizes = await asyncio.gather(download("first"), download("second"), download("third"))
    print(f"bytes: {sizes}")
    print(f"total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
