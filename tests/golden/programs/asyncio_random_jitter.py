# A common teaching pattern: random delays. The seed makes the run repeatable; the
# program prints only what does not depend on the drawn numbers.
import asyncio
import random


async def worker(n):
    delay = random.uniform(0.01, 0.05)
    await asyncio.sleep(delay)
    return n, delay


async def main():
    random.seed(1)
    results = await asyncio.gather(*(worker(n) for n in range(5)))
    print([n for n, _ in results])
    print(all(0.01 <= d <= 0.05 for _, d in results))


asyncio.run(main())
