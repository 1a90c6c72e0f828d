# A heartbeat that should tick ten times a second, and a long calculation
# done directly in a coroutine. The calculation never awaits, so the loop
# cannot run the heartbeat until the calculation is over.
import asyncio

beats = 0


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0.1)


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def main():
    pulse = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat make its first beat
    before = beats
    total = crunch(2_000_000)
    missed = beats == before
    print(f"sum: {total}")
    print("the heartbeat stood still" if missed else "the heartbeat kept beating")
    pulse.cancel()


asyncio.run(main())
