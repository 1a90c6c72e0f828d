# wait_for gives an answer a deadline. When time runs out it cancels the work,
# waits for the work's cleanup to finish, and only then raises TimeoutError.
import asyncio
import time


async def slow_answer():
    try:
        await asyncio.sleep(3)
        return 42
    finally:
        print("slow_answer: cleaning up")


async def main():
    start = time.perf_counter()
    try:
        answer = await asyncio.wait_for(slow_answer(), timeout=1)
        print(f"the answer is {answer}")
    except TimeoutError:
        print(f"main: gave up after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
