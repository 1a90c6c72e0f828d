// ProgramRun: a program held at the playhead's gate while another thread watches.
#include <catch2/catch.hpp>

#include <chrono>

#include "python/program_run.h"

using namespace std::chrono_literals;
using ls::py::ProgramRun;
using ls::py::RunOptions;
using ls::trace::EventKind;
using ls::trace::from_seconds;

namespace {

const char* kTwoSleepers = R"(import asyncio

async def sleeper(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "done")

async def main():
    await asyncio.gather(sleeper("a", 1), sleeper("b", 2))

asyncio.run(main())
)";

// Texts of the Print events in the trace so far.
std::vector<std::string> printed(const ls::trace::Trace& tr) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tr.size(); ++i)
    if (tr[i].kind == EventKind::Print) out.push_back(tr.text_of(tr[i].text));
  return out;
}

}  // namespace

TEST_CASE("a watched program runs only as far as it is allowed", "[program_run]") {
  ProgramRun run("two.py", kTwoSleepers, RunOptions{});
  REQUIRE(run.trace() != nullptr);
  REQUIRE(run.advance_to(from_seconds(0.5), 5000ms));
  CHECK_FALSE(run.finished());
  CHECK(printed(*run.trace()) == std::vector<std::string>{"a starts\n", "b starts\n"});
  CHECK(run.now() < from_seconds(1.0));

  REQUIRE(run.advance_to(from_seconds(1.5), 5000ms));
  CHECK_FALSE(run.finished());
  CHECK(printed(*run.trace()) == std::vector<std::string>{"a starts\n", "b starts\n", "a done\n"});

  REQUIRE(run.advance_to(from_seconds(10), 5000ms));
  CHECK(run.finished());
  CHECK(run.exit_code() == 0);
  CHECK(run.output() == "a starts\nb starts\na done\nb done\n");
  // The 2 s of sleeps plus a few microseconds of statements' virtual CPU time.
  CHECK(run.now() >= from_seconds(2.0));
  CHECK(run.now() < from_seconds(2.001));
}

TEST_CASE("a blocking program is held inside time.sleep at the gate", "[program_run]") {
  // No event loop iteration at all: the clock moves only in blocking calls.
  ProgramRun run("block.py", "import time\nprint('one')\ntime.sleep(1)\nprint('two')\ntime.sleep(1)\nprint('three')\n",
                 RunOptions{});
  REQUIRE(run.advance_to(from_seconds(1.2), 5000ms));
  CHECK(printed(*run.trace()) == std::vector<std::string>{"one\n", "two\n"});
  run.run_to_end();
  CHECK(run.output() == "one\ntwo\nthree\n");
}

TEST_CASE("a program with a syntax error has no trace and reports the error", "[program_run]") {
  ProgramRun run("bad.py", "print('x'\n", RunOptions{});
  CHECK(run.trace() == nullptr);
  CHECK(run.finished());
  CHECK(run.exit_code() == 1);
  CHECK(run.errors().find("SyntaxError") != std::string::npos);
}

TEST_CASE("destroying a watched program stops it and keeps its trace readable", "[program_run]") {
  {
    auto run = std::make_unique<ProgramRun>(
        "forever.py", "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n",
        RunOptions{});
    REQUIRE(run->advance_to(from_seconds(3.5), 5000ms));
    CHECK_FALSE(run->finished());
  }  // returns promptly: the program is stopped, not waited for (ctest's timeout catches a hang)
}

TEST_CASE("a program that sleeps forever is stopped at the virtual time limit", "[program_run]") {
  ls::py::WatchLimits limits;
  limits.virtual_s = 50;
  ProgramRun run("forever.py", "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n",
                 RunOptions{}, limits);
  run.run_to_end();
  CHECK(run.finished());
  CHECK(run.exit_code() == 1);
  CHECK(run.stopped_because().find("50 s of program time") != std::string::npos);
  CHECK(run.now() <= from_seconds(52));
}

TEST_CASE("two watched programs run side by side without sharing state", "[program_run]") {
  ProgramRun a("a.py", kTwoSleepers, RunOptions{});
  ProgramRun b("b.py", "import time\nfor i in range(3):\n    time.sleep(1)\n    print(i)\n", RunOptions{});
  REQUIRE(a.advance_to(from_seconds(1.5), 5000ms));
  REQUIRE(b.advance_to(from_seconds(1.5), 5000ms));
  CHECK(printed(*b.trace()) == std::vector<std::string>{"0\n"});
  a.run_to_end();
  b.run_to_end();
  CHECK(a.output() == "a starts\nb starts\na done\nb done\n");
  CHECK(b.output() == "0\n1\n2\n");
}
