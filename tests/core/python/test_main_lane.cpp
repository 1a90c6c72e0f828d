// Code outside every task (a blocking program's module level) has a lane of its
// own, "main", so a blocking run and an asyncio run can be compared side by side.
#include <catch2/catch.hpp>

#include <sstream>

#include "python/run.h"
#include "trace/timeline.h"

using ls::trace::from_seconds;
using ls::trace::SpanState;
using ls::trace::Timeline;

namespace {

Timeline fold(const std::string& program) {
  std::ostringstream out, err;
  ls::py::RunResult r = ls::py::run_source("main_lane.py", program, ls::py::RunOptions{}, out, err);
  INFO(err.str());
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.loop);
  return Timeline::fold(r.loop->trace());
}

std::size_t count(const ls::trace::Lane& lane, SpanState s) {
  std::size_t n = 0;
  for (const auto& span : lane.states) n += span.state == s;
  return n;
}

}  // namespace

TEST_CASE("a blocking program's module level is drawn as the main lane", "[trace][main_lane]") {
  const Timeline t = fold("import time\nfor i in range(3):\n    time.sleep(1)\n    print(i)\n");
  REQUIRE(t.lanes().size() == 1);
  const auto& main = t.lanes()[0];
  CHECK(main.name == "main");
  CHECK(count(main, SpanState::Blocking) == 3);
  CHECK(main.outcome == ls::trace::Outcome::Done);
  CHECK(main.finished >= from_seconds(3.0));
  // Each blocking span knows its line, so the code panel can point at it.
  for (const auto& span : main.states)
    if (span.state == SpanState::Blocking) CHECK(span.loc != 0);
}

TEST_CASE("an asyncio program whose module level only calls asyncio.run has no main lane", "[trace][main_lane]") {
  const Timeline t = fold(
      "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n"
      "asyncio.run(main())\nprint('done')\n");
  REQUIRE(t.lanes().size() == 1);
  CHECK(t.lanes()[0].name == "Task-1");
}

TEST_CASE("a main thread that blocked shows asyncio.run as waiting on the main task", "[trace][main_lane]") {
  const Timeline t = fold(
      "import asyncio, time\ntime.sleep(1)\n"
      "async def main():\n    await asyncio.sleep(2)\n"
      "asyncio.run(main())\ntime.sleep(0.5)\n");
  REQUIRE(t.lanes().size() == 2);
  const auto& main = t.lanes()[0];
  CHECK(main.name == "main");
  CHECK(count(main, SpanState::Blocking) == 2);
  bool waited = false;
  for (const auto& span : main.states)
    if (span.state == SpanState::Waiting) {
      waited = true;
      CHECK(span.target == 1);  // Task-1, asyncio.run's main task
      CHECK(span.end - span.start >= from_seconds(2.0));
    }
  CHECK(waited);
  CHECK(main.finished >= from_seconds(3.5));
}
