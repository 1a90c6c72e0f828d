# A Lock admits one task at a time, in the order the tasks asked for it.
import asyncio

balance = 100


async def withdraw(lock, name, amount):
    global balance
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} has the lock")
        current = balance
        await asyncio.sleep(0.01)
        balance = current - amount
        print(f"{name} leaves balance {balance}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw(lock, "A", 10), withdraw(lock, "B", 20), withdraw(lock, "C", 30))
    print("final", balance, "locked", lock.locked())
    await lock.acquire()
    print("acquired by hand:", lock.locked())
    lock.release()
    print("released:", lock.locked())


asyncio.run(main())
