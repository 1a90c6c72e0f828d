# The same calculation cut into slices, with a pause of sleep(0) after each
# slice: every pause gives the loop a chance to run the heartbeat.
import asyncio

beats = 0


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0.1)


async def crunch_in_slices(n, slice_size):
    total = 0
    for i in range(n):
        total += i * i % 7
        if i % slice_size == 0:
            await asyncio.sleep(0)
    return total


async def main():
    pulse = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat make its first beat
    before = beats
    total = await crunch_in_slices(2_000_000, 20_000)
    missed = beats == before
    print(f"sum: {total}")
    print("the heartbeat stood still" if missed else "the heartbeat kept beating")
    pulse.cancel()


asyncio.run(main())
