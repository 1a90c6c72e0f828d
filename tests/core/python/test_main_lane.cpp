// Code outside every task (a blocking program's module level) has a lane of its
// own, "main", so a blocking run and an asyncio run can be compared side by side.
#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

#include "python/interpreter.h"
#include "python/run.h"
#include "trace/timeline.h"

using ls::trace::from_seconds;
using ls::trace::SpanState;
using ls::trace::Timeline;

namespace {

// Runs `program` with tracing, as the app does; it must succeed.
ls::py::RunResult run(const std::string& program) {
  std::ostringstream out, err;
  ls::py::RunResult r = ls::py::run_source("main_lane.py", program, ls::py::RunOptions{}, out, err);
  INFO(err.str());
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.loop);
  return r;
}

Timeline fold(const std::string& program) { return Timeline::fold(run(program).loop->trace()); }

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

// ---- the main thread's Line events ------------------------------------------------

namespace {

struct MainLines {
  std::vector<int> lines;  // each main-thread Line event's line, 0 for "no line"
  std::vector<ls::trace::Nanos> times;
  std::size_t events = 0;  // every event of the trace
};

MainLines main_lines(const std::string& program) {
  std::ostringstream out, err;
  ls::py::RunResult r = ls::py::run_source("main_lines.py", program, ls::py::RunOptions{}, out, err);
  INFO(err.str());
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.loop);
  const ls::trace::Trace& tr = r.loop->trace();
  MainLines m;
  m.events = tr.size();
  for (std::size_t i = 0; i < tr.size(); ++i) {
    const ls::trace::TraceEvent& e = tr[i];
    if (e.kind != ls::trace::EventKind::Line || e.task != ls::trace::kLoopTask) continue;
    m.lines.push_back(e.loc ? tr.location_of(e.loc).line : 0);
    m.times.push_back(e.time);
  }
  return m;
}

}  // namespace

TEST_CASE("a blocking program's main thread has a Line event each time its line changes", "[trace][main_lane][lines]") {
  // Worked out by hand: the module runs lines 1, 2 (the def), 5 and 6; the call
  // runs 3 and 4 (print, sleep); then 7, 8 and the call's 3 and 4 again.
  const MainLines m = main_lines(
      "import time\n"                // 1
      "def greet(name):\n"           // 2
      "    print('hello', name)\n"   // 3
      "    time.sleep(1)\n"          // 4
      "x = 1\n"                      // 5
      "greet('a')\n"                 // 6
      "y = x + 1\n"                  // 7
      "greet('b')\n");               // 8
  CHECK(m.lines == std::vector<int>{1, 2, 5, 6, 3, 4, 7, 8, 3, 4});
  // Each line stands at an instant of its own, so stepping one event at a time
  // stops on every one of them.
  for (std::size_t i = 1; i < m.times.size(); ++i) CHECK(m.times[i] > m.times[i - 1]);
  // Lines 7 and 8 run after the first second of sleep, before the second.
  REQUIRE(m.times.size() == 10);
  CHECK(m.times[6] >= from_seconds(1.0));
  CHECK(m.times[7] < from_seconds(1.001));
}

TEST_CASE("a loop of a million statements makes a few Line events, not a million", "[trace][main_lane][lines]") {
  // The body's two lines take turns: a change of line at every statement.
  const MainLines m = main_lines(
      "total = 0\n"
      "for i in range(500000):\n"
      "    a = i\n"
      "    total += a\n"
      "print(total)\n");
  CHECK(m.lines.size() == ls::py::Interp::kMainLinesPerStretch);
  REQUIRE(m.lines.size() >= 5);
  CHECK(std::vector<int>(m.lines.begin(), m.lines.begin() + 5) == std::vector<int>{1, 2, 3, 4, 3});
  CHECK(m.events < 100);
}

TEST_CASE("asyncio.run takes the main thread off its line until it returns", "[trace][main_lane][lines]") {
  const MainLines m = main_lines(
      "import asyncio\n"                 // 1
      "async def main():\n"              // 2
      "    x = 1\n"                      // 3: a task's line, never the main thread's
      "    await asyncio.sleep(1)\n"     // 4
      "asyncio.run(main())\n"            // 5
      "print('done')\n");                // 6
  // 0: handed over to the loop (no lane shows it waiting); then the last line,
  // and 0 again when the program ends without a lane to end it.
  CHECK(m.lines == std::vector<int>{1, 2, 5, 0, 6, 0});
  REQUIRE(m.times.size() == 6);
  CHECK(m.times[3] < from_seconds(0.001));
  CHECK(m.times[4] >= from_seconds(1.0));
}

TEST_CASE("without tracing the main thread emits nothing", "[trace][main_lane][lines]") {
  std::ostringstream out, err;
  ls::py::RunOptions opts;
  opts.tracing = false;
  ls::py::RunResult r = ls::py::run_source("quiet.py", "import time\nx = 1\ntime.sleep(0.1)\nprint(x)\n", opts, out, err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.loop);
  CHECK(r.loop->trace().size() == 0);
  CHECK(out.str() == "1\n");
}

TEST_CASE("a blocking program's function calls are call spans on the main lane, end to end",
          "[trace][main_lane][calls]") {
  // main() calls fetch() three times; each sleeps 1 s: three fetch() spans of
  // 1 s under one main() span of 3 s, starting at 0 (main was called before the
  // first block made the lane).
  const Timeline t = fold(
      "import time\n"
      "def fetch(i):\n"
      "    time.sleep(1)\n"
      "    return i\n"
      "def main():\n"
      "    for i in range(3):\n"
      "        fetch(i)\n"
      "main()\n");
  REQUIRE(t.lanes().size() == 1);
  const auto& calls = t.lanes()[0].calls;
  REQUIRE(calls.size() == 4);
  CHECK(calls[0].depth == 0);
  CHECK(calls[0].start < from_seconds(0.001));  // a few statements of CPU time in
  CHECK(calls[0].end >= from_seconds(3.0));
  for (int i = 1; i <= 3; ++i) {
    INFO("fetch call " << i);
    CHECK(calls[i].depth == 1);
    CHECK(calls[i].start == Approx(from_seconds(i - 1.0)).margin(from_seconds(0.001)));
    CHECK(calls[i].end - calls[i].start == Approx(from_seconds(1.0)).margin(from_seconds(0.001)));
  }
}

TEST_CASE("a function called a million times draws a few call spans, not a million", "[trace][main_lane][calls]") {
  const ls::py::RunResult r =
      run("import time\ndef f(x):\n    return x + 1\ntime.sleep(0.1)\nfor i in range(200000):\n    f(i)\n");
  std::size_t enters = 0;
  const auto& tr = r.loop->trace();
  for (std::size_t i = 0; i < tr.size(); ++i) enters += tr[i].kind == ls::trace::EventKind::CallEnter;
  CHECK(enters > 0);
  CHECK(enters <= ls::py::Interp::kCallSpansPerStretch * 4);
}

TEST_CASE("requests.get in a blocking program stands on its line and gives the main thread its lane",
          "[trace][main_lane][calls]") {
  const Timeline t = fold(
      "import requests\n"
      "def download(url):\n"
      "    return requests.get(url)\n"
      "download('https://example.com/a.jpg')\n");
  REQUIRE(t.lanes().size() == 1);
  const auto& main = t.lanes()[0];
  REQUIRE(count(main, SpanState::Blocking) == 1);
  REQUIRE(main.calls.size() == 1);
  CHECK(main.calls[0].start < from_seconds(0.001));
  for (const auto& span : main.states)
    if (span.state == SpanState::Blocking) CHECK(span.loc != 0);
}
