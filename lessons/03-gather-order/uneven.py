# Three requests that take different times. Each one announces when it is done;
# gather still hands the results back in the order the calls were written.
import asyncio
import time


async def fetch_data(url, seconds):
    await asyncio.sleep(seconds)
    print(f"finished: {url}")
    return f"data from {url}"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch_data("https://api.example.com/data1", 3),
        fetch_data("https://api.example.com/data2", 1),
        fetch_data("https://api.example.com/data3", 2),
    )
    for result in results:
        print(result)
    print(f"total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
