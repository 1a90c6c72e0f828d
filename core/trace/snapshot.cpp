#include "trace/snapshot.h"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>

#include "trace/timeline.h"

namespace ls::trace {

namespace {

// The fold keeps interned ids and converts them to strings once at the end, so a
// snapshot of a long trace does not copy a string per event.
struct PendingTimer {
  Nanos deadline = 0;
  TaskId owner = 0;
  TextId label = 0;
};

struct PendingWait {
  WaitKind wait = WaitKind::None;
  std::uint32_t target = 0;
  TextId what = 0;
  Nanos since = 0;
};

struct LoopFold {
  LoopSnapshot snap;
  std::deque<std::pair<TaskId, TextId>> ready;  // task, or 0 and a callback label
  std::map<std::uint32_t, PendingTimer> timers;  // by timer id
  std::map<TaskId, PendingWait> waits;           // by task id: the order shown
  std::unordered_map<TaskId, TextId> names;      // from TaskCreated
  TaskId blocking_task = 0;
  std::vector<TextId> output;

  void pop_ready() {
    // The loop's queue is FIFO: whatever it ran came off the front, even if the
    // recorded task disagrees with what we mirrored.
    if (!ready.empty()) ready.pop_front();
  }

  void stop_blocking() {
    snap.blocking = false;
    snap.blocking_what.clear();
    snap.blocking_until = 0;
    blocking_task = 0;
  }

  void task_left_cpu(TaskId task) {
    if (snap.running == task) snap.running = 0;
    if (blocking_task == task) stop_blocking();
  }

  void apply(const Trace& trace, const TraceEvent& e);
  std::string task_name(const Trace& trace, TaskId task) const;
  LoopSnapshot finish(const Trace& trace);
};

void LoopFold::apply(const Trace& trace, const TraceEvent& e) {
  switch (e.kind) {
    case EventKind::TaskCreated:
      names[e.task] = e.text;
      break;
    case EventKind::Queued:
      ready.emplace_back(e.task, e.text);
      if (e.task != kLoopTask) waits.erase(e.task);
      break;
    case EventKind::Running:
      pop_ready();
      snap.running = e.task;
      waits.erase(e.task);
      break;
    case EventKind::CallbackRun:
      pop_ready();
      snap.running = kLoopTask;
      break;
    case EventKind::Awaiting:
      task_left_cpu(e.task);
      waits[e.task] = PendingWait{e.wait, e.target, e.text, e.time};
      break;
    case EventKind::Blocking:
      snap.blocking = true;
      snap.blocking_what = trace.text_of(e.text);
      snap.blocking_until = e.time + e.value;
      blocking_task = e.task;
      break;
    case EventKind::BlockEnd:
      stop_blocking();
      break;
    case EventKind::Done:
    case EventKind::Failed:
    case EventKind::Cancelled:
      task_left_cpu(e.task);
      waits.erase(e.task);
      snap.finished.push_back(e.task);
      break;
    case EventKind::LoopIteration:
      snap.iteration = static_cast<std::uint64_t>(e.value);
      break;
    case EventKind::TimerScheduled:
      timers[e.target] = PendingTimer{e.value, e.task, e.text};
      break;
    case EventKind::TimerFired:
    case EventKind::TimerCancelled:
      timers.erase(e.target);
      break;
    case EventKind::Print:
      output.push_back(e.text);
      break;
    default:
      break;  // calls, lines, threads and logs do not change the loop's state
  }
}

std::string LoopFold::task_name(const Trace& trace, TaskId task) const {
  const auto it = names.find(task);
  if (it != names.end() && it->second != 0) return trace.text_of(it->second);
  if (task == kLoopTask) return std::string(kMainThreadName);
  return "Task-" + std::to_string(task);
}

LoopSnapshot LoopFold::finish(const Trace& trace) {
  snap.ready.reserve(ready.size());
  for (const auto& [task, label] : ready) {
    snap.ready.push_back(ReadyEntry{
        task, task != kLoopTask ? task_name(trace, task) : trace.text_of(label)});
  }
  snap.timers.reserve(timers.size());
  for (const auto& [id, t] : timers)
    snap.timers.push_back(TimerEntry{id, t.deadline, t.owner, trace.text_of(t.label)});
  // Equal deadlines fire in scheduling order; ids are handed out in that order.
  std::sort(snap.timers.begin(), snap.timers.end(), [](const TimerEntry& a, const TimerEntry& b) {
    return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
  });
  snap.waits.reserve(waits.size());
  for (const auto& [task, w] : waits)
    snap.waits.push_back(WaitEntry{task, w.wait, w.target, trace.text_of(w.what), w.since});
  snap.output.reserve(output.size());
  for (const TextId text : output) snap.output.push_back(trace.text_of(text));
  return std::move(snap);
}

}  // namespace

LoopSnapshot snapshot_at_event(const Trace& trace, std::size_t n) {
  n = std::min(n, trace.size());
  LoopFold fold;
  for (std::size_t i = 0; i < n; ++i) fold.apply(trace, trace[i]);
  fold.snap.events = n;
  fold.snap.time = n > 0 ? trace[n - 1].time : 0;
  return fold.finish(trace);
}

LoopSnapshot snapshot_at_time(const Trace& trace, Nanos t) {
  // Event times never decrease, so "every event at or before t" is a prefix.
  std::size_t lo = 0;
  std::size_t hi = trace.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (trace[mid].time <= t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return snapshot_at_event(trace, lo);
}

}  // namespace ls::trace
