# The same three requests as coroutines, handed to gather together.
import asyncio
import time


async def fetch_data(url):
    await asyncio.sleep(2)  # stands in for the time the server takes to answer
    return f"data from {url}"


async def main():
    start = time.perf_counter()
    urls = [
        "https://api.example.com/data1",
        "https://api.example.com/data2",
        "https://api.example.com/data3",
    ]
    results = await asyncio.gather(*[fetch_data(url) for url in urls])
    for result in results:
        print(result)
    print(f"total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
