# "await coro()" runs the coroutine inside the current task: no switch, no new task.
import asyncio


async def helper(label):
    print(f"  helper({label}) runs in", asyncio.current_task().get_name())
    return label * 2


async def other():
    print("other task gets a turn")


async def main():
    asyncio.create_task(other())
    a = await helper("x")
    b = await helper("y")
    print("two awaits of coroutines and no switch yet:", a, b)
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
