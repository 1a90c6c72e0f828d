# sleep(0) waits for nothing at all, yet it still steps aside: the task goes to
# the back of the ready queue and every other ready task gets a turn first.
import asyncio


async def worker(name, steps):
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("a", 3), worker("b", 3))
    print("main: both workers are done")


asyncio.run(main())
