#include "trace/snapshot.h"

#include <algorithm>
#include <deque>
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
  WaitKind wait = WaitKind::None;
};

struct PendingWait {
  WaitKind wait = WaitKind::None;
  std::uint32_t target = 0;
  TextId what = 0;
  Nanos since = 0;
};

// Ids past this bound (timer or task numbers) can only come from a corrupt
// trace: their entries are left out rather than an index of gigabytes made.
constexpr std::uint32_t kMaxId = std::uint32_t{1} << 24;

// Entries keyed by small ids (timers, tasks): put, find and erase without a
// heap node per entry, which made a map the fold's main cost on big traces.
// `entries` is the state a checkpoint copies. `slot` (id -> place in entries)
// is shared by every position of the folder: a slot is believed only if the
// entry it points at carries that id, so stale slots need no clearing, and a
// restored checkpoint just writes its own entries' slots again (reindex).
template <class T>
struct IdSet {
  struct Entry {
    std::uint32_t id;
    T value;
  };
  std::vector<Entry> entries;

  static void grow(std::vector<std::uint32_t>& slot, std::uint32_t id) {
    if (id >= slot.size())
      slot.resize(std::min<std::size_t>(kMaxId, std::max<std::size_t>(id + std::size_t{1}, slot.size() * 2)), 0);
  }
  bool has(const std::vector<std::uint32_t>& slot, std::uint32_t id) const {
    return id < slot.size() && slot[id] < entries.size() && entries[slot[id]].id == id;
  }
  void put(std::vector<std::uint32_t>& slot, std::uint32_t id, const T& value) {
    if (id >= kMaxId) return;
    if (has(slot, id)) {
      entries[slot[id]].value = value;
      return;
    }
    grow(slot, id);
    slot[id] = static_cast<std::uint32_t>(entries.size());
    entries.push_back(Entry{id, value});
  }
  void erase(std::vector<std::uint32_t>& slot, std::uint32_t id) {
    if (!has(slot, id)) return;
    // The last entry takes the erased one's place.
    const std::uint32_t at = slot[id];
    entries[at] = entries.back();
    slot[entries[at].id] = at;
    entries.pop_back();
  }
  void reindex(std::vector<std::uint32_t>& slot) const {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      grow(slot, entries[i].id);
      slot[entries[i].id] = static_cast<std::uint32_t>(i);
    }
  }
};

// The shared id -> place indexes of a FoldState's two IdSets.
struct Slots {
  std::vector<std::uint32_t> timers, waits;
};

// The loop's state after a prefix of the trace: everything that can change
// back (a task leaves the ready queue, a timer fires). Copied per checkpoint.
struct FoldState {
  std::size_t events = 0;  // events folded: the index of the next one
  Nanos time = 0;          // the last folded event's time
  std::uint64_t iteration = 0;
  TaskId running = 0;
  bool main_running = false;
  bool blocking = false;
  TextId blocking_what = 0;
  Nanos blocking_until = 0;
  TaskId blocking_task = 0;
  std::deque<std::pair<TaskId, TextId>> ready;  // task, or 0 and a callback label
  IdSet<PendingTimer> timers;                    // by timer id, in no order
  IdSet<PendingWait> waits;                      // by task id, in no order
  std::size_t finished = 0;  // entries of Accumulated::finished that are ours
  std::size_t prints = 0;

  std::size_t entries() const { return ready.size() + timers.entries.size() + waits.entries.size(); }

  void pop_ready() {
    // The loop's queue is FIFO: whatever it ran came off the front, even if the
    // recorded task disagrees with what we mirrored.
    if (!ready.empty()) ready.pop_front();
  }

  void stop_blocking() {
    blocking = false;
    blocking_what = 0;
    blocking_until = 0;
    blocking_task = 0;
  }

  void task_left_cpu(TaskId task) {
    if (running == task) running = 0;
    if (blocking_task == task) stop_blocking();
  }
};

