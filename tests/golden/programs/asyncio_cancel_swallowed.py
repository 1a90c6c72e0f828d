# A task may catch CancelledError and return normally: it then is not "cancelled".
# A task cancelled before it starts never runs its body.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
    return "finished anyway"


async def never_started():
    print("never printed")


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    u = asyncio.create_task(never_started())
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("cancelled before starting:", u.cancelled())


asyncio.run(main())
