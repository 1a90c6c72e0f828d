# Cancelling the task that awaits gather cancels every child of the gather.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("a", 0.1), child("b", 1), child("c", 2))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    print("cancel:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: parent cancelled =", task.cancelled())


asyncio.run(main())
