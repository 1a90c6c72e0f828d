// The event loop as it stood at one moment: folded from the trace up to an event
// index (or to the last event at or before a time). What the loop panel shows.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "trace/event.h"
#include "trace/trace.h"

namespace ls::trace {

struct ReadyEntry {
  TaskId task = 0;   // 0: a plain callback
  std::string label; // "Task-2" or the callback's label ("sleep timer → Task-2")
};

struct TimerEntry {
  std::uint32_t id = 0;
  Nanos deadline = 0;
  TaskId owner = 0;
  std::string label;
};

struct WaitEntry {
  TaskId task = 0;
  WaitKind wait = WaitKind::None;
  std::uint32_t target = 0;
  std::string what;  // the Awaiting event's text
  Nanos since = 0;
};

struct LoopSnapshot {
  std::size_t events = 0;   // how many events were folded (seq of the next one)
  Nanos time = 0;           // the clock at the last folded event
  std::uint64_t iteration = 0;
  TaskId running = 0;       // the task running now, 0 if none
  bool blocking = false;    // the running task holds the loop (time.sleep etc.)
  std::string blocking_what;
  Nanos blocking_until = 0;
  std::vector<ReadyEntry> ready;    // FIFO order, front first
  std::vector<TimerEntry> timers;   // by (deadline, id)
  std::vector<WaitEntry> waits;     // every suspended task, by task id
  std::vector<TaskId> finished;     // tasks done/failed/cancelled so far
  std::vector<std::string> output;  // Print texts so far, in order
};

// The loop after events [0, n) — n is clamped to trace.size().
LoopSnapshot snapshot_at_event(const Trace& trace, std::size_t n);
// The loop after every event with time <= t.
LoopSnapshot snapshot_at_time(const Trace& trace, Nanos t);

}  // namespace ls::trace
