#!/usr/bin/env python3
"""Regenerates test_eval_cases.cpp: each program below runs in-process through
ls::py::run_source and must print exactly what python3 prints for it (the
expected stdout and exit code are captured from python3 by this script).

Usage: python3 tests/core/python/gen_eval_cases.py  (needs CPython 3.11)
"""
import os
import subprocess
import sys
import tempfile

CASES = [
    # (test name, tags, program)
    ("Arithmetic follows Python's signs and float repr", "[eval][values]", r'''
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** 10, 2 ** -1, 7 / 2, 1 / 3)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, -0.0, 3.0, 1.5e300 * 10)
print(round(2.5), round(3.5), round(2.675, 2), abs(-4), divmod(-7, 2), int("12"), float("1.5"))
print(True + True, 10 == 10.0, hash(1) == hash(1.0), 5 > 3 > 1, 1 < 2 > 5)
'''),
    ("Strings, f-strings and format specs print as CPython does", "[eval][strings]", r'''
name, size, t = "photo.jpg", 1234567, 3.14159
print(f"{name:<12}|{size:>12,d}|{t:.2f}|{t!r}|{name!r}|{size:_}|{0.5:%}")
s = "  Hello, World  "
print(s.strip().lower(), s.split(","), "-".join(["a", "b"]), s.replace("l", "L", 2))
print("abc".upper(), "x".center(5, "*"), "7".zfill(3), "a,b,,c".split(","), "abc"[::-1], "hello"[1:4])
print("{} and {name}: {}".format(1, 2, name="n"), "{1}{0}".format("a", "b"), "%5.2f|%-3d|%s" % (2.5, 7, "x"), repr("it's"))
print(len("héllo"), "héllo"[1], str(12), str(None), "ab" * 3, "b" in "abc")
'''),
    ("Lists, dicts, sets and tuples behave like Python's", "[eval][containers]", r'''
xs = [5, 3, 8, 1]
xs.append(2); xs.sort(); print(xs, xs[1:3], xs[-1], len(xs), xs.pop(), xs)
d = {"b": 2, "a": 1}
d["c"] = 3; del d["b"]
print(d, list(d.keys()), list(d.values()), d.get("z", 0), sorted(d.items()), d.keys())
s = {3, 1, 2, 10, 100, 33}
print(s, s | {4}, s & {1, 2}, {1, 2} - {2}, set(), frozenset({1}))
t = (1, 2, 3)
a, *rest = t
print(a, rest, t + (4,), t * 2, (1,), sorted([3, 1, 2], reverse=True), min(xs), max(xs, key=lambda v: -v))
print([x * x for x in range(5) if x % 2], {k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)})
print(list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), sum(range(101)), any([]), all([]))
'''),
    ("Classes, inheritance and super() work", "[eval][classes]", r'''
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), d, isinstance(d, Animal), Dog.kind, d.breed, type(d).__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __len__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Counter) and self.n == other.n
    @property
    def double(self):
        return self.n * 2
c = Counter(); c.n = 3
print(len(c), c == Counter(), c.double, bool(Counter()))
'''),
    ("Exceptions carry args and match by class", "[eval][exceptions]", r'''
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
def find(x):
    raise NotFound(x)
for exc in (NotFound, ValueError):
    try:
        if exc is NotFound:
            find("cat")
        else:
            int("x")
    except AppError as e:
        print("app:", e, e.args, e.what, type(e).__name__)
    except (KeyError, ValueError) as e:
        print("value:", e, repr(e))
    else:
        print("no error")
    finally:
        print("finally")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(e, str(e), repr(e))
'''),
    ("Closures, nonlocal, global, defaults and keyword arguments", "[eval][functions]", r'''
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(step=5))
total = 0
def add(*args, scale=1, **kw):
    global total
    total += sum(args) * scale
    return total, sorted(kw)
print(add(1, 2, scale=10, x=1, y=2), add(3))
print((lambda a, b=2: a * b)(4), sorted(["bb", "a", "ccc"], key=len))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
'''),
    ("A sleep(0) round robin interleaves tasks in creation order", "[eval][asyncio][ordering]", r'''
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 3))
asyncio.run(main())
'''),
    ("A created task does not start until its creator yields", "[eval][asyncio][ordering]", r'''
import asyncio
async def child():
    print("child runs")
    return 42
async def main():
    t = asyncio.create_task(child())
    print("task created", t.done())
    print("still main")
    await asyncio.sleep(0)
    print("after yield", t.done(), t.result())
asyncio.run(main())
'''),
    ("Gather keeps argument order and return_exceptions collects failures", "[eval][asyncio][gather]", r'''
import asyncio
async def job(i, delay, fail=False):
    await asyncio.sleep(delay)
    print("done", i)
    if fail:
        raise ValueError(f"job {i} failed")
    return i * 10
async def main():
    print(await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2)))
    res = await asyncio.gather(job(4, 0.1), job(5, 0.05, True), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(job(6, 0.2), job(7, 0.1, True))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    print(await asyncio.gather())
asyncio.run(main())
'''),
    ("Cancelling a task during a sleep runs its cleanup", "[eval][asyncio][cancel]", r'''
import asyncio
async def worker():
    try:
        print("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled, cleaning up")
        raise
    finally:
        print("finally")
async def main():
    t = asyncio.create_task(worker(), name="the-worker")
    await asyncio.sleep(1)
    print(t.get_name(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancellation", t.cancelled(), t.done())
asyncio.run(main())
'''),
    ("wait_for cancels the inner work and waits for its cleanup", "[eval][asyncio][timeout]", r'''
import asyncio
async def slow():
    try:
        await asyncio.sleep(5)
        return "finished"
    finally:
        print("slow cleanup")
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.1, result="quick"), timeout=1))
    try:
        async with asyncio.timeout(0.5):
            await slow()
    except TimeoutError:
        print("timeout block expired")
asyncio.run(main())
'''),
    ("A bounded queue makes producers wait for consumers", "[eval][asyncio][queue]", r'''
import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)
async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0.1)
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    await q.join()
    print("empty", q.empty())
asyncio.run(main())
'''),
    ("Lock and Semaphore hand over in FIFO order", "[eval][asyncio][sync]", r'''
import asyncio
lock = None
async def use_lock(i):
    async with lock:
        print("lock", i)
        await asyncio.sleep(0.1)
async def use_sem(sem, i):
    async with sem:
        print("sem enter", i)
        await asyncio.sleep(0.1 * (3 - i % 3) + 0.01 * i)
    print("sem exit", i)
async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(*(use_lock(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(use_sem(sem, i) for i in range(5)))
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        print("woke", n)
    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
asyncio.run(main())
'''),
    ("Tasks are named Task-N in creation order", "[eval][asyncio][names]", r'''
import asyncio
async def show():
    print(asyncio.current_task().get_name())
async def main():
    print(asyncio.current_task().get_name())
    await asyncio.gather(show(), show())
    t = asyncio.create_task(show(), name="custom")
    await t
    await asyncio.create_task(show())
asyncio.run(main())
'''),
    ("Equal sleeps started later end later; blocking calls delay timers", "[eval][asyncio][time]", r'''
import asyncio, time
async def nap(name, d):
    await asyncio.sleep(d)
    print(name, round(time.perf_counter() - start, 1))
async def main():
    global start
    start = time.perf_counter()
    t = asyncio.create_task(nap("timer", 0.1))
    time.sleep(0.3)
    await asyncio.gather(t, nap("a", 0.5), nap("b", 0.5))
    print("total", round(time.perf_counter() - start, 1))
asyncio.run(main())
'''),
    ("wait and as_completed report tasks as they finish", "[eval][asyncio][wait]", r'''
import asyncio
async def job(n):
    await asyncio.sleep(n / 10)
    return n
async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(len(done), len(pending))
    for coro in asyncio.as_completed([job(5), job(4), job(6)]):
        print("as_completed", await coro)
    print(await asyncio.to_thread(sum, [1, 2, 3]))
asyncio.run(main())
'''),
    ("async for and async with use the protocol methods", "[eval][asyncio][protocols]", r'''
import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Session:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None)
        return False
async def main():
    async for i in Ticker(3):
        print("tick", i)
    print([i async for i in Ticker(2)])
    async with Session() as s:
        print("inside", type(s).__name__)
    try:
        async with Session():
            raise KeyError("x")
    except KeyError:
        print("propagated")
asyncio.run(main())
'''),
    ("An uncaught exception prints a traceback and exits 1", "[eval][errors]", r'''
def inner():
    raise ValueError("bad value")
print("before")
inner()
print("never")
'''),
    ("Deep recursion raises RecursionError instead of crashing", "[eval][errors][limits]", r'''
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
import asyncio
async def adown(n):
    if n == 0:
        return 0
    return await adown(n - 1) + 1
print(asyncio.run(adown(500)))
try:
    asyncio.run(adown(100000))
except RecursionError:
    print("async RecursionError")
'''),
]


def cpp_string(s):
    out = []
    for line in s.splitlines(True):
        esc = line.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        out.append('"' + esc + '"')
    return "\n      ".join(out) if out else '""'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parts = [
        "// Generated by gen_eval_cases.py from python3's own output; do not edit by hand.",
        "// Each program runs in-process through ls::py::run_source (virtual clock).",
        '#include <catch2/catch.hpp>',
        '',
        '#include "eval_helpers.h"',
        '',
        'using ls::py::test::run_program;',
        '',
    ]
    for name, tags, prog in CASES:
        prog = prog.lstrip("\n")
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(prog)
            path = f.name
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
        os.unlink(path)
        parts.append(f'TEST_CASE("{name}", "{tags}") {{')
        parts.append(f'  const auto r = run_program(\n      {cpp_string(prog)});')
        parts.append(f'  CHECK(r.out ==\n        {cpp_string(r.stdout)});')
        parts.append(f'  CHECK(r.exit_code == {r.returncode});')
        parts.append('}')
        parts.append('')
    with open(os.path.join(here, "test_eval_cases.cpp"), "w") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
