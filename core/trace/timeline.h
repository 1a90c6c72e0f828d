// The Timeline: per-task lanes folded from a Trace. A pure function of the events;
// it can be extended as the trace grows (update) without refolding from zero.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "trace/event.h"
#include "trace/trace.h"
#include "trace/wakeups.h"

namespace ls::trace {

// What a task is doing during a span. Terminal outcomes are not spans: a lane
// ends at its task's end time and records the outcome.
enum class SpanState : std::uint8_t {
  Ready,     // queued on the ready queue, waiting for the loop to run it
  Running,   // the loop is running this task's code
  Waiting,   // suspended on something (see StateSpan::wait)
  Blocking,  // running code that holds the loop (time.sleep, requests, CPU work)
};

enum class Outcome : std::uint8_t { Pending, Done, Failed, Cancelled };

std::string_view to_string(SpanState s);
std::string_view to_string(Outcome o);

constexpr Nanos kOpenEnd = std::numeric_limits<Nanos>::max();

// The lane of code that runs outside every task (task id 0): a blocking
// program's module level, or asyncio.run() waiting for its loop. It exists only
// when the program did something there (a blocking call, CPU work).
constexpr std::string_view kMainThreadName = "main";

struct StateSpan {
  Nanos start = 0;
  Nanos end = kOpenEnd;       // kOpenEnd while the span is still open
  SpanState state = SpanState::Ready;
  WaitKind wait = WaitKind::None;  // for Waiting
  TextId text = 0;            // what it waits on / what blocks
  LocId loc = 0;              // where the task stood
  std::uint32_t target = 0;   // awaited timer/task id, for Waiting
  std::uint32_t first_event = 0;  // seq of the event that opened the span
};

// A coroutine/function frame inside a task (CallEnter..CallExit), nested by depth.
struct CallSpan {
  Nanos start = 0;
  Nanos end = kOpenEnd;
  std::uint16_t depth = 0;    // 0 = outermost frame of the task
  TextId name = 0;
  LocId loc = 0;
};

struct Lane {
  TaskId task = 0;
  std::string name;           // "Task-2"
  std::string label;          // "Task-2 · say_hello()" (name plus trace label, if any)
  TaskId parent = 0;
  Nanos created = 0;
  Nanos finished = kOpenEnd;  // when Done/Failed/Cancelled happened
  Outcome outcome = Outcome::Pending;
  TextId outcome_text = 0;    // the exception for Failed
  LocId loc = 0;              // the task's latest known source location
  std::vector<StateSpan> states;  // sorted by start, non-overlapping
  std::vector<CallSpan> calls;    // sorted by start; nested strictly by depth
  std::uint16_t max_depth = 0;    // deepest call span + 1 (0 when none)
  // Indices into Timeline::wakeups(), sorted by time: when this task was woken, and
  // when it woke another task. Lets the draw list look at visible lanes only.
  std::vector<std::uint32_t> woken;
  std::vector<std::uint32_t> woke;
};

// What kinds of state the lanes have shown so far: the legend names only these.
struct ShapesSeen {
  std::uint32_t waits = 0;  // bit (1 << WaitKind) per wait a lane has been in
  bool blocking = false;
  bool failed = false;
  bool cancelled = false;

  bool waited_on(WaitKind w) const { return (waits >> static_cast<unsigned>(w)) & 1u; }
  void merge(const ShapesSeen& o) {
    waits |= o.waits;
    blocking = blocking || o.blocking;
    failed = failed || o.failed;
    cancelled = cancelled || o.cancelled;
  }
};

class Timeline {
 public:
  // Folds events [already folded, trace.size()) into the lanes. Lanes appear in
  // task creation order. Open spans end at kOpenEnd until the next event closes them.
  void update(const Trace& trace);
  static Timeline fold(const Trace& trace) { Timeline t; t.update(trace); return t; }

  const std::vector<Lane>& lanes() const { return lanes_; }
  const Lane* lane_of(TaskId task) const;
  std::size_t events_folded() const { return folded_; }
  Nanos start_time() const { return start_; }
  // The latest time the trace reached (max of event times and trace.end_time()).
  Nanos end_time() const { return end_; }
  const ShapesSeen& shapes_seen() const { return seen_; }
  // Every task wake-up so far, sorted by time (see trace/wakeups.h).
  const std::vector<Wakeup>& wakeups() const { return wake_.wakeups(); }

  // Index of the first span in `lane.states` whose end is after `t` (binary search).
  static std::size_t first_state_at_or_after(const Lane& lane, Nanos t);
  // Index of the first wake-up in `list` (Lane::woken or Lane::woke) at or after `t`.
  std::size_t first_wakeup_at_or_after(const std::vector<std::uint32_t>& list, Nanos t) const;

 private:
  // The lane for `task`, made on first sight if the trace never announced it.
  Lane* lane_for(TaskId task, Nanos time);
  void apply(const Trace& trace, const TraceEvent& e, std::size_t seq);
  void open_state(Lane& lane, const StateSpan& span);
  void close_calls(Lane& lane, TaskId task, Nanos t, bool all);
  void index_wakeup(std::uint32_t index);

  std::vector<Lane> lanes_;
  std::vector<std::int32_t> lane_index_;  // task id -> index in lanes_, -1 if none
  std::vector<std::uint16_t> depth_;      // task id -> open call depth
  WakeupFold wake_;
  ShapesSeen seen_;
  std::size_t folded_ = 0;
  Nanos start_ = 0;
  Nanos end_ = 0;
};

}  // namespace ls::trace
