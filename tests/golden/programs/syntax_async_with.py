# async with: Lock, Semaphore and asyncio.timeout are async context managers.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside lock, locked =", lock.locked())
    print("after lock, locked =", lock.locked())

    sem = asyncio.Semaphore(2)
    async with sem:
        async with sem:
            print("two slots taken, locked =", sem.locked())
    print("released, locked =", sem.locked())

    async with asyncio.timeout(1):
        await asyncio.sleep(0.01)
        print("finished well before the deadline")

    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("error passed through:", e, "locked =", lock.locked())


asyncio.run(main())
