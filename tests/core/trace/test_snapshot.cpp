#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "builder.h"
#include "trace/snapshot.h"

using namespace ls::trace;
using namespace ls::trace::testing;

namespace {

std::vector<TaskId> ready_tasks(const LoopSnapshot& s) {
  std::vector<TaskId> out;
  for (const ReadyEntry& r : s.ready) out.push_back(r.task);
  return out;
}

std::vector<std::uint32_t> timer_ids(const LoopSnapshot& s) {
  std::vector<std::uint32_t> out;
  for (const TimerEntry& t : s.timers) out.push_back(t.id);
  return out;
}

}  // namespace

TEST_CASE("the ready queue mirrors the loop's FIFO, tasks and callbacks alike", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.create(3, "worker");
  b.queue(1);
  b.queue_callback("sleep timer → Task-2");
  const std::size_t third = b.queue(2);
  const std::size_t ran_task = b.run(1);
  const std::size_t ran_callback = b.run_callback("sleep timer → Task-2");
  b.queue(3);

  const LoopSnapshot full = snapshot_at_event(b.trace, third + 1);
  REQUIRE(full.ready.size() == 3);
  CHECK(full.ready[0].task == 1);
  CHECK(full.ready[0].label == "Task-1");
  CHECK(full.ready[1].task == 0);
  CHECK(full.ready[1].label == "sleep timer → Task-2");
  CHECK(full.ready[2].task == 2);
  CHECK(full.ready[2].label == "Task-2");

  const LoopSnapshot after_task = snapshot_at_event(b.trace, ran_task + 1);
  CHECK(ready_tasks(after_task) == std::vector<TaskId>{0, 2});
  CHECK(after_task.running == 1);

  const LoopSnapshot after_callback = snapshot_at_event(b.trace, ran_callback + 1);
  CHECK(ready_tasks(after_callback) == std::vector<TaskId>{2});
  CHECK(after_callback.running == 0);

  const LoopSnapshot end = snapshot_at_event(b.trace, b.trace.size());
  CHECK(ready_tasks(end) == std::vector<TaskId>{2, 3});
  CHECK(end.ready[1].label == "worker");  // the task's name, not its id
}

TEST_CASE("running always pops the front, even when the recorded task differs", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.queue(1);
  b.queue(2);
  b.run(2);
  const LoopSnapshot s = snapshot_at_event(b.trace, b.trace.size());
  CHECK(ready_tasks(s) == std::vector<TaskId>{2});
  CHECK(s.running == 2);
}

TEST_CASE("timers are listed by deadline then id and leave when fired or cancelled", "[snapshot]") {
  Builder b;
  b.timer(3, 1, sec(2), "sleep(2) → Task-1");
  b.timer(1, 2, sec(3), "sleep(3) → Task-2");
  const std::size_t last_added = b.timer(2, 2, sec(2), "timeout");
  const std::size_t fired = b.at(sec(2)).fired(2);
  b.timer_cancelled(1);

  const LoopSnapshot all = snapshot_at_event(b.trace, last_added + 1);
  CHECK(timer_ids(all) == std::vector<std::uint32_t>{2, 3, 1});
  CHECK(all.timers[0].deadline == sec(2));
  CHECK(all.timers[0].owner == 2);
  CHECK(all.timers[0].label == "timeout");
  CHECK(all.timers[2].deadline == sec(3));
  CHECK(all.timers[2].label == "sleep(3) → Task-2");

  CHECK(timer_ids(snapshot_at_event(b.trace, fired + 1)) == std::vector<std::uint32_t>{3, 1});
  CHECK(timer_ids(snapshot_at_event(b.trace, b.trace.size())) == std::vector<std::uint32_t>{3});
}

TEST_CASE("the running task is set when it runs and cleared when it awaits or ends", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.queue(1);
  b.queue(2);
  const std::size_t run1 = b.run(1);
  const std::size_t await1 = b.await(1, WaitKind::Task, "Task-2", 2);
  const std::size_t run2 = b.run(2);
  const std::size_t done2 = b.done(2);

  CHECK(snapshot_at_event(b.trace, run1).running == 0);
  CHECK(snapshot_at_event(b.trace, run1 + 1).running == 1);
  CHECK(snapshot_at_event(b.trace, await1 + 1).running == 0);
  CHECK(snapshot_at_event(b.trace, run2 + 1).running == 2);
  const LoopSnapshot end = snapshot_at_event(b.trace, done2 + 1);
  CHECK(end.running == 0);
  CHECK(end.finished == std::vector<TaskId>{2});
}

