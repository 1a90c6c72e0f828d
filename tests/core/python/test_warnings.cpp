// Warnings CPython prints on stderr that teaching programs run into.
#include <catch2/catch.hpp>

#include "eval_helpers.h"

using ls::py::test::run_program;

TEST_CASE("a coroutine called without await warns like CPython, at the line that dropped it",
          "[eval][warnings]") {
  // python3 3.11 prints, for this program saved as t.py:
  //   t.py:5: RuntimeWarning: coroutine 'hello' was never awaited
  //     hello()
  //   RuntimeWarning: Enable tracemalloc to get the object allocation traceback
  const auto r = run_program(
      "import asyncio\n"
      "async def hello():\n    print('hi')\n"
      "async def main():\n    hello()\n    await asyncio.sleep(0.1)\n    print('end')\n"
      "asyncio.run(main())\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "end\n");
  CHECK(r.err ==
        "t.py:5: RuntimeWarning: coroutine 'hello' was never awaited\n"
        "  hello()\n"
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

TEST_CASE("awaited coroutines and tasks never warn", "[eval][warnings]") {
  const auto r = run_program(
      "import asyncio\n"
      "async def job():\n    return 1\n"
      "async def main():\n    await job()\n    t = asyncio.create_task(job())\n    await t\n"
      "    await asyncio.gather(job(), job())\n"
      "asyncio.run(main())\n");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}
