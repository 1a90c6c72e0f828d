# From the seed on event loop scheduling: three simulated requests of 2 s each.
# Gathered they take 2 s in all, and the results come back in argument order.
import asyncio
import time


async def fetch_data(url):
    # stands in for a network request that takes 2 s
    await asyncio.sleep(2)
    return f"Data from {url}"


async def main():
    coroutines = [
        fetch_data("https://api.example.com/data1"),
        fetch_data("https://api.example.com/data2"),
        fetch_data("https://api.example.com/data3"),
    ]
    results = await asyncio.gather(*coroutines)
    for result in results:
        print(result)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
