#include "model/legend_items.h"

namespace ls::app {

namespace {

using trace::SpanState;
using trace::WaitKind;

// The waits painted alike (theme.cpp wait_colour) share one entry.
constexpr WaitKind kTaskWaits[] = {WaitKind::Task, WaitKind::Future, WaitKind::Gather};
constexpr WaitKind kSyncWaits[] = {WaitKind::Lock, WaitKind::Event, WaitKind::Semaphore, WaitKind::Queue};

template <std::size_t N>
bool any_of(const trace::ShapesSeen& seen, const WaitKind (&kinds)[N]) {
  for (WaitKind k : kinds) {
    if (seen.waited_on(k)) return true;
  }
  return false;
}

}  // namespace

std::vector<LegendItem> legend_items(const trace::ShapesSeen& seen) {
  std::vector<LegendItem> out;
  const auto state = [&](SpanState s, WaitKind w, const char* text) {
    out.push_back({LegendShape::State, s, w, trace::Outcome::Done, text});
  };
  const auto other = [&](LegendShape shape, WaitKind w, trace::Outcome o, const char* text) {
    out.push_back({shape, SpanState::Running, w, o, text});
  };
  state(SpanState::Running, WaitKind::None, "running");
  state(SpanState::Ready, WaitKind::None, "ready");
  if (seen.waited_on(WaitKind::Timer)) state(SpanState::Waiting, WaitKind::Timer, "waiting on a timer");
  if (any_of(seen, kTaskWaits)) state(SpanState::Waiting, WaitKind::Task, "waiting on tasks");
  if (seen.waited_on(WaitKind::Io)) state(SpanState::Waiting, WaitKind::Io, "waiting on I/O");
  if (any_of(seen, kSyncWaits)) state(SpanState::Waiting, WaitKind::Lock, "waiting on a lock, event or queue");
  if (seen.waited_on(WaitKind::Thread)) state(SpanState::Waiting, WaitKind::Thread, "waiting on a thread");
  if (seen.blocking) state(SpanState::Blocking, WaitKind::None, "blocking the loop");
  other(LegendShape::Call, WaitKind::None, trace::Outcome::Done, "function call");
  other(LegendShape::Fold, WaitKind::None, trace::Outcome::Done, "×N short spans");
  // Wake-ups: from a timer or I/O (a mark and a drop), from another task (a line).
  if (seen.waited_on(WaitKind::Timer) || seen.waited_on(WaitKind::Io)) {
    other(LegendShape::WakeFromTimer, WaitKind::Timer, trace::Outcome::Done, "woken by timer or I/O");
  }
  if (any_of(seen, kTaskWaits) || any_of(seen, kSyncWaits)) {
    other(LegendShape::WakeFromTask, WaitKind::Task, trace::Outcome::Done, "woken by a task");
  }
  other(LegendShape::Outcome, WaitKind::None, trace::Outcome::Done, "task done");
  if (seen.failed) other(LegendShape::Outcome, WaitKind::None, trace::Outcome::Failed, "task failed");
  if (seen.cancelled) other(LegendShape::Outcome, WaitKind::None, trace::Outcome::Cancelled, "task cancelled");
  return out;
}

}  // namespace ls::app
