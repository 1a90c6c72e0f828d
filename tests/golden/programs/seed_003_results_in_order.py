# gather keeps argument order even when the later requests finish first.
import asyncio


async def fetch_data(url, seconds):
    await asyncio.sleep(seconds)
    print(f"finished {url}")
    return f"Data from {url}"


async def main():
    results = await asyncio.gather(
        fetch_data("data1", 0.3),
        fetch_data("data2", 0.2),
        fetch_data("data3", 0.1),
    )
    for result in results:
        print(result)


asyncio.run(main())
