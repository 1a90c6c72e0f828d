# From the seed's async HTTP example: fetch a JSON document with aiohttp.
# (The seed printed the document itself; its content is not fixed by the simulated
# network, so this prints what is: status, size, that it parses, and the time.)
import asyncio
import time

import aiohttp


async def fetch_data(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            data = await response.json()
            raw = await response.read()
            print("status", response.status)
            print("bytes", len(raw))
            print("parsed into", "a dict or list" if isinstance(data, (dict, list)) else "something else")


start = time.perf_counter()
asyncio.run(fetch_data("https://jsonplaceholder.example.com/todos/1.json"))
print(f"took {time.perf_counter() - start:.1f} s")
