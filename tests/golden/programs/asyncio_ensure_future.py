# ensure_future wraps a coroutine in a Task; given a task it returns the same task.
import asyncio


async def job():
    print("job runs")
    return 7


async def main():
    t = asyncio.ensure_future(job())
    print(type(t).__name__, t.get_name())
    same = asyncio.ensure_future(t)
    print("same task:", same is t)
    print(await t, t.done(), t.result())


asyncio.run(main())