TEST_CASE("a blocking call shows what blocks the loop and until when", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.at(ms(500)).block(1, "time.sleep", sec(1));
  b.at(ms(1500)).block_end(1);

  const LoopSnapshot during = snapshot_at_time(b.trace, sec(1));
  CHECK(during.blocking);
  CHECK(during.blocking_what == "time.sleep");
  CHECK(during.blocking_until == ms(1500));
  CHECK(during.running == 1);

  const LoopSnapshot after = snapshot_at_time(b.trace, ms(1500));
  CHECK_FALSE(after.blocking);
  CHECK(after.blocking_what.empty());
  CHECK(after.running == 1);
}

TEST_CASE("a task that ends while blocking no longer blocks the loop", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.block(1, "requests.get", sec(2));
  b.at(ms(10)).fail(1, "ConnectionError: refused");
  const LoopSnapshot s = snapshot_at_event(b.trace, b.trace.size());
  CHECK_FALSE(s.blocking);
  CHECK(s.running == 0);
  CHECK(s.finished == std::vector<TaskId>{1});
}

TEST_CASE("waits list every suspended task by id until it is queued again", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.queue(2);
  b.queue(1);
  b.at(ms(1)).run(2);
  b.await(2, WaitKind::Timer, "sleep(1)", 7, ms(1001));
  b.at(ms(2)).run(1);
  const std::size_t both = b.await(1, WaitKind::Task, "Task-2", 2);
  b.at(ms(1001)).queue(2);

  const LoopSnapshot s = snapshot_at_event(b.trace, both + 1);
  REQUIRE(s.waits.size() == 2);
  CHECK(s.waits[0].task == 1);
  CHECK(s.waits[0].wait == WaitKind::Task);
  CHECK(s.waits[0].target == 2);
  CHECK(s.waits[0].what == "Task-2");
  CHECK(s.waits[0].since == ms(2));
  CHECK(s.waits[1].task == 2);
  CHECK(s.waits[1].wait == WaitKind::Timer);
  CHECK(s.waits[1].target == 7);
  CHECK(s.waits[1].what == "sleep(1)");
  CHECK(s.waits[1].since == ms(1));

  const LoopSnapshot later = snapshot_at_event(b.trace, b.trace.size());
  REQUIRE(later.waits.size() == 1);
  CHECK(later.waits[0].task == 1);
}

TEST_CASE("snapshot_at_time folds every event at or before the time", "[snapshot]") {
  Builder b;
  b.at(0).iteration(1, 0);       // 0
  b.at(0).iteration(2, 0);       // 1
  b.at(0).iteration(3, 0);       // 2
  b.at(sec(1)).iteration(4, 0);  // 3
  b.at(sec(1)).iteration(5, 0);  // 4
  b.at(sec(2)).iteration(6, 0);  // 5

  struct Case { Nanos t; std::size_t events; Nanos time; std::uint64_t iteration; };
  const Case cases[] = {{-1, 0, 0, 0},          {0, 3, 0, 3},
                        {ms(500), 3, 0, 3},     {sec(1), 5, sec(1), 5},
                        {ms(1999), 5, sec(1), 5}, {sec(2), 6, sec(2), 6},
                        {sec(10), 6, sec(2), 6}};
  for (const Case& c : cases) {
    INFO("t = " << c.t);
    const LoopSnapshot s = snapshot_at_time(b.trace, c.t);
    CHECK(s.events == c.events);
    CHECK(s.time == c.time);
    CHECK(s.iteration == c.iteration);
  }
}

TEST_CASE("snapshot_at_event clamps past the end and reports where it stopped", "[snapshot]") {
  Builder b;
  b.at(ms(7)).create(1, "Task-1");
  b.at(ms(9)).queue(1);
  const LoopSnapshot s = snapshot_at_event(b.trace, 1000);
  CHECK(s.events == 2);
  CHECK(s.time == ms(9));
  CHECK(ready_tasks(s) == std::vector<TaskId>{1});

  const LoopSnapshot empty = snapshot_at_event(b.trace, 0);
  CHECK(empty.events == 0);
  CHECK(empty.time == 0);
  CHECK(empty.ready.empty());
}

