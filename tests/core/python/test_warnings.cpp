// Warnings CPython prints on stderr that teaching programs run into.
#include <catch2/catch.hpp>

#include <sstream>

#include "python/run.h"

TEST_CASE("a coroutine called without await warns like CPython, at the line that dropped it",
          "[eval][warnings]") {
  // python3 3.11 prints, for this program saved as na.py:
  //   na.py:5: RuntimeWarning: coroutine 'hello' was never awaited
  //     hello()
  //   RuntimeWarning: Enable tracemalloc to get the object allocation traceback
  const char* program =
      "import asyncio\n"
      "async def hello():\n    print('hi')\n"
      "async def main():\n    hello()\n    await asyncio.sleep(0.1)\n    print('end')\n"
      "asyncio.run(main())\n";
  std::ostringstream out, err;
  const auto r = ls::py::run_source("na.py", program, ls::py::RunOptions{}, out, err);
  CHECK(r.exit_code == 0);
  CHECK(out.str() == "end\n");
  CHECK(err.str() ==
        "na.py:5: RuntimeWarning: coroutine 'hello' was never awaited\n"
        "  hello()\n"
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

TEST_CASE("awaited coroutines and tasks never warn", "[eval][warnings]") {
  const char* program =
      "import asyncio\n"
      "async def job():\n    return 1\n"
      "async def main():\n    await job()\n    t = asyncio.create_task(job())\n    await t\n"
      "    await asyncio.gather(job(), job())\n"
      "asyncio.run(main())\n";
  std::ostringstream out, err;
  const auto r = ls::py::run_source("ok.py", program, ls::py::RunOptions{}, out, err);
  CHECK(r.exit_code == 0);
  CHECK(err.str().empty());
}
