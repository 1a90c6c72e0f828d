#include <catch2/catch.hpp>

#include "builder.h"
#include "trace/timeline.h"

using namespace ls::trace;
using namespace ls::trace::testing;

namespace {

// Task-1 starts Task-2 and awaits it; Task-2 blocks the loop in time.sleep(1),
// then sleeps asynchronously on timer 7 until 3 s, and both finish at 3 s.
// Event numbers are written beside each call: the tests below refer to them.
void hello(Builder& b) {
  b.at(0);
  b.create(1, "Task-1");                            // 0
  b.queue(1);                                       // 1
  b.run(1);                                         // 2
  b.create(2, "Task-2", 1);                         // 3
  b.queue(2);                                       // 4
  b.await(1, WaitKind::Task, "Task-2", 2);          // 5
  b.run(2);                                         // 6
  b.block(2, "time.sleep", sec(1));                 // 7
  b.at(sec(1));
  b.block_end(2);                                   // 8
  b.await(2, WaitKind::Timer, "sleep(2)", 7, sec(3));  // 9
  b.at(sec(3));
  b.queue(2);                                       // 10
  b.run(2);                                         // 11
  b.done(2);                                        // 12
  b.queue(1);                                       // 13
  b.run(1);                                         // 14
  b.done(1);                                        // 15
}

// A task whose frames nest three deep: main > fetch > parse, then main > report.
void nested_calls(Builder& b) {
  b.at(0);
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.enter(1, "main");
  b.at(ms(1)).enter(1, "fetch");
  b.at(ms(2)).enter(1, "parse");
  b.at(ms(3)).exit(1);
  b.at(ms(4)).exit(1);
  b.at(ms(5)).enter(1, "report");
  b.at(ms(6)).exit(1);
  b.at(ms(7)).exit(1);
  b.done(1);
}

struct Expected {
  SpanState state;
  Nanos start;
  Nanos end;
};

void check_states(const Lane& lane, const std::vector<Expected>& want) {
  REQUIRE(lane.states.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("span " << i);
    CHECK(lane.states[i].state == want[i].state);
    CHECK(lane.states[i].start == want[i].start);
    CHECK(lane.states[i].end == want[i].end);
  }
}

bool same_lanes(const Timeline& a, const Timeline& b) {
  if (a.lanes().size() != b.lanes().size()) return false;
  for (std::size_t i = 0; i < a.lanes().size(); ++i) {
    const Lane& x = a.lanes()[i];
    const Lane& y = b.lanes()[i];
    if (x.task != y.task || x.name != y.name || x.label != y.label || x.parent != y.parent ||
        x.created != y.created || x.finished != y.finished || x.outcome != y.outcome ||
        x.outcome_text != y.outcome_text || x.loc != y.loc || x.max_depth != y.max_depth ||
        x.states.size() != y.states.size() || x.calls.size() != y.calls.size())
      return false;
    for (std::size_t j = 0; j < x.states.size(); ++j) {
      const StateSpan& s = x.states[j];
      const StateSpan& t = y.states[j];
      if (s.start != t.start || s.end != t.end || s.state != t.state || s.wait != t.wait ||
          s.text != t.text || s.loc != t.loc || s.target != t.target ||
          s.first_event != t.first_event)
        return false;
    }
    for (std::size_t j = 0; j < x.calls.size(); ++j) {
      const CallSpan& c = x.calls[j];
      const CallSpan& d = y.calls[j];
      if (c.start != d.start || c.end != d.end || c.depth != d.depth || c.name != d.name ||
          c.loc != d.loc)
        return false;
    }
  }
  return a.end_time() == b.end_time() && a.events_folded() == b.events_folded();
}

}  // namespace

TEST_CASE("a task's spans never overlap and are sorted by start", "[timeline]") {
  Builder b;
  hello(b);
  const Timeline timeline = Timeline::fold(b.trace);
  REQUIRE(timeline.lanes().size() == 2);
  CHECK(timeline.lanes()[0].states.size() == 5);
  CHECK(timeline.lanes()[1].states.size() == 7);
  for (const Lane& lane : timeline.lanes()) {
    for (std::size_t i = 0; i < lane.states.size(); ++i) {
      INFO(lane.name << " span " << i);
      CHECK(lane.states[i].start <= lane.states[i].end);
      if (i + 1 < lane.states.size()) CHECK(lane.states[i].end <= lane.states[i + 1].start);
    }
  }
}

