# Event: waiters block until set(); they wake in the order they started waiting.
import asyncio


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} woke up")


async def main():
    event = asyncio.Event()
    print("is_set", event.is_set())
    tasks = [asyncio.create_task(waiter(event, n)) for n in ["w1", "w2", "w3"]]
    await asyncio.sleep(0.1)
    print("setting the event")
    event.set()
    print("is_set", event.is_set())
    await asyncio.gather(*tasks)
    await event.wait()
    print("wait() on a set event returns at once")
    event.clear()
    print("after clear", event.is_set())


asyncio.run(main())