// What only accumulates as the trace is read: true of every prefix that reaches
// the event it came from. Kept once, however many checkpoints there are.
struct Accumulated {
  struct Name {
    TextId text = 0;
    std::size_t seq = 0;  // the TaskCreated event that named the task
  };
  std::unordered_map<TaskId, Name> names;  // the first TaskCreated of each task
  std::vector<TaskId> finished;            // every task that ended, in order
  std::size_t upto = 0;                    // events [0, upto) are recorded here

  std::string task_name(const Trace& trace, TaskId task, std::size_t before) const {
    const auto it = names.find(task);
    if (it != names.end() && it->second.seq < before && it->second.text != 0)
      return trace.text_of(it->second.text);
    if (task == kLoopTask) return std::string(kMainThreadName);
    return "Task-" + std::to_string(task);
  }
};

// Task 0's events that tell whether the main thread's own code runs (the loop's
// plain callbacks are task 0 too, but they queue and run as CallbackRun).
void apply_main(FoldState& s, const TraceEvent& e) {
  switch (e.kind) {
    case EventKind::Line:
    case EventKind::Print: s.main_running = e.loc != 0; break;
    case EventKind::Running:
    case EventKind::Blocking:
    case EventKind::BlockEnd: s.main_running = true; break;
    case EventKind::Awaiting:
    case EventKind::Done:
    case EventKind::Failed: s.main_running = false; break;
    default: break;
  }
}

void apply(FoldState& s, Accumulated& acc, Slots& slots, const TraceEvent& e) {
  const std::size_t seq = s.events++;
  s.time = e.time;
  // Events read before (going forwards again after a step back) are recorded already.
  const bool first_reading = seq >= acc.upto;
  if (first_reading) acc.upto = seq + 1;
  if (e.task == kLoopTask) apply_main(s, e);
  switch (e.kind) {
    case EventKind::TaskCreated:
      if (first_reading) acc.names.emplace(e.task, Accumulated::Name{e.text, seq});
      break;
    case EventKind::Queued:
      s.ready.emplace_back(e.task, e.text);
      if (e.task != kLoopTask) s.waits.erase(slots.waits, e.task);
      break;
    case EventKind::Running:
      s.pop_ready();
      s.running = e.task;
      s.waits.erase(slots.waits, e.task);
      break;
    case EventKind::CallbackRun:
      s.pop_ready();
      s.running = kLoopTask;
      break;
    case EventKind::Awaiting:
      s.task_left_cpu(e.task);
      s.waits.put(slots.waits, e.task, PendingWait{e.wait, e.target, e.text, e.time});
      break;
    case EventKind::Blocking:
      s.blocking = true;
      s.blocking_what = e.text;
      s.blocking_until = e.time + e.value;
      s.blocking_task = e.task;
      break;
    case EventKind::BlockEnd:
      s.stop_blocking();
      break;
    case EventKind::Done:
    case EventKind::Failed:
    case EventKind::Cancelled:
      s.task_left_cpu(e.task);
      s.waits.erase(slots.waits, e.task);
      if (first_reading) acc.finished.push_back(e.task);
      ++s.finished;
      break;
    case EventKind::LoopIteration:
      s.iteration = static_cast<std::uint64_t>(e.value);
      break;
    case EventKind::TimerScheduled:
      s.timers.put(slots.timers, e.target, PendingTimer{e.value, e.task, e.text, e.wait});
      break;
    case EventKind::TimerFired:
    case EventKind::TimerCancelled:
      s.timers.erase(slots.timers, e.target);
      break;
    case EventKind::Print:
      ++s.prints;
      break;
    default:
      break;  // calls, lines, threads and logs do not change the loop's state
  }
}