TEST_CASE("a lane follows its task through ready, running, blocking and waiting", "[timeline]") {
  Builder b;
  hello(b);
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane* worker = timeline.lane_of(2);
  REQUIRE(worker != nullptr);
  // Zero-length ready and running spans stay: in virtual time they are the only
  // record of the order in which the loop ran things.
  check_states(*worker, {{SpanState::Ready, 0, 0},
                         {SpanState::Running, 0, 0},
                         {SpanState::Blocking, 0, sec(1)},
                         {SpanState::Running, sec(1), sec(1)},
                         {SpanState::Waiting, sec(1), sec(3)},
                         {SpanState::Ready, sec(3), sec(3)},
                         {SpanState::Running, sec(3), sec(3)}});
  const StateSpan& blocking = worker->states[2];
  CHECK(b.trace.text_of(blocking.text) == "time.sleep");
  CHECK(blocking.first_event == 7);
  const StateSpan& waiting = worker->states[4];
  CHECK(waiting.wait == WaitKind::Timer);
  CHECK(waiting.target == 7);
  CHECK(b.trace.text_of(waiting.text) == "sleep(2)");
  CHECK(waiting.first_event == 9);
  CHECK(worker->outcome == Outcome::Done);
  CHECK(worker->finished == sec(3));
  CHECK(worker->parent == 1);

  const Lane* main_task = timeline.lane_of(1);
  REQUIRE(main_task != nullptr);
  CHECK(main_task->states[2].state == SpanState::Waiting);
  CHECK(main_task->states[2].wait == WaitKind::Task);
  CHECK(main_task->states[2].target == 2);
  CHECK(main_task->states[2].end == sec(3));
}

TEST_CASE("a created task has no state until it is queued", "[timeline]") {
  Builder b;
  b.at(0).create(1, "Task-1");
  Timeline timeline;
  timeline.update(b.trace);
  REQUIRE(timeline.lanes().size() == 1);
  CHECK(timeline.lanes()[0].states.empty());
  CHECK(timeline.lanes()[0].created == 0);

  b.at(ms(5)).queue(1);
  timeline.update(b.trace);
  check_states(timeline.lanes()[0], {{SpanState::Ready, ms(5), kOpenEnd}});
  CHECK(timeline.lanes()[0].outcome == Outcome::Pending);
  CHECK(timeline.lanes()[0].finished == kOpenEnd);
}

TEST_CASE("incremental updates give the same lanes as one full fold", "[timeline]") {
  for (const std::size_t step : {std::size_t{1}, std::size_t{3}, std::size_t{7}}) {
    INFO("update every " << step << " events");
    Builder b;
    Timeline incremental;
    b.after_append = [&] {
      if (b.trace.size() % step == 0) incremental.update(b.trace);
    };
    hello(b);
    b.at(sec(3));
    b.create(3, "Task-3");
    b.queue(3);
    b.run(3);
    b.enter(3, "outer");
    b.enter(3, "inner");
    b.at(sec(4)).exit(3);
    b.fail(3, "ValueError: boom");
    incremental.update(b.trace);
    const Timeline full = Timeline::fold(b.trace);
    CHECK(full.events_folded() == b.trace.size());
    CHECK(same_lanes(incremental, full));
  }
}

TEST_CASE("call spans nest by depth and each exit closes the innermost frame", "[timeline][calls]") {
  Builder b;
  nested_calls(b);
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  REQUIRE(lane.calls.size() == 4);
  struct Call { const char* name; std::uint16_t depth; Nanos start; Nanos end; };
  const Call want[] = {{"main", 0, 0, ms(7)},
                       {"fetch", 1, ms(1), ms(4)},
                       {"parse", 2, ms(2), ms(3)},
                       {"report", 1, ms(5), ms(6)}};
  for (std::size_t i = 0; i < 4; ++i) {
    INFO("call " << i);
    CHECK(b.trace.text_of(lane.calls[i].name) == want[i].name);
    CHECK(lane.calls[i].depth == want[i].depth);
    CHECK(lane.calls[i].start == want[i].start);
    CHECK(lane.calls[i].end == want[i].end);
  }
  CHECK(lane.max_depth == 3);
}

