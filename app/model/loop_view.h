// The event loop panel's content, kept out of the panel so tests can read it: the
// rows it shows for one run at the playhead (running task, ready queue in order,
// timers with countdowns, other waits) and their wording.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "trace/snapshot.h"
#include "trace/timeline.h"

namespace ls::app {

// Which list of the loop a row belongs to; the panel draws each with the shape and
// colour of the matching timeline state (theme.h), so the two read alike.
enum class LoopRowKind {
  Running,   // the task the loop is running now
  Blocking,  // the running task holds the loop (time.sleep, requests.get...)
  Ready,     // one entry of the ready queue, front first
  Timer,     // one pending timer, soonest first
  Wait,      // a task suspended on something other than a timer (I/O, thread, task)
  Empty,     // the list has nothing: "—"
  More,      // "… and 9,990 more": lists are cut to what fits a projector
};

struct LoopRow {
  LoopRowKind kind = LoopRowKind::Empty;
  std::string section;  // the list's name on its first row ("ready"), else ""
  std::string text;     // "Task-3 · download(2)", "at 1.00 s · Task-2 · download(1)"
  std::string note;     // "in 0.50 s", "0.30 s late", "gather of 3 tasks": drawn first for
                        // timers (the countdown is the point), after the text otherwise
  bool late = false;    // a timer past its deadline that has not fired
  trace::WaitKind wait = trace::WaitKind::None;
};

struct LoopView {
  std::string headline;  // what the loop is doing, in one line (see loop_headline)
  bool blocked = false;
  std::vector<LoopRow> rows;
};

using TaskNamer = std::function<std::string(trace::TaskId)>;

// The panel's content for one run at `now`, each list cut after `max_per_list`.
LoopView loop_view(const trace::LoopSnapshot& s, trace::Nanos now, const TaskNamer& name,
                   std::size_t max_per_list = 6);

// A lane's label for a task id, falling back to "Task-N" for tasks not seen yet.
TaskNamer lane_namer(const trace::Timeline& timeline);

// A pending timer seen from the playhead `now`: "in 0.50 s" (or "in 4 ms") while it is ahead;
// "0.30 s late" once its deadline has passed and it still has not fired, which
// only happens while a task blocks the loop.
std::string timer_countdown(trace::Nanos deadline, trace::Nanos now);
bool timer_late(trace::Nanos deadline, trace::Nanos now);

// What the loop is doing at `now`:
//   "BLOCKED by Task-2 · time.sleep(2) for 1.50 s more", "running Task-3",
//   "running main, outside the event loop" (a blocking program's code),
//   "idle: next timer in 0.50 s", "idle: waiting for I/O", "idle: waiting", "finished".
std::string loop_headline(const trace::LoopSnapshot& s, trace::Nanos now, const TaskNamer& name);

// Seconds with two decimals and a unit: "0.50 s". Loop state changes faster than
// the toolbar's one-decimal clock.
std::string format_seconds2(trace::Nanos t);
// A time left or overdue: "0.50 s" from 10 ms up, below that in whole
// milliseconds ("4 ms"), microseconds ("250 µs") or nanoseconds, so a timer
// about to fire never reads "in 0.00 s".
std::string format_interval(trace::Nanos d);

}  // namespace ls::app
