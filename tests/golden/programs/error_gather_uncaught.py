# gather without return_exceptions: the first failure propagates and ends the program.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    print("job", n, "done")
    if n == 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    print(await asyncio.gather(job(1), job(2), job(3)))


asyncio.run(main())
