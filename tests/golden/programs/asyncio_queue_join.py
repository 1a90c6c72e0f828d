# Queue.join() waits until every item put has been marked task_done().
import asyncio


async def worker(name, q):
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        print(f"{name} finished job {job}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for job in [0.3, 0.1, 0.15, 0.1]:
        await q.put(job)
    print("queued", q.qsize(), "empty", q.empty())
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done; qsize", q.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
