# Asking a web server for a small JSON document without blocking the loop.
import asyncio
import time

import aiohttp

URL = "https://api.example.com/todos/1"


async def fetch_json(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.json()


async def main():
    start = time.perf_counter()
    todo = await fetch_json(URL)
    print(f"todo {todo['id']}: {todo['title']} (done: {todo['done']})")
    print(f"answered after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
