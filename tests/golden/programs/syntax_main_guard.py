# The __name__ == "__main__" guard: a program run directly has __name__ "__main__".
import asyncio


async def main():
    await asyncio.sleep(0)
    print("main ran")


print("__name__ is", __name__)
if __name__ == "__main__":
    asyncio.run(main())
else:
    print("imported, not run")
