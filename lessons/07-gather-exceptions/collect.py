# The same three jobs with return_exceptions=True: gather waits for all of
# them and hands back each result or each error in its place in the list.
import asyncio
import time


async def job(name, seconds, broken=False):
    await asyncio.sleep(seconds)
    if broken:
        raise ValueError(f"{name} could not finish")
    print(f"{name} finished")
    return name


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        job("a", 1), job("b", 2, broken=True), job("c", 3), return_exceptions=True
    )
    for result in results:
        if isinstance(result, Exception):
            print(f"failed: {result!r}")
        else:
            print(f"ok: {result}")
    print(f"main ends at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
