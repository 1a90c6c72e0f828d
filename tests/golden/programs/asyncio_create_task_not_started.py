# create_task only schedules the task: it starts when its creator next yields.
import asyncio


async def child(name):
    print(f"{name} starts")
    await asyncio.sleep(0)
    print(f"{name} resumes")
    return name.upper()


async def main():
    t1 = asyncio.create_task(child("one"))
    t2 = asyncio.create_task(child("two"))
    print("tasks created; started yet?", t1.done(), t2.done())
    for i in range(3):
        print("main still running", i)
    await asyncio.sleep(0)
    print("main after the first yield")
    print(await t1, await t2)
    t3 = asyncio.create_task(child("never awaited"))
    print("main returns without yielding")


asyncio.run(main())
