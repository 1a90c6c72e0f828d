// The event loop as it stood at one moment: folded from the trace up to an event
// index (or to the last event at or before a time). What the loop panel shows.
#pragma once

#include <cstddef>
#include <memory>
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
  // Io: a timer that plays the operating system's part (the simulated
  // network's next delivery), not one asyncio holds (see TimerScheduled).
  WaitKind wait = WaitKind::None;
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
  // The program's code outside every task is running: a blocking program's
  // module level, or what runs before and after asyncio.run (its Line,
  // blocking and print events say so; waiting in asyncio.run or ending stops it).
  bool main_running = false;
  bool blocking = false;    // the running task holds the loop (time.sleep etc.)
  std::string blocking_what;
  Nanos blocking_until = 0;
  std::vector<ReadyEntry> ready;    // FIFO order, front first
  std::vector<TimerEntry> timers;   // by (deadline, id)
  std::vector<WaitEntry> waits;     // every suspended task, by task id
  std::vector<TaskId> finished;     // tasks done/failed/cancelled so far
  // Print events so far. Their texts are not copied here (a long run prints a
  // lot, and the snapshot is made again whenever the playhead crosses an
  // event): the console reads them from the trace (app/model/console_log.h).
  std::size_t prints = 0;
};

// The loop after events [0, n) — n is clamped to trace.size(). Folds from the
// start every time: the reference the folder below must agree with.
LoopSnapshot snapshot_at_event(const Trace& trace, std::size_t n);
// The loop after every event with time <= t.
LoopSnapshot snapshot_at_time(const Trace& trace, Nanos t);

// Snapshots of one trace for a playhead: playing moves it a few events a frame,
// scrubbing and stepping back move it anywhere. Forwards it folds on from where
// the last answer stood; backwards it starts again from the nearest checkpoint
// before the target (the fold's state, kept every few thousand events, more
// sparsely while the loop holds many tasks, so their total size stays a small
// fraction of the trace's). What only accumulates (task names, the order tasks
// finished in) is kept once, not per checkpoint. The trace may grow between
// calls; a different trace, or one that shrank, starts the folder over.
class SnapshotFolder {
 public:
  SnapshotFolder();
  ~SnapshotFolder();
  SnapshotFolder(SnapshotFolder&&) noexcept;
  SnapshotFolder& operator=(SnapshotFolder&&) noexcept;

  // Equal to snapshot_at_event(trace, n).
  LoopSnapshot at_event(const Trace& trace, std::size_t n);
  void clear();

  // For tests and benchmarks: events applied since the folder was made (or
  // cleared), and the checkpoints held.
  std::size_t events_applied() const;
  std::size_t checkpoints() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ls::trace
