# The same calculation handed to a worker thread with asyncio.to_thread.
# The loop is free while the thread works, so the heartbeat keeps ticking.
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
    total = await asyncio.to_thread(crunch, 2_000_000)
    missed = beats == before
    print(f"sum: {total}")
    print("the heartbeat stood still" if missed else "the heartbeat kept beating")
    pulse.cancel()


asyncio.run(main())
