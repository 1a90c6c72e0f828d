# async for over resp.content.iter_chunked(n): chunks of at most n bytes until the end.
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.com/big/photo.jpg") as resp:
            total = 0
            biggest = 0
            async for chunk in resp.content.iter_chunked(4096):
                total += len(chunk)
                biggest = max(biggest, len(chunk))
            print(resp.status, total, biggest <= 4096, type(chunk).__name__)


asyncio.run(main())
