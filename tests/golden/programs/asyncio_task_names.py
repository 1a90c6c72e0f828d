# Task names: Task-1 is asyncio.run's main task; others count up in creation order.
# CPython 3.11 details: a task created with name= still uses up a number (create_task
# makes it as Task-N, then renames it), and asyncio.run's shutdown creates two tasks
# of its own (shutdown_asyncgens, shutdown_default_executor), so the numbering goes on
# across runs.
import asyncio


async def report(label):
    print(label, "runs in", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    t = asyncio.create_task(report("first child"))
    named = asyncio.create_task(report("named child"), name="downloader")
    print("created:", t.get_name(), named.get_name())
    await asyncio.gather(t, named)
    await asyncio.gather(report("gather A"), report("gather B"))
    await report("awaited inline")
    last = asyncio.create_task(report("after gather"))
    print("next default name:", last.get_name())
    await last


asyncio.run(main())
asyncio.run(report("second run"))
