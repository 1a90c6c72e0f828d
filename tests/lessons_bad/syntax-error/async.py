import asyncio


async def main():
    urls = ["https://files.example.com/a.txt",
    await asyncio.sleep(1)
    print("done")


asyncio.run(main())