TEST_CASE("iterations, finished tasks and printed output accumulate in order", "[snapshot]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.iteration(1, 2);
  b.print(1, "hello\n");
  b.fail(2, "ValueError: boom");
  b.iteration(2, 1);
  b.print(1, "world\n");
  b.cancel(1);
  const LoopSnapshot s = snapshot_at_event(b.trace, b.trace.size());
  CHECK(s.iteration == 2);
  CHECK(s.finished == std::vector<TaskId>{2, 1});
  CHECK(s.prints == 2);
}

// ---- SnapshotFolder: the playhead's incremental fold ---------------------------------

namespace {

bool same(const LoopSnapshot& a, const LoopSnapshot& b) {
  auto same_ready = [](const ReadyEntry& x, const ReadyEntry& y) { return x.task == y.task && x.label == y.label; };
  auto same_timer = [](const TimerEntry& x, const TimerEntry& y) {
    return x.id == y.id && x.deadline == y.deadline && x.owner == y.owner && x.label == y.label &&
           x.wait == y.wait;
  };
  auto same_wait = [](const WaitEntry& x, const WaitEntry& y) {
    return x.task == y.task && x.wait == y.wait && x.target == y.target && x.what == y.what && x.since == y.since;
  };
  return a.events == b.events && a.time == b.time && a.iteration == b.iteration && a.running == b.running && a.main_running == b.main_running &&
         a.blocking == b.blocking && a.blocking_what == b.blocking_what &&
         a.blocking_until == b.blocking_until &&
         std::equal(a.ready.begin(), a.ready.end(), b.ready.begin(), b.ready.end(), same_ready) &&
         std::equal(a.timers.begin(), a.timers.end(), b.timers.begin(), b.timers.end(), same_timer) &&
         std::equal(a.waits.begin(), a.waits.end(), b.waits.begin(), b.waits.end(), same_wait) &&
         a.finished == b.finished && a.prints == b.prints;
}

// A stream of every kind of event over a few dozen tasks, in random order: the
// folder must agree with the plain fold whatever the events say, sensible or not.
void random_events(Builder& b, std::mt19937& rng, std::size_t count) {
  const char* labels[] = {"", "sleep timer", "asyncio.sleep(1)", "time.sleep(2)", "download(3)", "worker"};
  auto pick = [&](std::uint32_t n) { return static_cast<std::uint32_t>(rng() % n); };
  auto label = [&] { return labels[pick(6)]; };
  for (std::size_t i = 0; i < count; ++i) {
    b.at(b.now() + pick(3) * ms(1));
    const TaskId task = pick(40);
    switch (pick(16)) {
      case 0: b.create(task, pick(4) == 0 ? "" : "Task-" + std::to_string(task)); break;
      case 1: b.queue(task); break;
      case 2: b.queue_callback(label()); break;
      case 3: b.run(task); break;
      case 4: b.run_callback(label()); break;
      case 5: b.await(task, static_cast<WaitKind>(pick(11)), label(), pick(60), b.now() + ms(pick(500))); break;
      case 6: b.block(task, label(), ms(pick(100))); break;
      case 7: b.block_end(task); break;
      case 8: pick(3) == 0 ? b.fail(task, "ValueError: x") : pick(2) ? b.done(task) : b.cancel(task); break;
      case 9: b.print(task, "line\n"); break;
      case 10: b.iteration(static_cast<std::int64_t>(i), pick(5)); break;
      case 11:
      case 12:
        b.event(EventKind::TimerScheduled, task, label(), b.now() + ms(pick(1000)), pick(300),
                pick(2) ? WaitKind::Io : WaitKind::None);
        break;
      case 13: b.fired(pick(300)); break;
      case 14: b.timer_cancelled(pick(300)); break;
      default: b.event(EventKind::Line, task); break;
    }
  }
}

}  // namespace

