// The limits of issue 3 ("Errors and limits"): programs are untrusted input,
// so recursion, memory and run time end in Python's own errors or a clear
// Loopscope message, never a crash or a hang. The CPython parts (traceback
// layout, the repeat line) were checked against python3 3.11; the time-limit
// message and the memory cap are Loopscope's own.
#include <catch2/catch.hpp>

#include <chrono>

#include "eval_helpers.h"

using ls::py::RunOptions;
using ls::py::test::run_program;

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

RunOptions with_time_limit(double s) {
  RunOptions o;
  o.time_limit_s = s;
  return o;
}

}  // namespace

TEST_CASE("Uncaught deep recursion prints a CPython-style traceback with the repeat line", "[limits][recursion]") {
  const auto r = run_program(
      "def down(n):\n"
      "    return down(n + 1)\n"
      "down(0)\n");
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  // CPython 3.11 prints the outer frame, three recursive frames, then the count.
  CHECK(r.err.rfind("Traceback (most recent call last):\n"
                    "  File \"t.py\", line 3, in <module>\n"
                    "    down(0)\n"
                    "  File \"t.py\", line 2, in down\n"
                    "    return down(n + 1)\n"
                    "  File \"t.py\", line 2, in down\n"
                    "    return down(n + 1)\n"
                    "  File \"t.py\", line 2, in down\n"
                    "    return down(n + 1)\n"
                    "  [Previous line repeated ",
                    0) == 0);
  CHECK(r.err.find("more times]\nRecursionError: maximum recursion depth exceeded\n") != std::string::npos);
}

TEST_CASE("Mutual recursion in coroutines ends in RecursionError, not a stack overflow", "[limits][recursion]") {
  const auto r = run_program(
      "import asyncio\n"
      "async def ping(n):\n"
      "    return await pong(n + 1)\n"
      "async def pong(n):\n"
      "    return await ping(n + 1)\n"
      "asyncio.run(ping(0))\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("RecursionError: maximum recursion depth exceeded\n") != std::string::npos);
}

TEST_CASE("Allocating past the memory cap raises MemoryError, which a program can catch", "[limits][memory]") {
  RunOptions opts;
  opts.memory_limit = int64_t{64} << 20;
  const auto r = run_program(
      "chunks = []\n"
      "try:\n"
      "    while True:\n"
      "        chunks.append('x' * 1_000_000)\n"
      "except MemoryError:\n"
      "    n = len(chunks)\n"
      "    chunks = []\n"
      "    print('MemoryError after', 50 < n < 70, 'MB')\n"
      "print(len('y' * 1_000_000))\n",
      opts);
  CHECK(r.out == "MemoryError after True MB\n1000000\n");
  CHECK(r.exit_code == 0);
}

TEST_CASE("One huge allocation is a MemoryError before any work", "[limits][memory]") {
  SECTION("a string") {
    const auto r = run_program("s = 'ab' * (2 ** 40)\n");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("\nMemoryError\n") != std::string::npos);
  }
  SECTION("a list") {
    const auto r = run_program("xs = [0] * (10 ** 12)\n");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("\nMemoryError\n") != std::string::npos);
  }
  SECTION("an int") {
    const auto r = run_program("x = 2 ** (10 ** 12)\n");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("\nMemoryError\n") != std::string::npos);
  }
}

TEST_CASE("The time limit stops a runaway loop without awaits", "[limits][time]") {
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = run_program(
      "print('start', flush=True)\n"
      "n = 0\n"
      "while True:\n"
      "    n += 1\n",
      with_time_limit(0.3));
  CHECK(seconds(t0) < 5.0);
  CHECK(r.out == "start\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("loopscope: time limit of 0.3 s exceeded: the program was stopped\n") != std::string::npos);
}

TEST_CASE("The time limit stops runaway tasks that do await", "[limits][time]") {
  SECTION("sleep(0) round robin forever") {
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run_program(
        "import asyncio\n"
        "async def spin(i):\n"
        "    while True:\n"
        "        await asyncio.sleep(0)\n"
        "async def main():\n"
        "    await asyncio.gather(spin(1), spin(2))\n"
        "asyncio.run(main())\n",
        with_time_limit(0.3));
    CHECK(seconds(t0) < 5.0);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("time limit of 0.3 s exceeded") != std::string::npos);
  }
  SECTION("timed sleeps forever on the virtual clock") {
    const auto r = run_program(
        "import asyncio\n"
        "async def main():\n"
        "    while True:\n"
        "        await asyncio.sleep(1)\n"
        "asyncio.run(main())\n",
        with_time_limit(0.3));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("time limit of 0.3 s exceeded") != std::string::npos);
  }
}

TEST_CASE("The time limit reaches long work inside one expression", "[limits][time]") {
  SECTION("a builtin looping over a huge range") {
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run_program("print(sum(range(10 ** 15)))\n", with_time_limit(0.3));
    CHECK(seconds(t0) < 5.0);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("time limit of 0.3 s exceeded") != std::string::npos);
  }
  SECTION("big int arithmetic") {
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run_program("x = 7 ** (10 ** 8)\n", with_time_limit(0.3));
    CHECK(seconds(t0) < 5.0);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("time limit of 0.3 s exceeded") != std::string::npos);
  }
}
