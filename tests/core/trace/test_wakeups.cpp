// Wake-ups folded from real runs of small programs. The expected wakers are worked
// out by hand from each program: who sleeps how long, who holds the lock, which
// gather child ends last. Task-1 is asyncio.run's main task; the others are
// numbered in creation order.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "python/run.h"
#include "trace/timeline.h"
#include "builder.h"

using ls::trace::from_seconds;
using ls::trace::Timeline;
using ls::trace::WaitKind;
using ls::trace::WakeCause;
using ls::trace::Wakeup;

namespace {

struct Run {
  ls::py::RunResult result;
  std::string out;
};

Run run(const std::string& program) {
  std::ostringstream out, err;
  Run r{ls::py::run_source("wake.py", program, ls::py::RunOptions{}, out, err), {}};
  INFO(err.str());
  REQUIRE(r.result.exit_code == 0);
  REQUIRE(r.result.loop);
  r.out = out.str();
  return r;
}

// One line per wake-up, "1.000 Task-3 <- Task-2 release", so a failure shows the
// whole list at once.
std::string listing(const Timeline& t) {
  std::string s;
  for (const Wakeup& w : t.wakeups()) {
    char time[32];
    std::snprintf(time, sizeof time, "%.3f", ls::trace::to_seconds(w.time));
    s += std::string(time) + " " + t.lane_of(w.task)->name + " <- " +
         (w.waker ? "Task-" + std::to_string(w.waker) : std::string("none")) + " " +
         std::string(ls::trace::to_string(w.cause)) + "\n";
  }
  return s;
}

Timeline fold(const std::string& program) {
  const Run r = run(program);
  return Timeline::fold(r.result.loop->trace());
}

}  // namespace

TEST_CASE("a task awaiting another is woken by that task finishing", "[wakeups]") {
  const Timeline t = fold(
      "import asyncio\n"
      "async def child():\n"
      "    await asyncio.sleep(1)\n"
      "    return 5\n"
      "async def main():\n"
      "    t = asyncio.create_task(child())\n"
      "    print(await t)\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "1.000 Task-2 <- none timer\n"
        "1.000 Task-1 <- Task-2 task finished\n");
  const Wakeup& w = t.wakeups().at(1);
  CHECK(w.wait == WaitKind::Task);
  // The arrow starts at the child's Done mark.
  CHECK(w.from_time == t.lane_of(2)->finished);
}

TEST_CASE("a sleeping task is woken by its own timer, and sleep(0) is no wake-up", "[wakeups]") {
  const Run r = run(
      "import asyncio\n"
      "async def main():\n"
      "    await asyncio.sleep(0)\n"
      "    await asyncio.sleep(0.5)\n"
      "    await asyncio.sleep(0)\n"
      "    await asyncio.sleep(0.25)\n"
      "asyncio.run(main())\n");
  const Timeline t = Timeline::fold(r.result.loop->trace());
  CHECK(listing(t) ==
        "0.500 Task-1 <- none timer\n"
        "0.750 Task-1 <- none timer\n");
  // Each names the timer the task was sleeping on, as its Awaiting event did.
  const auto& lane = *t.lane_of(1);
  std::vector<std::uint32_t> awaited;
  for (const auto& s : lane.states)
    if (s.wait == WaitKind::Timer) awaited.push_back(s.target);
  REQUIRE(awaited.size() == 2);
  CHECK(t.wakeups()[0].timer == awaited[0]);
  CHECK(t.wakeups()[1].timer == awaited[1]);
  CHECK(lane.woken == std::vector<std::uint32_t>{0, 1});
  CHECK(lane.woke.empty());
}

TEST_CASE("a task waiting on a lock is woken by the task that releases it", "[wakeups]") {
  // Task-2 takes the lock and sleeps 1 s; Task-3 queues on the lock. At 1 s Task-2
  // releases it (waking Task-3) and ends; Task-3 sleeps to 2 s and ends last, so
  // gather's waiter, Task-1, is traced to Task-3.
  const Timeline t = fold(
      "import asyncio\n"
      "async def worker(lock):\n"
      "    async with lock:\n"
      "        await asyncio.sleep(1)\n"
      "async def main():\n"
      "    lock = asyncio.Lock()\n"
      "    await asyncio.gather(worker(lock), worker(lock))\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "1.000 Task-2 <- none timer\n"
        "1.000 Task-3 <- Task-2 release\n"
        "2.000 Task-3 <- none timer\n"
        "2.000 Task-1 <- Task-3 gather\n");
  CHECK(t.wakeups()[1].wait == WaitKind::Lock);
  CHECK(t.lane_of(2)->woke == std::vector<std::uint32_t>{1});
  CHECK(t.lane_of(3)->woke == std::vector<std::uint32_t>{3});
}