TEST_CASE("the snapshot folder agrees with a fold from the start at many random points", "[snapshot][folder]") {
  std::mt19937 rng(20261206);
  Builder b;
  random_events(b, rng, 30000);
  SnapshotFolder folder;
  // Forwards a little, backwards a lot, past the end, to the start: as a playhead moves.
  std::size_t at = 0;
  for (int i = 0; i < 300; ++i) {
    switch (rng() % 4) {
      case 0: at += rng() % 50; break;                  // playing
      case 1: at = rng() % (b.trace.size() + 10); break;  // scrubbing, sometimes past the end
      case 2: at -= std::min<std::size_t>(at, rng() % 5000); break;  // stepping back
      default: at += rng() % 9000; break;
    }
    INFO("event " << at);
    const LoopSnapshot expected = snapshot_at_event(b.trace, at);
    const LoopSnapshot got = folder.at_event(b.trace, at);
    REQUIRE(same(got, expected));
  }
  CHECK(folder.checkpoints() > 2);
}

TEST_CASE("the snapshot folder folds on from its last answer when the playhead moves forwards", "[snapshot][folder]") {
  std::mt19937 rng(7);
  Builder b;
  random_events(b, rng, 20000);
  SnapshotFolder folder;
  folder.at_event(b.trace, 10000);
  CHECK(folder.events_applied() == 10000);
  folder.at_event(b.trace, 10040);
  CHECK(folder.events_applied() == 10040);  // only the 40 new events
  folder.at_event(b.trace, 10040);
  CHECK(folder.events_applied() == 10040);
}

TEST_CASE("going back starts from a checkpoint near the target, not from the first event", "[snapshot][folder]") {
  std::mt19937 rng(11);
  Builder b;
  random_events(b, rng, 40000);
  SnapshotFolder folder;
  folder.at_event(b.trace, b.trace.size());
  const std::size_t before = folder.events_applied();
  const LoopSnapshot back = folder.at_event(b.trace, 35000);
  CHECK(same(back, snapshot_at_event(b.trace, 35000)));
  // A fold from the start would apply 35,000 events.
  CHECK(folder.events_applied() - before < 10000);
}

TEST_CASE("the snapshot folder follows a growing trace and starts over on another one", "[snapshot][folder]") {
  std::mt19937 rng(3);
  Builder b;
  random_events(b, rng, 5000);
  SnapshotFolder folder;
  folder.at_event(b.trace, b.trace.size());
  random_events(b, rng, 5000);  // the run went on
  CHECK(same(folder.at_event(b.trace, b.trace.size()), snapshot_at_event(b.trace, b.trace.size())));
  CHECK(same(folder.at_event(b.trace, 4000), snapshot_at_event(b.trace, 4000)));

  Builder other;
  random_events(other, rng, 3000);
  CHECK(same(folder.at_event(other.trace, 2500), snapshot_at_event(other.trace, 2500)));
  CHECK(folder.events_applied() == 2500);  // cleared, then folded from the start of the new trace
}

TEST_CASE("the main thread's own code runs from its first line until it waits in asyncio.run or ends", "[snapshot]") {
  Builder b;
  const LocId line3 = b.trace.location("main.py", 3);
  const std::size_t first = b.event(EventKind::Line, kLoopTask, {}, 0, 0, WaitKind::None, line3);
  const std::size_t blocks = b.block(kLoopTask, "time.sleep", sec(1));
  const std::size_t back = b.at(sec(1)).block_end(kLoopTask);
  const std::size_t waits = b.await(kLoopTask, WaitKind::Task, "asyncio.run()", 1);
  b.create(1, "Task-1");
  const std::size_t task = b.run(1);
  b.done(1);
  const std::size_t returns = b.run(kLoopTask);
  const std::size_t gone = b.event(EventKind::Line, kLoopTask);  // no location: stands nowhere

  CHECK_FALSE(snapshot_at_event(b.trace, first).main_running);
  CHECK(snapshot_at_event(b.trace, first + 1).main_running);
  const LoopSnapshot blocked = snapshot_at_event(b.trace, blocks + 1);
  CHECK(blocked.main_running);
  CHECK(blocked.blocking);
  CHECK(snapshot_at_event(b.trace, back + 1).main_running);
  CHECK_FALSE(snapshot_at_event(b.trace, waits + 1).main_running);
  CHECK_FALSE(snapshot_at_event(b.trace, task + 1).main_running);
  CHECK(snapshot_at_event(b.trace, task + 1).running == 1);
  CHECK(snapshot_at_event(b.trace, returns + 1).main_running);
  CHECK_FALSE(snapshot_at_event(b.trace, gone + 1).main_running);
}
