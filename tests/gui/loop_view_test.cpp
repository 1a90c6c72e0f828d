// The loop panel's rows and wording, from hand-written traces.
#include "model/loop_view.h"

#include <catch2/catch.hpp>

#include "hand_trace.h"
#include "model/python_program.h"
#include "trace/snapshot.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

LoopView view_at(Session& s, double seconds) {
  s.player().seek(from_seconds(seconds));
  s.sync();
  return loop_view(s.snapshot(0), s.player().position(),
                   lane_namer(s.runs()[0].run.timeline()));
}

const LoopRow* find_row(const LoopView& v, LoopRowKind kind) {
  for (const LoopRow& r : v.rows) {
    if (r.kind == kind) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A pending timer is listed with its deadline and countdown", "[app][loop-view]") {
  Session s = test::blocked_timer_session();
  const LoopView v = view_at(s, 0.2);
  const LoopRow* timer = find_row(v, LoopRowKind::Timer);
  REQUIRE(timer != nullptr);
  CHECK(timer->section == "timers");
  CHECK(timer->text == "at 2.00 s · Task-1");
  CHECK(timer->note == "in 1.80 s");
  CHECK_FALSE(timer->late);
  CHECK_FALSE(v.blocked);
  CHECK(v.headline == "idle: next timer in 1.80 s");
}

TEST_CASE("While a task blocks the loop, the headline says so and due timers are late", "[app][loop-view]") {
  Session s = test::blocked_timer_session();
  const LoopView v = view_at(s, 2.2);
  CHECK(v.blocked);
  CHECK(v.headline == "BLOCKED by Task-2 · time.sleep(2) for 0.30 s more");
  const LoopRow* running = find_row(v, LoopRowKind::Blocking);
  REQUIRE(running != nullptr);
  CHECK(running->text == "Task-2");
  const LoopRow* timer = find_row(v, LoopRowKind::Timer);
  REQUIRE(timer != nullptr);
  CHECK(timer->late);
  CHECK(timer->note == "0.20 s late");
}

TEST_CASE("Empty lists still show their name with a dash", "[app][loop-view]") {
  Session s = test::blocked_timer_session();
  const LoopView v = view_at(s, 3.0);
  CHECK(v.headline == "finished");
  int dashes = 0;
  for (const LoopRow& r : v.rows) dashes += r.kind == LoopRowKind::Empty;
  CHECK(dashes == 4);  // running, ready, timers, waiting
}

TEST_CASE("Long lists are cut with a count of the rest", "[app][loop-view]") {
  ls::trace::LoopSnapshot snap;
  for (std::uint32_t i = 1; i <= 10; ++i) snap.ready.push_back({i, "Task-" + std::to_string(i)});
  snap.events = 1;
  const LoopView v = loop_view(snap, 0, [](ls::trace::TaskId t) {
    std::string name = "T";
    name += std::to_string(t);
    return name;
  }, 3);
  std::vector<std::string> ready;
  for (const LoopRow& r : v.rows) {
    if (r.kind == LoopRowKind::Ready || r.kind == LoopRowKind::More) ready.push_back(r.text);
  }
  CHECK(ready == std::vector<std::string>{"T1", "T2", "T3", "… and 7 more"});
}

TEST_CASE("A timer due in under a hundredth of a second counts in ms, never in 0.00 s", "[app][loop-view]") {
  using ls::trace::Nanos;
  const Nanos now = from_seconds(1.0);
  CHECK(timer_countdown(now + 4'000'000, now) == "in 4 ms");
  CHECK(timer_countdown(now + 9'600'000, now) == "in 10 ms");
  CHECK(timer_countdown(now + 10'000'000, now) == "in 0.01 s");
  CHECK(timer_countdown(now + 250'000, now) == "in 250 µs");
  CHECK(timer_countdown(now + 40, now) == "in 40 ns");
  CHECK(timer_countdown(now - 3'000'000, now) == "3 ms late");
  CHECK(timer_countdown(now + from_seconds(1.5), now) == "in 1.50 s");
  CHECK(timer_countdown(now, now) == "due now");

  ls::trace::LoopSnapshot snap;
  snap.events = 1;
  snap.timers.push_back({1, now + 4'000'000, 1, "sleep"});
  CHECK(loop_headline(snap, now, [](ls::trace::TaskId) { return std::string("Task-1"); }) ==
        "idle: next timer in 4 ms");
}

TEST_CASE("A blocking program's main thread is what runs, not a finished loop", "[app][loop-view][main]") {
  const char* program =
      "import time\n"
      "time.sleep(1)\n"
      "x = 1\n"
      "time.sleep(1)\n";
  Session s({python_run_spec("blocking", "blocking.py", program, nullptr)});
  auto at = [&s](double seconds) {
    s.player().seek(from_seconds(seconds));
    s.sync(RunSource::kNoBudget);
    return loop_view(s.snapshot(0), s.player().position(), lane_namer(s.runs()[0].run.timeline()));
  };
  const LoopView sleeping = at(0.5);
  CHECK(sleeping.blocked);
  CHECK(sleeping.headline.rfind("BLOCKED by main · time.sleep", 0) == 0);
  const LoopRow* blocking = find_row(sleeping, LoopRowKind::Blocking);
  REQUIRE(blocking != nullptr);
  CHECK(blocking->text == "main");

  // Between the two sleeps: line 3 runs, on the main thread.
  const LoopView between = at(1.0000025);  // the sleep ends at 1.000002 s
  CHECK_FALSE(between.blocked);
  CHECK(between.headline == "running main, outside the event loop");
  const LoopRow* running = find_row(between, LoopRowKind::Running);
  REQUIRE(running != nullptr);
  CHECK(running->text == "main");

  CHECK(at(2.5).headline == "finished");
}

TEST_CASE("The network's delivery timers are I/O, not asyncio timers", "[app][loop-view]") {
  using ls::trace::WaitKind;
  const ls::trace::Nanos now = from_seconds(1.0);
  auto named = [](ls::trace::TaskId t) { return "Task-" + std::to_string(t); };
  ls::trace::LoopSnapshot snap;
  snap.events = 10;
  snap.timers.push_back({7, now + 40'000'000, 0, "net example.com", WaitKind::Io});
  snap.waits.push_back({2, WaitKind::Io, 0, "GET http://example.com/a", now});

  SECTION("with only the network's timer the loop waits for I/O") {
    const LoopView v = loop_view(snap, now, named);
    CHECK(v.headline == "idle: waiting for I/O");
    const LoopRow* timer = find_row(v, LoopRowKind::Timer);
    CHECK(timer == nullptr);
    const LoopRow* wait = find_row(v, LoopRowKind::Wait);
    REQUIRE(wait != nullptr);
    CHECK(wait->text == "Task-2");
  }
  SECTION("an asyncio timer behind it is the next timer, and the count of the rest skips it") {
    for (std::uint32_t i = 0; i < 4; ++i)
      snap.timers.push_back({8 + i, now + from_seconds(1.0 + i), 3 + i, "sleep", WaitKind::None});
    const LoopView v = loop_view(snap, now, named, 2);
    CHECK(v.headline == "idle: next timer in 1.00 s");
    std::vector<std::string> timers;
    for (const LoopRow& r : v.rows)
      if (r.kind == LoopRowKind::Timer || r.kind == LoopRowKind::More) timers.push_back(r.text);
    CHECK(timers == std::vector<std::string>{"at 2.00 s · Task-3", "at 3.00 s · Task-4", "… and 2 more"});
  }
}
