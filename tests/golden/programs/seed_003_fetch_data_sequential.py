# The same three 2 s requests awaited one after another: 6 s instead of 2 s.
import asyncio
import time


async def fetch_data(url):
    await asyncio.sleep(2)
    return f"Data from {url}"


async def main():
    for n in range(1, 4):
        result = await fetch_data(f"https://api.example.com/data{n}")
        print(result)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
