// Each task's current line at the playhead (model/code_lines.h), read from the
// trace of a program really interpreted by core/python.
#include "model/code_lines.h"

#include <catch2/catch.hpp>

#include <optional>
#include <sstream>

#include "model/python_program.h"
#include "model/session.h"
#include "python/run.h"
#include "workers_program.h"

using namespace ls::app;
using ls::trace::from_seconds;
using ls::trace::SpanState;
using ls::trace::WaitKind;

namespace {

using test::kProgram;  // tests/gui/workers_program.h

struct Ran {
  ls::py::RunResult result;
  ls::trace::Timeline timeline;
  std::string out, err;
};

Ran run(const char* file, const std::string& text) {
  std::ostringstream out, err;
  ls::py::RunOptions opts;
  opts.tracing = true;
  Ran r;
  r.result = ls::py::run_source(file, text, opts, out, err);
  r.out = out.str();
  r.err = err.str();
  REQUIRE(r.result.loop != nullptr);
  r.timeline = ls::trace::Timeline::fold(r.result.loop->trace());
  return r;
}

const TaskMarker* find(const std::vector<TaskMarker>& ms, const std::string& label) {
  for (const TaskMarker& m : ms) {
    if (m.label == label) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Each live task stands on its current line at several playhead times", "[app][code][lines]") {
  Ran r = run("workers.py", kProgram);
  REQUIRE(r.result.exit_code == 0);
  REQUIRE(r.out == "a start\nb start\na end\nb end\ndone\n");
  TaskLineIndex index("workers.py");
  index.update(r.result.loop->trace());

  SECTION("half a second in: main awaits the gather, both workers sleep") {
    const auto ms = index.at(from_seconds(0.5), &r.timeline);
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].label == "T1");
    CHECK(ms[0].name == "Task-1");
    CHECK(ms[0].line == 9);
    CHECK(ms[1].label == "T2");
    CHECK(ms[1].line == 5);
    CHECK(ms[2].label == "T3");
    CHECK(ms[2].line == 5);
    REQUIRE(ms[1].has_state);
    CHECK(ms[1].state == SpanState::Waiting);
    CHECK(ms[1].wait == WaitKind::Timer);
    REQUIRE(ms[0].has_state);
    CHECK(ms[0].state == SpanState::Waiting);
  }
  SECTION("after 1.5 s the first worker has finished and shows no more") {
    const auto ms = index.at(from_seconds(1.5), &r.timeline);
    REQUIRE(ms.size() == 2);
    CHECK(find(ms, "T2") == nullptr);
    REQUIRE(find(ms, "T3") != nullptr);
    CHECK(find(ms, "T3")->line == 5);
    CHECK(find(ms, "T1")->line == 9);
  }
  SECTION("past the end every task is done") {
    CHECK(index.at(from_seconds(2.5), &r.timeline).empty());
  }
  SECTION("before the program starts no task exists") {
    CHECK(index.at(-1, &r.timeline).empty());
  }
}

TEST_CASE("A task's line follows it from one await to the next", "[app][code][lines]") {
  const std::string program =
      "import asyncio\n"             // 1
      "\n"                           // 2
      "async def main():\n"          // 3
      "    await asyncio.sleep(1)\n"  // 4
      "    x = 1\n"                  // 5
      "    await asyncio.sleep(1)\n"  // 6
      "\n"                           // 7
      "asyncio.run(main())\n";       // 8
  Ran r = run("steps.py", program);
  TaskLineIndex index("steps.py");
  index.update(r.result.loop->trace());
  const auto early = index.at(from_seconds(0.5), &r.timeline);
  REQUIRE(early.size() == 1);
  CHECK(early[0].line == 4);
  const auto later = index.at(from_seconds(1.5), &r.timeline);
  REQUIRE(later.size() == 1);
  CHECK(later[0].line == 6);
  CHECK(later[0].since >= from_seconds(1.0));
}

TEST_CASE("Without a timeline the markers carry no state", "[app][code][lines]") {
  Ran r = run("workers.py", kProgram);
  TaskLineIndex index;  // no file name: every location counts
  index.update(r.result.loop->trace());
  const auto ms = index.at(from_seconds(0.5));
  REQUIRE(ms.size() == 3);
  for (const TaskMarker& m : ms) CHECK_FALSE(m.has_state);
}

TEST_CASE("Locations of another file are not lines of this program", "[app][code][lines]") {
  Ran r = run("lessons/x/workers.py", kProgram);
  TaskLineIndex other("other.py");
  other.update(r.result.loop->trace());
  CHECK(other.at(from_seconds(0.5), &r.timeline).empty());
  // The same file named by another path is the same program.
  TaskLineIndex same("workers.py");
  same.update(r.result.loop->trace());
  CHECK(same.at(from_seconds(0.5), &r.timeline).size() == 3);
}