TEST_CASE("an exit with no open frame is ignored", "[timeline][calls]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.exit(1);
  b.at(ms(1)).enter(1, "main");
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  REQUIRE(lane.calls.size() == 1);
  CHECK(lane.calls[0].depth == 0);
  CHECK(lane.calls[0].end == kOpenEnd);
  CHECK(lane.max_depth == 1);
}

TEST_CASE("a failed task closes its open frames and state and keeps the exception", "[timeline]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.enter(1, "main");
  b.at(ms(1)).enter(1, "parse");
  b.at(ms(2)).fail(1, "ValueError: boom");
  b.at(ms(3)).run(1);  // nothing a finished task does can add a span
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  CHECK(lane.outcome == Outcome::Failed);
  CHECK(lane.finished == ms(2));
  CHECK(b.trace.text_of(lane.outcome_text) == "ValueError: boom");
  check_states(lane, {{SpanState::Ready, 0, 0}, {SpanState::Running, 0, ms(2)}});
  REQUIRE(lane.calls.size() == 2);
  CHECK(lane.calls[0].end == ms(2));
  CHECK(lane.calls[1].end == ms(2));
}

TEST_CASE("a cancelled task ends its lane where it was cancelled", "[timeline]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.await(1, WaitKind::Timer, "sleep(10)", 1, sec(10));
  b.at(ms(500)).cancel(1);
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  CHECK(lane.outcome == Outcome::Cancelled);
  CHECK(lane.finished == ms(500));
  check_states(lane, {{SpanState::Ready, 0, 0},
                      {SpanState::Running, 0, 0},
                      {SpanState::Waiting, 0, ms(500)}});
}

TEST_CASE("lanes appear in creation order with their name, parent and label", "[timeline]") {
  Builder b;
  b.trace.set_task_label(5, "main()");
  b.at(0).create(5, "Task-5");
  b.at(ms(1)).create(3, "Task-3", 5);
  b.at(ms(2)).create(4, "");  // unnamed: falls back to the asyncio-style name
  const Timeline timeline = Timeline::fold(b.trace);
  REQUIRE(timeline.lanes().size() == 3);
  CHECK(timeline.lanes()[0].task == 5);
  CHECK(timeline.lanes()[0].label == "Task-5 · main()");
  CHECK(timeline.lanes()[1].task == 3);
  CHECK(timeline.lanes()[1].name == "Task-3");
  CHECK(timeline.lanes()[1].label == "Task-3");
  CHECK(timeline.lanes()[1].parent == 5);
  CHECK(timeline.lanes()[1].created == ms(1));
  CHECK(timeline.lanes()[2].name == "Task-4");
  CHECK(timeline.lane_of(3) == &timeline.lanes()[1]);
  CHECK(timeline.lane_of(4) == &timeline.lanes()[2]);
  CHECK(timeline.lane_of(1) == nullptr);
  CHECK(timeline.lane_of(999) == nullptr);
}

TEST_CASE("a label set after the task was created shows on the next update", "[timeline]") {
  Builder b;
  b.create(2, "Task-2");
  Timeline timeline;
  timeline.update(b.trace);
  CHECK(timeline.lanes().at(0).label == "Task-2");
  b.trace.set_task_label(2, "worker()");
  b.queue(2);
  timeline.update(b.trace);
  CHECK(timeline.lanes().at(0).label == "Task-2 · worker()");
}

