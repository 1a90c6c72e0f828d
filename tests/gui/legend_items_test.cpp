// The legend names the shapes the runs on screen have, as their timelines saw them.
#include "model/legend_items.h"

#include <catch2/catch.hpp>

#include <string>

#include "hand_trace.h"

using namespace ls::app;
using K = ls::trace::EventKind;
using ls::trace::Timeline;
using ls::trace::WaitKind;

namespace {

std::vector<std::string> texts(const ls::trace::ShapesSeen& seen) {
  std::vector<std::string> out;
  for (const LegendItem& i : legend_items(seen)) out.emplace_back(i.text);
  return out;
}

bool has(const ls::trace::ShapesSeen& seen, const std::string& text) {
  for (const std::string& t : texts(seen)) {
    if (t == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Before any run the legend has only the shapes every run has", "[app][legend]") {
  CHECK(texts({}) == std::vector<std::string>{"running", "ready", "function call", "×N short spans",
                                              "task done"});
}

TEST_CASE("A timer wait, a blocking call and a failed task each add their entry, in the legend's order",
          "[app][legend]") {
  auto run = test::blocked_timer_run();  // a sleep(2) and a time.sleep(2)
  const ls::trace::ShapesSeen blocked = Timeline::fold(run->trace()).shapes_seen();
  CHECK(has(blocked, "waiting on a timer"));
  CHECK(has(blocked, "blocking the loop"));
  CHECK_FALSE(has(blocked, "waiting on I/O"));
  CHECK_FALSE(has(blocked, "task failed"));
  const std::vector<std::string> order = texts(blocked);
  CHECK(order.at(2) == "waiting on a timer");
  CHECK(order.at(3) == "blocking the loop");
  CHECK(has(blocked, "woken by timer or I/O"));
  CHECK_FALSE(has(blocked, "woken by a task"));

  // A second run on screen with a semaphore wait and a failure: both runs count.
  test::HandTrace more;
  more.at(0.0).task(1, "Task-1").event(K::Queued, 1).event(K::Running, 1);
  more.event(K::Awaiting, 1, 0, "lock", 0, WaitKind::Semaphore);
  more.at(1.0).event(K::Queued, 1).event(K::Running, 1).event(K::Failed, 1, 0, "ValueError: no");
  auto second = more.finish(1.0);
  ls::trace::ShapesSeen both = blocked;
  both.merge(Timeline::fold(second->trace()).shapes_seen());
  CHECK(has(both, "waiting on a lock, event or queue"));
  CHECK(has(both, "woken by a task"));
  CHECK(has(both, "blocking the loop"));
  CHECK(texts(both).back() == "task failed");
}

TEST_CASE("A timeline folded as its run grows sees the shapes of the new events", "[app][legend]") {
  test::HandTrace h;
  h.at(0.0).task(1, "Task-1").event(K::Queued, 1).event(K::Running, 1);
  auto run = h.finish(2.0);
  Timeline t;
  t.update(run->trace());
  CHECK_FALSE(has(t.shapes_seen(), "waiting on tasks"));
  // The run goes on: Task-1 awaits a gather, then is cancelled.
  ls::trace::Trace& tr = run->trace();
  tr.append({ls::trace::from_seconds(0.5), 0, 1, 2, tr.text("gather"), 0, K::Awaiting, WaitKind::Gather});
  tr.append({ls::trace::from_seconds(1.0), 0, 1, 0, 0, 0, K::Cancelled, WaitKind::None});
  t.update(tr);
  CHECK(has(t.shapes_seen(), "waiting on tasks"));
  CHECK(has(t.shapes_seen(), "task cancelled"));
}