TEST_CASE("Indexing again adds nothing; a different trace starts over", "[app][code][lines]") {
  Ran a = run("workers.py", kProgram);
  Ran b = run("workers.py", "import asyncio\n\nasync def main():\n    await asyncio.sleep(3)\n\nasyncio.run(main())\n");
  TaskLineIndex index("workers.py");
  index.update(a.result.loop->trace());
  index.update(a.result.loop->trace());
  CHECK(index.events_indexed() == a.result.loop->trace().size());
  CHECK(index.at(from_seconds(0.5)).size() == 3);
  index.update(b.result.loop->trace());
  CHECK(index.events_indexed() == b.result.loop->trace().size());
  const auto ms = index.at(from_seconds(0.5));
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].line == 4);
}

TEST_CASE("Task names shorten to pills", "[app][code][lines]") {
  CHECK(short_task_label("Task-2") == "T2");
  CHECK(short_task_label("Task-123") == "T123");
  CHECK(short_task_label("fetcher") == "fetcher");
  CHECK(short_task_label("Task-x") == "Task-x");
  CHECK(short_task_label("a-very-long-name", 6) == "a-very\xE2\x80\xA6");
  // Never cut inside a character: "ééé" is six bytes.
  CHECK(short_task_label("\xC3\xA9\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9\xE2\x80\xA6");
}

TEST_CASE("Stepping a blocking program moves main's pill line by line between two blocking calls",
          "[app][code][lines][main]") {
  const std::string program =
      "import time\n"                                   // 1
      "\n"                                              // 2
      "def download(name, seconds):\n"                  // 3
      "    print('start', name)\n"                      // 4
      "    time.sleep(seconds)\n"                       // 5
      "    print('done', name)\n"                       // 6
      "\n"                                              // 7
      "for name, seconds in [('a', 1), ('b', 2)]:\n"    // 8
      "    download(name, seconds)\n";                  // 9
  Session s({python_run_spec("blocking", "blocking.py", program, nullptr)});
  // Inside the first sleep: main blocks on line 5.
  s.player().seek(from_seconds(0.5));
  s.sync(RunSource::kNoBudget);
  TaskLineIndex index("blocking.py");
  auto main_at = [&](ls::trace::Nanos t) -> std::optional<TaskMarker> {
    const SessionRun& r = s.runs()[0];
    index.update(r.run.trace());
    const auto ms = index.at(t, &r.run.timeline());
    REQUIRE(ms.size() <= 1);  // no task: main is the only one
    if (ms.empty()) return std::nullopt;
    CHECK(ms[0].task == ls::trace::kLoopTask);
    CHECK(ms[0].label == "main");
    return ms[0];
  };
  const auto blocked = main_at(s.player().position());
  REQUIRE(blocked);
  CHECK(blocked->line == 5);
  CHECK(blocked->state == SpanState::Blocking);

  // Step (→) out of the sleep and on to the next one, noting each line the pill
  // stands on: worked out by hand, 6 (print done a), 9 (the loop's call for b),
  // 4 (print start b), 5 (the next sleep), which then blocks.
  std::vector<std::uint32_t> visited{blocked->line};
  for (int i = 0; i < 12; ++i) {
    s.step_forward();
    const auto m = main_at(s.player().position());
    REQUIRE(m);
    if (visited.back() != m->line) visited.push_back(m->line);
    if (m->line == 5 && m->state == SpanState::Blocking && s.player().position() > from_seconds(1.0)) break;
  }
  CHECK(visited == std::vector<std::uint32_t>{5, 6, 9, 4, 5});
  CHECK(s.player().position() > from_seconds(1.0));
  CHECK(s.player().position() < from_seconds(1.001));
}

TEST_CASE("Main's pill is running before its lane exists, and in a program that never blocks",
          "[app][code][lines][main]") {
  Ran r = run("plain.py", "x = 1\nprint(x)\ny = 2\n");
  REQUIRE(r.result.exit_code == 0);
  CHECK(r.timeline.lane_of(ls::trace::kLoopTask) == nullptr);  // it never blocked
  TaskLineIndex index("plain.py");
  index.update(r.result.loop->trace());
  const auto ms = index.at(ls::trace::from_seconds(0.0000015), &r.timeline);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].label == "main");
  CHECK(ms[0].line == 2);
  REQUIRE(ms[0].has_state);
  CHECK(ms[0].state == SpanState::Running);
  // The program has ended: its last line is let go of.
  CHECK(index.at(ls::trace::from_seconds(1.0), &r.timeline).empty());
}
