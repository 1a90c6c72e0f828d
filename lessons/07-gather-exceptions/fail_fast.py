# One of three jobs fails. gather passes the first error straight on to the
# awaiting code -- but it does not stop the jobs that are still running.
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
    try:
        results = await asyncio.gather(job("a", 1), job("b", 2, broken=True), job("c", 3))
        print(f"results: {results}")
    except ValueError as error:
        print(f"main caught '{error}' at {time.perf_counter() - start:.1f} s")
    await asyncio.sleep(2)
    print(f"main ends at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
