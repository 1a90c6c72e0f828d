# Without a lock, a read-await-write sequence loses updates.
import asyncio

balance = 100


async def withdraw(name, amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current - amount
    print(f"{name} wrote {balance}")


async def main():
    await asyncio.gather(withdraw("A", 10), withdraw("B", 20), withdraw("C", 30))
    print("final", balance, "(should be 40)")


asyncio.run(main())
