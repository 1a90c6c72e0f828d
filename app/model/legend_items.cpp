#include "model/legend_items.h"

namespace ls::app {

namespace {

using trace::SpanState;
using trace::WaitKind;

std::uint32_t bit(WaitKind k) { return 1u << static_cast<unsigned>(k); }

// The waits painted alike (theme.cpp wait_colour) share one entry.
constexpr WaitKind kTaskWaits[] = {WaitKind::Task, WaitKind::Future, WaitKind::Gather};
constexpr WaitKind kSyncWaits[] = {WaitKind::Lock, WaitKind::Event, WaitKind::Semaphore, WaitKind::Queue};

template <std::size_t N>
bool any_of(std::uint32_t seen, const WaitKind (&kinds)[N]) {
  for (WaitKind k : kinds) {
    if (seen & bit(k)) return true;
  }
  return false;
}

}  // namespace

void LegendSeen::update(const std::vector<const trace::Trace*>& traces) {
  bool same = traces == traces_;
  for (std::size_t i = 0; same && i < traces.size(); ++i) same = traces[i]->size() >= read_[i];
  if (!same) {  // another step, an edited program: another picture
    *this = LegendSeen();
    traces_ = traces;
    read_.assign(traces.size(), 0);
  }
  for (std::size_t i = 0; i < traces_.size(); ++i) {
    const trace::Trace& t = *traces_[i];
    const std::size_t n = t.size();
    for (std::size_t k = read_[i]; k < n; ++k) note(t[k]);
    read_[i] = n;
  }
}

void LegendSeen::note(const trace::TraceEvent& e) {
  switch (e.kind) {
    case trace::EventKind::Awaiting: waits_ |= bit(e.wait); break;
    case trace::EventKind::Blocking: blocking_ = true; break;
    case trace::EventKind::Failed: failed_ = true; break;
    case trace::EventKind::Cancelled: cancelled_ = true; break;
    default: break;
  }
}

std::vector<LegendItem> LegendSeen::items() const {
  std::vector<LegendItem> out;
  const auto state = [&](SpanState s, WaitKind w, const char* text) {
    out.push_back({LegendShape::State, s, w, trace::Outcome::Done, text});
  };
  state(SpanState::Running, WaitKind::None, "running");
  state(SpanState::Ready, WaitKind::None, "ready");
  if (waits_ & bit(WaitKind::Timer)) state(SpanState::Waiting, WaitKind::Timer, "waiting on a timer");
  if (any_of(waits_, kTaskWaits)) state(SpanState::Waiting, WaitKind::Task, "waiting on tasks");
  if (waits_ & bit(WaitKind::Io)) state(SpanState::Waiting, WaitKind::Io, "waiting on I/O");
  if (any_of(waits_, kSyncWaits)) {
    state(SpanState::Waiting, WaitKind::Lock, "waiting on a lock, event or queue");
  }
  if (waits_ & bit(WaitKind::Thread)) state(SpanState::Waiting, WaitKind::Thread, "waiting on a thread");
  if (blocking_) state(SpanState::Blocking, WaitKind::None, "blocking the loop");
  out.push_back({LegendShape::Call, SpanState::Running, WaitKind::None, trace::Outcome::Done, "function call"});
  out.push_back({LegendShape::Fold, SpanState::Running, WaitKind::None, trace::Outcome::Done, "×N short spans"});
  const auto outcome = [&](trace::Outcome o, const char* text) {
    out.push_back({LegendShape::Outcome, SpanState::Running, WaitKind::None, o, text});
  };
  // Wake-ups: from a timer or I/O (a mark and a drop), from another task (a line).
  const bool from_timer = (waits_ & (bit(WaitKind::Timer) | bit(WaitKind::Io))) != 0;
  const bool from_task = any_of(waits_, kTaskWaits) || any_of(waits_, kSyncWaits);
  if (from_timer) {
    out.push_back({LegendShape::WakeFromTimer, SpanState::Running, WaitKind::Timer, trace::Outcome::Done,
                   "woken by timer or I/O"});
  }
  if (from_task) {
    out.push_back({LegendShape::WakeFromTask, SpanState::Running, WaitKind::Task, trace::Outcome::Done,
                   "woken by a task"});
  }
  outcome(trace::Outcome::Done, "task done");
  if (failed_) outcome(trace::Outcome::Failed, "task failed");
  if (cancelled_) outcome(trace::Outcome::Cancelled, "task cancelled");
  return out;
}

}  // namespace ls::app
