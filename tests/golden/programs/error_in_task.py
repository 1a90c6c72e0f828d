# An exception inside an awaited task propagates through await and asyncio.run.
import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    if url.endswith(".bad"):
        raise ConnectionError(f"cannot reach {url}")
    return f"body of {url}"


async def main():
    print(await fetch("http://a/ok.json"))
    task = asyncio.create_task(fetch("http://b/x.bad"))
    print("waiting for the task")
    print(await task)
    print("never printed")


asyncio.run(main())