LoopSnapshot materialize(const Trace& trace, const FoldState& s, const Accumulated& acc) {
  LoopSnapshot snap;
  snap.events = s.events;
  snap.time = s.time;
  snap.iteration = s.iteration;
  snap.running = s.running;
  snap.main_running = s.main_running;
  snap.blocking = s.blocking;
  if (s.blocking) snap.blocking_what = trace.text_of(s.blocking_what);
  snap.blocking_until = s.blocking_until;
  snap.ready.reserve(s.ready.size());
  for (const auto& [task, label] : s.ready) {
    snap.ready.push_back(ReadyEntry{
        task, task != kLoopTask ? acc.task_name(trace, task, s.events) : trace.text_of(label)});
  }
  // Sorted before their texts are copied in: moving small entries beats moving strings.
  auto timers = s.timers.entries;
  // Equal deadlines fire in scheduling order; ids are handed out in that order.
  std::sort(timers.begin(), timers.end(), [](const auto& a, const auto& b) {
    return a.value.deadline != b.value.deadline ? a.value.deadline < b.value.deadline : a.id < b.id;
  });
  snap.timers.reserve(timers.size());
  for (const auto& [id, t] : timers)
    snap.timers.push_back(TimerEntry{id, t.deadline, t.owner, trace.text_of(t.label), t.wait});
  auto waits = s.waits.entries;
  std::sort(waits.begin(), waits.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  snap.waits.reserve(waits.size());
  for (const auto& [task, w] : waits)
    snap.waits.push_back(WaitEntry{task, w.wait, w.target, trace.text_of(w.what), w.since});
  snap.finished.assign(acc.finished.begin(),
                       acc.finished.begin() + static_cast<std::ptrdiff_t>(s.finished));
  snap.prints = s.prints;
  return snap;
}

// Checkpoints come at least this many events apart, and further apart while the
// state is big: copying it must cost less than refolding the events between two
// checkpoints, and all of them together stay a fraction of the trace's memory.
constexpr std::size_t kMinCheckpointGap = 4096;
constexpr std::size_t kEventsPerStateEntry = 8;

}  // namespace

LoopSnapshot snapshot_at_event(const Trace& trace, std::size_t n) {
  n = std::min(n, trace.size());
  FoldState s;
  Accumulated acc;
  Slots slots;
  for (std::size_t i = 0; i < n; ++i) apply(s, acc, slots, trace[i]);
  return materialize(trace, s, acc);
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

// ---- SnapshotFolder ------------------------------------------------------------

struct SnapshotFolder::Impl {
  const Trace* trace = nullptr;
  FoldState state;
  Accumulated acc;
  Slots slots;
  std::vector<FoldState> checkpoints{FoldState{}};  // by events; the first is the start
  std::size_t applied = 0;

  void seek(const Trace& tr, std::size_t n) {
    if (n < state.events) {
      // The last checkpoint at or before n (the first one is at 0).
      const auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), n,
                                       [](std::size_t v, const FoldState& c) { return v < c.events; });
      state = *(it - 1);
      state.timers.reindex(slots.timers);
      state.waits.reindex(slots.waits);
    }
    while (state.events < n) {
      apply(state, acc, slots, tr[state.events]);
      ++applied;
      const std::size_t gap = std::max(kMinCheckpointGap, kEventsPerStateEntry * state.entries());
      if (state.events >= checkpoints.back().events + gap) checkpoints.push_back(state);
    }
  }
};

SnapshotFolder::SnapshotFolder() : impl_(std::make_unique<Impl>()) {}
SnapshotFolder::~SnapshotFolder() = default;
SnapshotFolder::SnapshotFolder(SnapshotFolder&&) noexcept = default;
SnapshotFolder& SnapshotFolder::operator=(SnapshotFolder&&) noexcept = default;

void SnapshotFolder::clear() { impl_ = std::make_unique<Impl>(); }

LoopSnapshot SnapshotFolder::at_event(const Trace& trace, std::size_t n) {
  const std::size_t size = trace.size();
  // A trace only grows: a different one, or one shorter than what was read, is new.
  if (impl_->trace != &trace || size < impl_->acc.upto) {
    clear();
    impl_->trace = &trace;
  }
  impl_->seek(trace, std::min(n, size));
  return materialize(trace, impl_->state, impl_->acc);
}

std::size_t SnapshotFolder::events_applied() const { return impl_->applied; }
std::size_t SnapshotFolder::checkpoints() const { return impl_->checkpoints.size(); }

}  // namespace ls::trace
