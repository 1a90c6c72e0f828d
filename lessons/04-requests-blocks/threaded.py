# Keeping requests, but sending each blocking call to a worker thread with
# asyncio.to_thread, so the event loop itself is never held.
import asyncio
import time

import requests

PHOTO_URL = "https://images.example.com/photos/harbour.jpg"


async def download(name):
    response = await asyncio.to_thread(requests.get, PHOTO_URL)
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