TEST_CASE("gather's waiter is woken by the child that finished last, not the last argument",
          "[wakeups]") {
  const Timeline t = fold(
      "import asyncio\n"
      "async def work(d):\n"
      "    await asyncio.sleep(d)\n"
      "    return d\n"
      "async def main():\n"
      "    print(await asyncio.gather(work(3), work(1), work(2)))\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "1.000 Task-3 <- none timer\n"
        "2.000 Task-4 <- none timer\n"
        "3.000 Task-2 <- none timer\n"
        "3.000 Task-1 <- Task-2 gather\n");
  const Wakeup& w = t.wakeups().back();
  CHECK(w.wait == WaitKind::Gather);
  CHECK(w.from_time == t.lane_of(2)->finished);
}

TEST_CASE("an event's waiters are woken by the task that sets it", "[wakeups]") {
  const Timeline t = fold(
      "import asyncio\n"
      "async def waiter(ev):\n"
      "    await ev.wait()\n"
      "async def setter(ev):\n"
      "    await asyncio.sleep(2)\n"
      "    ev.set()\n"
      "async def main():\n"
      "    ev = asyncio.Event()\n"
      "    await asyncio.gather(waiter(ev), waiter(ev), setter(ev))\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "2.000 Task-4 <- none timer\n"
        "2.000 Task-2 <- Task-4 release\n"
        "2.000 Task-3 <- Task-4 release\n"
        "2.000 Task-1 <- Task-3 gather\n");
  CHECK(t.wakeups()[1].wait == WaitKind::Event);
}

TEST_CASE("a cancelled sleeper is woken by the task that cancelled it", "[wakeups]") {
  // main sleeps 1 s, cancels Task-2 (asleep for 10 s), then awaits its end.
  const Timeline t = fold(
      "import asyncio\n"
      "async def sleeper():\n"
      "    await asyncio.sleep(10)\n"
      "async def main():\n"
      "    t = asyncio.create_task(sleeper())\n"
      "    await asyncio.sleep(1)\n"
      "    t.cancel()\n"
      "    try:\n"
      "        await t\n"
      "    except asyncio.CancelledError:\n"
      "        print('cancelled')\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "1.000 Task-1 <- none timer\n"
        "1.000 Task-2 <- Task-1 cancel\n"
        "1.000 Task-1 <- Task-2 task finished\n");
}

TEST_CASE("folding a growing trace gives the same wake-ups as one full fold", "[wakeups]") {
  const Run r = run(
      "import asyncio\n"
      "async def work(lock, d):\n"
      "    async with lock:\n"
      "        await asyncio.sleep(d)\n"
      "async def main():\n"
      "    lock = asyncio.Lock()\n"
      "    await asyncio.gather(work(lock, 1), work(lock, 2), work(lock, 0.5))\n"
      "asyncio.run(main())\n");
  const ls::trace::Trace& full = r.result.loop->trace();
  const Timeline whole = Timeline::fold(full);
  REQUIRE(whole.wakeups().size() >= 6);

  ls::trace::testing::Builder b;
  Timeline grown;
  // One event at a time, as a live run grows under the UI.
  for (std::size_t i = 0; i < full.size(); ++i) {
    b.trace.append(full[i]);
    grown.update(b.trace);
  }
  CHECK(listing(grown) == listing(whole));
  for (std::size_t i = 0; i < whole.lanes().size(); ++i) {
    CHECK(grown.lanes()[i].woken == whole.lanes()[i].woken);
    CHECK(grown.lanes()[i].woke == whole.lanes()[i].woke);
  }
}

TEST_CASE("a plain callback acts for whoever queued it, in ready-queue order", "[wakeups]") {
  // Hand-built: two callbacks queued, one by a finishing task and one by a timer;
  // the waiter woken from the first callback is traced to the task.
  using namespace ls::trace;
  using ls::trace::testing::sec;
  ls::trace::testing::Builder b;
  b.at(0).create(1, "Task-1");
  b.create(2, "Task-2");
  b.queue(1);
  b.run(1);
  b.await(1, WaitKind::Gather, "gather");
  b.queue(2);
  b.run(2);
  b.await(2, WaitKind::Timer, "sleep", 7);
  b.at(sec(1)).event(EventKind::TimerFired, 2, "sleep", 0, 7);
  b.queue_callback("sleep");
  b.run_callback("sleep");
  b.queue(2);  // woken by timer 7
  b.run(2);
  b.done(2);
  b.queue_callback("gather: child done");  // queued as Task-2 finished
  b.at(sec(2)).event(EventKind::TimerFired, 0, "other", 0, 9);
  b.queue_callback("other");
  b.run_callback();  // the gather callback: acts for Task-2
  b.queue(1);
  b.run_callback();  // the timer's: wakes nobody
  const Timeline t = Timeline::fold(b.trace);
  REQUIRE(t.wakeups().size() == 2);
  CHECK(t.wakeups()[0].cause == WakeCause::Timer);
  CHECK(t.wakeups()[0].timer == 7);
  CHECK(t.wakeups()[1].cause == WakeCause::Gather);
  CHECK(t.wakeups()[1].waker == 2);
  CHECK(t.wakeups()[1].from_time == sec(1));
  CHECK(t.wakeups()[1].time == sec(2));
}

