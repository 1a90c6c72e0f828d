# A CPU-bound loop with no await holds the loop: nobody else runs until it ends.
import asyncio


async def chatty():
    for i in range(3):
        print("chatty", i)
        await asyncio.sleep(0)


async def crunch():
    print("crunch starts")
    total = 0
    for n in range(20000):
        total += n * n
    print("crunch result", total)
    await asyncio.sleep(0)
    print("crunch after yielding")


async def main():
    await asyncio.gather(chatty(), crunch(), chatty())


asyncio.run(main())
