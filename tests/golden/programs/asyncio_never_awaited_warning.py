# Calling a coroutine function without await: CPython warns when the coroutine is dropped.
import asyncio
async def hello():
    print("hi")
async def main():
    hello()
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
