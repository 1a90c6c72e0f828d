// Timers that come due together: the near-tie window after a virtual clock jump
// (LoopOptions::near_timer_window), checked against what CPython prints.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "loop/gather.h"

using namespace ls::test;
using ls::loop::LoopOptions;
using ls::trace::Nanos;

namespace {

constexpr Nanos kMicro = 1'000;

// a and b each sleep 0.1 s; b starts its sleep `gap` after a (in CPython, the
// statements in between take real time; here the gap is charged CPU time).
// When a wakes it queues a callback with call_soon.
Log race_two_sleeps(Nanos gap, std::vector<std::uint64_t>* iterations = nullptr) {
  EventLoop loop;
  Log log;
  auto a = [&]() -> Task<void> {
    co_await loop.sleep(seconds(0.1));
    log.push_back("a woke");
    if (iterations) iterations->push_back(loop.iteration());
    loop.call_soon([&] { log.push_back("a's call_soon"); });
  };
  auto b = [&]() -> Task<void> {
    loop.charge(gap);
    co_await loop.sleep(seconds(0.1));
    log.push_back("b woke");
    if (iterations) iterations->push_back(loop.iteration());
  };
  auto main = [&]() -> Task<void> {
    std::vector<Task<void>> v;
    v.push_back(a());
    v.push_back(b());
    co_await ls::loop::gather(loop, std::move(v));
  };
  loop.run_main(main());
  return log;
}

// A timer callback that records the iteration and the time it ran at.
struct Probe {
  EventLoop* loop;
  Log* log;
  std::string name;
  static void fire(void* self) {
    auto* p = static_cast<Probe*>(self);
    p->log->push_back(p->name + "@" + std::to_string(p->loop->iteration()) + " t=" +
                      std::to_string(p->loop->now()));
  }
};

}  // namespace

TEST_CASE("sleeps that end a few microseconds apart wake in the same iteration, as in CPython",
          "[loop][timer]") {
  // python3 3.11 prints "a woke", "b woke", "a's call_soon" for
  //   import asyncio
  //   async def a():
  //       await asyncio.sleep(0.1)
  //       print("a woke")
  //       asyncio.get_running_loop().call_soon(print, "a's call_soon")
  //   async def b():
  //       await asyncio.sleep(0.1)
  //       print("b woke")
  //   async def main():
  //       await asyncio.gather(a(), b())
  //   asyncio.run(main())
  // (the two timers' deadlines differ by the microseconds between the two
  // sleep calls; the loop wakes late enough to find both due).
  std::vector<std::uint64_t> iterations;
  CHECK(race_two_sleeps(3 * kMicro, &iterations) == Log{"a woke", "b woke", "a's call_soon"});
  REQUIRE(iterations.size() == 2);
  CHECK(iterations[0] == iterations[1]);
}

TEST_CASE("sleeps that end further apart than the window wake in separate iterations",
          "[loop][timer]") {
  // The program above with `time.sleep(0.005)` at the top of b(): python3 prints
  // "a woke", "a's call_soon", "b woke".
  CHECK(race_two_sleeps(5'000 * kMicro) == Log{"a woke", "a's call_soon", "b woke"});
  // Just past the window the rule does not apply either.
  const Nanos window = LoopOptions{}.near_timer_window;
  CHECK(race_two_sleeps(window + 1) == Log{"a woke", "a's call_soon", "b woke"});
}

TEST_CASE("a jump takes timers up to the window in deadline order and the clock follows them",
          "[loop][timer][clock]") {
  EventLoop loop;
  Log log;
  const Nanos t0 = seconds(1);
  const Nanos window = LoopOptions{}.near_timer_window;
  Probe late{&loop, &log, "edge"}, first{&loop, &log, "first"}, beyond{&loop, &log, "beyond"},
      tie{&loop, &log, "tie"};
  // Scheduled out of order: they fire by (deadline, scheduling order).
  loop.call_at(t0 + window, &Probe::fire, &late);
  loop.call_at(t0 + window + 1, &Probe::fire, &beyond);
  loop.call_at(t0, &Probe::fire, &first);
  loop.call_at(t0 + window, &Probe::fire, &tie);
  loop.run();
  // The first three run in one iteration at the latest deadline moved (time never
  // goes backwards); the fourth is one nanosecond too late and waits for a jump.
  const std::string edge_t = std::to_string(t0 + window);
  CHECK(log == Log{"first@1 t=" + edge_t, "edge@1 t=" + edge_t, "tie@1 t=" + edge_t,
                   "beyond@2 t=" + std::to_string(t0 + window + 1)});
}

TEST_CASE("the window applies only when the clock jumps, not to timers already due", "[loop][timer]") {
  // A callback is running at t=1 s: the loop does not jump, so a timer 10 us
  // ahead (well inside the window) waits for the next jump.
  EventLoop loop;
  Log log;
  Probe at{&loop, &log, "due"}, ahead{&loop, &log, "ahead"};
  loop.call_at(seconds(1), &Probe::fire, &at);
  loop.call_at(seconds(1) + 10 * kMicro, &Probe::fire, &ahead);
  loop.call_soon([&] { loop.charge(seconds(1)); });  // the clock reaches t=1 s by CPU time
  loop.run();
  CHECK(log == Log{"due@2 t=" + std::to_string(seconds(1)),
                   "ahead@3 t=" + std::to_string(seconds(1) + 10 * kMicro)});
}

TEST_CASE("a zero window turns the near-tie rule off", "[loop][timer]") {
  LoopOptions opts;
  opts.near_timer_window = 0;
  EventLoop loop(opts);
  Log log;
  Probe a{&loop, &log, "a"}, b{&loop, &log, "b"};
  loop.call_at(seconds(1), &Probe::fire, &a);
  loop.call_at(seconds(1) + 1, &Probe::fire, &b);
  loop.run();
  CHECK(log == Log{"a@1 t=" + std::to_string(seconds(1)), "b@2 t=" + std::to_string(seconds(1) + 1)});
}

TEST_CASE("the steady clock moves only timers that are really due", "[loop][timer][clock]") {
  // CPython's rule with a real clock: a timer 150 ms after another is not due
  // when the loop wakes for the first (it wakes far less than that late, even
  // on a loaded machine).
  LoopOptions opts;
  opts.clock = ls::loop::ClockKind::Steady;
  EventLoop loop(opts);
  Log log;
  std::vector<std::uint64_t> iterations;
  struct Rec {
    EventLoop* loop;
    std::vector<std::uint64_t>* its;
    static void fire(void* self) {
      auto* r = static_cast<Rec*>(self);
      r->its->push_back(r->loop->iteration());
    }
  } rec{&loop, &iterations};
  loop.call_later(5'000 * kMicro, &Rec::fire, &rec);
  loop.call_later(155'000 * kMicro, &Rec::fire, &rec);
  loop.run();
  REQUIRE(iterations.size() == 2);
  CHECK(iterations[0] < iterations[1]);
}
