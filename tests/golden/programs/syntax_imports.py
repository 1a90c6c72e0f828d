# Every import form of the subset: import, from ... import, and "as".
import asyncio
import time as clock
from asyncio import sleep
from asyncio import gather as run_together, Queue


async def tick(n):
    await sleep(0)
    return n * 10


async def main():
    results = await run_together(tick(1), tick(2))
    print(results)
    q = Queue()
    print(type(q).__name__, q.empty())
    print(type(clock.perf_counter()).__name__)


asyncio.run(main())
