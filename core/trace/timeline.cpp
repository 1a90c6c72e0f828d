#include "trace/timeline.h"

#include <algorithm>

namespace ls::trace {

namespace {

// Task ids are small and sequential (the loop numbers them Task-1, Task-2, ...), so
// per-task tables are plain vectors. An id past this bound can only come from a
// corrupt trace; ignoring it beats allocating gigabytes.
constexpr TaskId kMaxTaskId = TaskId{1} << 26;

// Two spans that say the same thing: a repeated event (a second Queued for a task
// already ready) must not split one state into two.
bool same_state(const StateSpan& a, const StateSpan& b) {
  return a.state == b.state && a.wait == b.wait && a.text == b.text && a.target == b.target;
}

std::string default_name(TaskId task) {
  return task == kLoopTask ? std::string(kMainThreadName) : "Task-" + std::to_string(task);
}

// Events of task 0 that are the main thread's own: code outside any task (a
// blocking program's module level, or asyncio.run waiting for its loop). The
// loop's own task-0 events (plain callbacks queued and run, loop iterations,
// timers) are not a lane's.
bool main_thread_event(EventKind k) {
  switch (k) {
    case EventKind::Running:
    case EventKind::BlockEnd:
    case EventKind::Awaiting:
    case EventKind::Blocking:
    case EventKind::Done:
    case EventKind::Failed:
    case EventKind::CallEnter:  // a blocking program's function calls
    case EventKind::CallExit:
      return true;
    default:
      return false;
  }
}

bool is_terminal(EventKind k) {
  return k == EventKind::Done || k == EventKind::Failed || k == EventKind::Cancelled;
}

}  // namespace

std::string_view to_string(SpanState s) {
  switch (s) {
    case SpanState::Ready: return "ready";
    case SpanState::Running: return "running";
    case SpanState::Waiting: return "waiting";
    case SpanState::Blocking: return "blocking";
  }
  return "?";
}

std::string_view to_string(Outcome o) {
  switch (o) {
    case Outcome::Pending: return "pending";
    case Outcome::Done: return "done";
    case Outcome::Failed: return "failed";
    case Outcome::Cancelled: return "cancelled";
  }
  return "?";
}

const Lane* Timeline::lane_of(TaskId task) const {
  if (task >= lane_index_.size() || lane_index_[task] < 0) return nullptr;
  return &lanes_[static_cast<std::size_t>(lane_index_[task])];
}

std::size_t Timeline::first_state_at_or_after(const Lane& lane, Nanos t) {
  // Spans are sorted and never overlap, so their ends are sorted too.
  const auto it = std::partition_point(lane.states.begin(), lane.states.end(),
                                       [t](const StateSpan& s) { return s.end <= t; });
  return static_cast<std::size_t>(it - lane.states.begin());
}

void Timeline::update(const Trace& trace) {
  // Read size() once: in live mode the writer keeps appending while we fold, and
  // everything before this count is complete.
  const std::size_t n = trace.size();
  if (folded_ == 0 && n > 0) start_ = end_ = trace[0].time;

  // Lanes that moved in this batch, each once: a bitmap, because sorting a list
  // of every event's lane cost a quarter of a full fold.
  std::vector<bool> seen(lanes_.size());
  std::vector<std::size_t> touched;
  for (std::size_t i = folded_; i < n; ++i) {
    const TraceEvent& e = trace[i];
    end_ = std::max(end_, e.time);
    apply(trace, e, i);
    if (wake_.apply(e)) index_wakeup(static_cast<std::uint32_t>(wake_.wakeups().size() - 1));
    if (e.task == kLoopTask || e.task >= lane_index_.size() || lane_index_[e.task] < 0) continue;
    const auto index = static_cast<std::size_t>(lane_index_[e.task]);
    if (index >= seen.size()) seen.resize(lanes_.size());
    if (!seen[index]) touched.push_back(index);
    seen[index] = true;
  }
  folded_ = n;
  end_ = std::max(end_, trace.end_time());

  // Labels are set by whoever learns the coroutine's name, possibly after the
  // TaskCreated event, so refresh the lanes that moved in this batch.
  for (const std::size_t index : touched) {
    Lane& lane = lanes_[index];
    const std::string extra = trace.task_label(lane.task);
    lane.label = extra.empty() ? lane.name : lane.name + " · " + extra;
  }
}

std::size_t Timeline::first_wakeup_at_or_after(const std::vector<std::uint32_t>& list,
                                               Nanos t) const {
  const auto& all = wake_.wakeups();
  const auto it = std::partition_point(list.begin(), list.end(),
                                       [&](std::uint32_t i) { return all[i].time < t; });
  return static_cast<std::size_t>(it - list.begin());
}

void Timeline::index_wakeup(std::uint32_t index) {
  const Wakeup& w = wake_.wakeups()[index];
  // Both tasks have lanes already: the woken one waited, the waker ran.
  if (Lane* lane = lane_for(w.task, w.time)) lane->woken.push_back(index);
  if (w.waker != kLoopTask) {
    if (Lane* lane = lane_for(w.waker, w.time)) lane->woke.push_back(index);
  }
}

Lane* Timeline::lane_for(TaskId task, Nanos time) {
  if (task >= kMaxTaskId) return nullptr;
  if (task >= lane_index_.size()) {
    lane_index_.resize(task + 1, -1);
    depth_.resize(task + 1, 0);
  }
  if (lane_index_[task] >= 0) return &lanes_[static_cast<std::size_t>(lane_index_[task])];

  lane_index_[task] = static_cast<std::int32_t>(lanes_.size());
  Lane& lane = lanes_.emplace_back();
  lane.task = task;
  lane.name = default_name(task);
  lane.label = lane.name;
  lane.created = time;
  return &lane;
}

void Timeline::open_state(Lane& lane, const StateSpan& span) {
  if (!lane.states.empty() && lane.states.back().end == kOpenEnd) {
    StateSpan& open = lane.states.back();
    if (same_state(open, span)) return;
    open.end = span.start;
  }
  lane.states.push_back(span);
}

// Closes the innermost open frame of `task` (all = false) or every open frame
// (all = true, when the task ends). The innermost open frame is the last one that
// started at the current depth: frames that began after it are its descendants,
// already closed, so the backward scan over them is paid once per frame.
void Timeline::close_calls(Lane& lane, TaskId task, Nanos t, bool all) {
  std::uint16_t& depth = depth_[task];
  for (auto it = lane.calls.rbegin(); it != lane.calls.rend() && depth > 0; ++it) {
    if (it->end != kOpenEnd) continue;
    it->end = t;
    --depth;
    if (!all) return;
  }
  depth = 0;  // a frame lost to a malformed trace must not keep the depth up
}

void Timeline::apply(const Trace& trace, const TraceEvent& e, std::size_t seq) {
  if (e.task == kLoopTask && !main_thread_event(e.kind)) return;
  Lane* lane = lane_for(e.task, e.time);
  if (lane == nullptr) return;
  if (e.loc != 0) lane->loc = e.loc;

  if (e.kind == EventKind::TaskCreated) {
    const std::string& name = trace.text_of(e.text);
    lane->name = name.empty() ? default_name(e.task) : name;
    lane->label = lane->name;
    lane->parent = e.target;
    lane->created = e.time;
    return;
  }
  // A finished task has no further states; a late event is the writer's bug.
  if (lane->outcome != Outcome::Pending) return;

  StateSpan span;
  span.start = e.time;
  span.loc = lane->loc;
  span.first_event = static_cast<std::uint32_t>(seq);

  switch (e.kind) {
    case EventKind::Queued:
      span.state = SpanState::Ready;
      open_state(*lane, span);
      break;
    case EventKind::Running:
    case EventKind::BlockEnd:
      span.state = SpanState::Running;
      open_state(*lane, span);
      break;
    case EventKind::Awaiting:
      seen_.waits |= 1u << static_cast<unsigned>(e.wait);
      span.state = SpanState::Waiting;
      span.wait = e.wait;
      span.text = e.text;
      span.target = e.target;
      open_state(*lane, span);
      break;
    case EventKind::Blocking:
      seen_.blocking = true;
      span.state = SpanState::Blocking;
      span.text = e.text;
      open_state(*lane, span);
      break;
    case EventKind::CallEnter: {
      std::uint16_t& depth = depth_[e.task];
      CallSpan call;
      call.start = e.time;
      call.depth = depth;
      call.name = e.text;
      call.loc = lane->loc;
      lane->calls.push_back(call);
      if (depth < UINT16_MAX) ++depth;
      lane->max_depth = std::max(lane->max_depth, depth);
      break;
    }
    case EventKind::CallExit:
      close_calls(*lane, e.task, e.time, false);
      break;
    default:
      if (is_terminal(e.kind)) {
        if (!lane->states.empty() && lane->states.back().end == kOpenEnd)
          lane->states.back().end = e.time;
        close_calls(*lane, e.task, e.time, true);
        lane->finished = e.time;
        lane->outcome = e.kind == EventKind::Done     ? Outcome::Done
                        : e.kind == EventKind::Failed ? Outcome::Failed
                                                      : Outcome::Cancelled;
        lane->outcome_text = e.text;
        seen_.failed = seen_.failed || lane->outcome == Outcome::Failed;
        seen_.cancelled = seen_.cancelled || lane->outcome == Outcome::Cancelled;
      }
      // Line, Print, timers, threads and logs change no state; loc was taken above.
      break;
  }
}

}  // namespace ls::trace
