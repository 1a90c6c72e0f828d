// The legend names the shapes the runs on screen have, read from their traces.
#include "model/legend_items.h"

#include <catch2/catch.hpp>

#include <string>

#include "hand_trace.h"

using namespace ls::app;
using K = ls::trace::EventKind;
using ls::trace::WaitKind;

namespace {

std::vector<std::string> texts(const LegendSeen& seen) {
  std::vector<std::string> out;
  for (const LegendItem& i : seen.items()) out.emplace_back(i.text);
  return out;
}

bool has(const LegendSeen& seen, const std::string& text) {
  for (const std::string& t : texts(seen)) {
    if (t == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Before any run the legend has only the shapes every run has", "[app][legend]") {
  LegendSeen seen;
  seen.update({});
  CHECK(texts(seen) == std::vector<std::string>{"running", "ready", "function call",
                                                "×N short spans", "task done"});
}

TEST_CASE("A timer wait, a blocking call and a failed task each add their entry, in the legend's order",
          "[app][legend]") {
  auto run = test::blocked_timer_run();  // a sleep(2) and a time.sleep(2)
  LegendSeen seen;
  seen.update({&run->trace()});
  CHECK(has(seen, "waiting on a timer"));
  CHECK(has(seen, "blocking the loop"));
  CHECK_FALSE(has(seen, "waiting on I/O"));
  CHECK_FALSE(has(seen, "task failed"));
  const std::vector<std::string> order = texts(seen);
  CHECK(order.at(2) == "waiting on a timer");
  CHECK(order.at(3) == "blocking the loop");
  CHECK(has(seen, "woken by timer or I/O"));
  CHECK_FALSE(has(seen, "woken by a task"));

  // Events appended later (a lazy run growing) are read on the next update.
  test::HandTrace more;
  more.at(0.0).task(1, "Task-1").event(K::Awaiting, 1, 0, "lock", 0, WaitKind::Semaphore);
  more.at(1.0).event(K::Failed, 1, 0, "ValueError: no");
  auto second = more.finish(1.0);
  seen.update({&run->trace(), &second->trace()});
  CHECK(has(seen, "waiting on a lock, event or queue"));
  CHECK(has(seen, "task failed"));
  CHECK(texts(seen).back() == "task failed");
}

TEST_CASE("Another set of runs starts the legend afresh", "[app][legend]") {
  auto blocked = test::blocked_timer_run();
  test::HandTrace plain;
  plain.at(0.0).task(1, "Task-1").event(K::Awaiting, 1, 2, "Task-2", 0, WaitKind::Gather);
  auto gathered = plain.finish(1.0);
  LegendSeen seen;
  seen.update({&blocked->trace()});
  REQUIRE(has(seen, "blocking the loop"));
  seen.update({&gathered->trace()});
  CHECK_FALSE(has(seen, "blocking the loop"));
  CHECK(has(seen, "waiting on tasks"));
  CHECK(has(seen, "woken by a task"));
  CHECK_FALSE(has(seen, "woken by timer or I/O"));
}
