# to_thread runs a blocking function off the loop, so other tasks keep going.
import asyncio
import time


def blocking_work(seconds, label):
    time.sleep(seconds)
    return f"{label} slept {seconds} s in a thread"


async def heartbeat():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("heartbeat", i)


async def main():
    t0 = time.perf_counter()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_work, 0.32, "worker"), heartbeat())
    print(result)
    print(f"total {time.perf_counter() - t0:.1f} s (blocking the loop would take 0.6 s)")


asyncio.run(main())
