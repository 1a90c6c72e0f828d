# A bounded queue: put() waits while the queue is full, so producer and consumer alternate.
import asyncio


async def producer(q):
    for i in range(5):
        print(f"put {i} (qsize before {q.qsize()})")
        await q.put(i)
    await q.put(None)
    print("producer done")


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print(f"got {item}")
        await asyncio.sleep(0.01)
    print("consumer done")


async def main():
    q = asyncio.Queue(maxsize=2)
    print("empty", q.empty(), "qsize", q.qsize())
    await asyncio.gather(producer(q), consumer(q))
    print("empty at the end:", q.empty())


asyncio.run(main())
