// Which line of a program each task stands on at any instant of a run, read from
// the run's trace: a task stands where the newest event of its that carries a
// source location (running, awaiting, printing, blocking, calling...) put it. The
// interpreter stamps those events with the task's current line (core/python,
// Interp::set_line), so this is a read of the recorded trace, never a guess.
//
// Indexed once as the trace grows (each event looked at once); a query for time t
// is a binary search per task, cheap enough for every frame of a long run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trace/timeline.h"
#include "trace/trace.h"

namespace ls::app {

// One task's place in the code at the playhead.
struct TaskMarker {
  trace::TaskId task = 0;
  std::uint32_t line = 0;     // 1-based line of the program
  std::string name;           // "Task-2" (or the name the program gave it)
  std::string label;          // what the pill says: "T2"
  trace::Nanos since = 0;     // time of the event that put it on this line
  // The task's state at the playhead, as its timeline lane shows it (painted in
  // the lane's colour); unknown when no timeline was given.
  bool has_state = false;
  trace::SpanState state = trace::SpanState::Ready;
  trace::WaitKind wait = trace::WaitKind::None;
};

// The program's first task (asyncio.run's main) ending with an exception: that
// exception ends the program, as an uncaught one, with a traceback.
struct TaskFailure {
  trace::Nanos time = 0;
  trace::TaskId task = 0;
  std::uint32_t line = 0;  // where the task stood when it failed (0: unknown)
  std::string text;        // "ZeroDivisionError: division by zero"
};

// "Task-12" -> "T12"; a name of the program's own is kept, cut to `max_chars`.
std::string short_task_label(const std::string& name, std::size_t max_chars = 8);

class TaskLineIndex {
 public:
  // Only locations in `file` count (the name the program was run under, compared
  // by base name); an empty file name accepts every location.
  explicit TaskLineIndex(std::string file = {}) : file_(std::move(file)) {}

  // Indexes the events appended since the last call. A different trace (or one
  // that shrank) starts the index over.
  void update(const trace::Trace& trace);
  void clear();
  std::size_t events_indexed() const { return indexed_; }

  // The tasks alive at `t` (created at or before it, not yet done, failed or
  // cancelled) that have stood on a line of the file, each on its line at `t`, in
  // task creation order. With a timeline, each marker carries the state of its
  // lane at `t`. Task 0 (code outside any task, such as a program without
  // asyncio) counts as a task named "main" if its events carry lines.
  std::vector<TaskMarker> at(trace::Nanos t, const trace::Timeline* timeline = nullptr) const;
  // The main task's failure, if the trace holds one.
  const std::optional<TaskFailure>& main_failure() const { return main_failure_; }

 private:
  struct Stop {
    trace::Nanos time;
    std::uint32_t line;
  };
  struct TaskInfo {
    trace::TaskId id = 0;
    std::string name;
    trace::Nanos created = 0;
    trace::Nanos finished = trace::kOpenEnd;
    std::vector<Stop> stops;  // by time; a new entry only when the line changes (0: none)
  };

  TaskInfo& task(trace::TaskId id, trace::Nanos time);
  // The line of `loc` in our file, or 0 (another file, or no location).
  std::uint32_t line_of(const trace::Trace& trace, trace::LocId loc);

  std::string file_;
  const trace::Trace* trace_ = nullptr;
  std::size_t indexed_ = 0;
  std::vector<TaskInfo> tasks_;            // in order of first sight
  std::vector<std::int32_t> task_index_;   // task id -> index in tasks_, -1 if none
  std::vector<std::int64_t> loc_lines_;    // loc id -> line (0: other file), -1 unknown
  trace::TaskId main_task_ = 0;            // the first task created (0: none yet)
  std::optional<TaskFailure> main_failure_;
};

}  // namespace ls::app
