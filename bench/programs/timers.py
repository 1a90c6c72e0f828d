# Timer-heavy: 100,000 short timed sleeps, in gathers of 20,000.
import asyncio


async def nap(i):
    await asyncio.sleep(0.001 * (i % 10 + 1))
    return 1


async def main():
    total = 0
    for batch in range(5):
        done = await asyncio.gather(*(nap(i) for i in range(20_000)))
        total += sum(done)
    print(total)


asyncio.run(main())
