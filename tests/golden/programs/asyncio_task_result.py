# Task state: done(), result(), and result() re-raising the task's exception.
import asyncio


async def value():
    await asyncio.sleep(0.1)
    return 42


async def boom():
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(value())
    print("done before:", t.done(), "cancelled:", t.cancelled())
    await t
    print("done after:", t.done(), "result:", t.result())
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("boom done:", b.done())
    try:
        b.result()
    except KeyError as e:
        print("result() raised KeyError", e)
    try:
        await b
    except KeyError:
        print("awaiting it raises too")


asyncio.run(main())