TEST_CASE("wake-ups say who woke the task in words", "[wakeups]") {
  Wakeup w;
  w.cause = WakeCause::TaskDone;
  w.waker = 3;
  CHECK(ls::trace::describe(w, "Task-3") == "woken by Task-3 finishing");
  w.cause = WakeCause::Release;
  w.wait = WaitKind::Lock;
  CHECK(ls::trace::describe(w, "Task-3") == "woken by Task-3 releasing the lock");
  w.cause = WakeCause::Timer;
  w.waker = 0;
  CHECK(ls::trace::describe(w, "") == "woken by its timer");
}

TEST_CASE("a main thread waiting in asyncio.run is woken by the main task's end", "[wakeups]") {
  // The module level blocks 1 s (so it has a lane), runs main() for 2 s, blocks again.
  const Timeline t = fold(
      "import asyncio, time\n"
      "time.sleep(1)\n"
      "async def main():\n"
      "    await asyncio.sleep(2)\n"
      "asyncio.run(main())\n"
      "time.sleep(0.5)\n");
  CHECK(listing(t) ==
        "3.000 Task-1 <- none timer\n"
        "3.000 main <- Task-1 task finished\n");
  CHECK(t.wakeups().back().from_time == t.lane_of(1)->finished);
  CHECK(t.lane_of(0)->woken == std::vector<std::uint32_t>{1});
}

TEST_CASE("as_completed's reader is woken by each task finishing, a queue's by the put", "[wakeups]") {
  // Task-2 sleeps 2 s and Task-3 1 s: as_completed hands them over in that order
  // through its own queue. Then Task-4 puts on a queue Task-1 waits on, at 3 s,
  // and ends in the same step, so Task-1's `await p` finds it done: no wait.
  const Timeline t = fold(
      "import asyncio\n"
      "async def work(d):\n"
      "    await asyncio.sleep(d)\n"
      "async def prod(q):\n"
      "    await asyncio.sleep(1)\n"
      "    await q.put(5)\n"
      "    print('put')\n"
      "async def main():\n"
      "    for c in asyncio.as_completed([work(2), work(1)]):\n"
      "        await c\n"
      "    q = asyncio.Queue()\n"
      "    p = asyncio.create_task(prod(q))\n"
      "    print(await q.get())\n"
      "    await p\n"
      "asyncio.run(main())\n");
  CHECK(listing(t) ==
        "1.000 Task-3 <- none timer\n"
        "1.000 Task-1 <- Task-3 task finished\n"
        "2.000 Task-2 <- none timer\n"
        "2.000 Task-1 <- Task-2 task finished\n"
        "3.000 Task-4 <- none timer\n"
        "3.000 Task-1 <- Task-4 release\n");
  CHECK(t.wakeups()[5].wait == WaitKind::Queue);
}

TEST_CASE("any stream of events folds into time-ordered wake-ups that index their lanes", "[wakeups]") {
  // Malformed orders included (a callback run with none queued, a Queued for a
  // task never seen, a finished task queued again): the fold must stay consistent.
  using namespace ls::trace;
  ls::trace::testing::Builder b;
  std::uint64_t x = 88172645463325252ull;  // xorshift: reproducible, no <random> state
  auto next = [&](std::uint64_t n) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x % n;
  };
  const EventKind kinds[] = {EventKind::Queued,   EventKind::Running,    EventKind::CallbackRun,
                             EventKind::Awaiting, EventKind::TimerFired, EventKind::Done,
                             EventKind::Failed,   EventKind::ThreadEnd,  EventKind::LoopIteration,
                             EventKind::BlockEnd, EventKind::TaskCreated};
  Nanos now = 0;
  for (int i = 0; i < 20000; ++i) {
    now += static_cast<Nanos>(next(3)) * 1000;
    const EventKind k = kinds[next(std::size(kinds))];
    const auto task = static_cast<TaskId>(next(12));
    const auto wait = static_cast<WaitKind>(next(11));
    b.at(now).event(k, task, {}, 0, static_cast<std::uint32_t>(next(12)), wait);
  }
  const Timeline t = Timeline::fold(b.trace);
  const auto& all = t.wakeups();
  REQUIRE_FALSE(all.empty());
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].time <= all[i].time);
  std::size_t indexed = 0;
  for (const Lane& lane : t.lanes()) {
    for (const std::uint32_t w : lane.woken) CHECK(all.at(w).task == lane.task);
    for (const std::uint32_t w : lane.woke) CHECK(all.at(w).waker == lane.task);
    indexed += lane.woken.size();
  }
  CHECK(indexed == all.size());
  for (const Wakeup& w : all) CHECK(w.waker != w.task);
}