TEST_CASE("line events and located events move the lane's location", "[timeline]") {
  Builder b;
  const LocId created_at = b.trace.location("main.py", 10);
  const LocId line_at = b.trace.location("main.py", 3);
  const LocId await_at = b.trace.location("main.py", 4);
  b.event(EventKind::TaskCreated, 1, "Task-1", 0, 0, WaitKind::None, created_at);
  Timeline timeline;
  timeline.update(b.trace);
  CHECK(timeline.lanes().at(0).loc == created_at);

  b.queue(1);
  b.run(1);
  b.event(EventKind::Line, 1, {}, 0, 0, WaitKind::None, line_at);
  b.event(EventKind::Awaiting, 1, "sleep(1)", sec(1), 1, WaitKind::Timer, await_at);
  timeline.update(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  CHECK(lane.loc == await_at);
  REQUIRE(lane.states.size() == 3);
  CHECK(lane.states[1].loc == created_at);  // Running opened before the Line event
  CHECK(lane.states[2].loc == await_at);
}

TEST_CASE("the timeline ends at the later of its last event and the trace's end", "[timeline]") {
  Builder b;
  b.at(ms(100)).create(1, "Task-1");
  b.at(sec(2)).queue(1);
  b.trace.set_end_time(sec(1));
  CHECK(Timeline::fold(b.trace).end_time() == sec(2));
  CHECK(Timeline::fold(b.trace).start_time() == ms(100));
  // A run that ends on a timer has no event at its end; the clock still got there.
  b.trace.set_end_time(sec(5));
  CHECK(Timeline::fold(b.trace).end_time() == sec(5));
}

TEST_CASE("first_state_at_or_after finds the first span ending after a time", "[timeline]") {
  Builder b;
  hello(b);
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& worker = *timeline.lane_of(2);
  // Spans: 0 ready [0,0], 1 running [0,0], 2 blocking [0,1s], 3 running [1s,1s],
  // 4 waiting [1s,3s], 5 ready [3s,3s], 6 running [3s,3s].
  CHECK(Timeline::first_state_at_or_after(worker, -1) == 0);
  CHECK(Timeline::first_state_at_or_after(worker, 0) == 2);
  CHECK(Timeline::first_state_at_or_after(worker, ms(500)) == 2);
  CHECK(Timeline::first_state_at_or_after(worker, sec(1)) == 4);
  CHECK(Timeline::first_state_at_or_after(worker, ms(2999)) == 4);
  CHECK(Timeline::first_state_at_or_after(worker, sec(3)) == 7);
}

TEST_CASE("a repeated event does not split a state, a new wait does", "[timeline]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.at(ms(1)).queue(1);
  b.at(ms(2)).run(1);
  b.await(1, WaitKind::Lock, "lock", 1);
  b.at(ms(3)).await(1, WaitKind::Lock, "lock", 1);
  b.at(ms(4)).await(1, WaitKind::Queue, "queue.get()", 2);
  const Timeline timeline = Timeline::fold(b.trace);
  const Lane& lane = timeline.lanes().at(0);
  check_states(lane, {{SpanState::Ready, 0, ms(2)},
                      {SpanState::Running, ms(2), ms(2)},
                      {SpanState::Waiting, ms(2), ms(4)},
                      {SpanState::Waiting, ms(4), kOpenEnd}});
  CHECK(lane.states[0].first_event == 1);
  CHECK(lane.states[3].wait == WaitKind::Queue);
}

TEST_CASE("the loop's own events make no lane but move the end time", "[timeline]") {
  Builder b;
  b.iteration(1, 1);
  b.queue_callback("wake");
  b.run_callback("wake");
  b.at(ms(30)).fired(4);
  const Timeline timeline = Timeline::fold(b.trace);
  CHECK(timeline.lanes().empty());
  CHECK(timeline.end_time() == ms(30));
  CHECK(timeline.events_folded() == 4);
}

TEST_CASE("span states and outcomes have names", "[timeline]") {
  CHECK(to_string(SpanState::Ready) == "ready");
  CHECK(to_string(SpanState::Running) == "running");
  CHECK(to_string(SpanState::Waiting) == "waiting");
  CHECK(to_string(SpanState::Blocking) == "blocking");
  CHECK(to_string(Outcome::Pending) == "pending");
  CHECK(to_string(Outcome::Done) == "done");
  CHECK(to_string(Outcome::Failed) == "failed");
  CHECK(to_string(Outcome::Cancelled) == "cancelled");
}
