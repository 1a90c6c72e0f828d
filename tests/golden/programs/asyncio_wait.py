# wait() returns (done, pending) sets; with timeout it returns early without cancelling.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(fetch(f"f{d}", d / 10), name=f"job{d}") for d in (1, 3, 5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print("done", names(done), "pending", names(pending))
    print([t.done() for t in tasks])
    done, pending = await asyncio.wait(pending)
    print("done", names(done), "pending", names(pending))
    print(sorted(t.result() for t in tasks))
    done, pending = await asyncio.wait([asyncio.create_task(fetch("x", 0.1))], timeout=1)
    print(len(done), len(pending), [t.result() for t in done])


asyncio.run(main())
