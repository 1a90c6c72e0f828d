# When main returns, asyncio.run cancels the tasks still running and waits for them.
import asyncio


async def background(name):
    try:
        print(f"{name} started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled by asyncio.run")
        raise
    finally:
        print(f"{name} finally")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
