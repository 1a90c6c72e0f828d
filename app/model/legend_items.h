// Which entries the legend shows: the shapes a class will meet in the runs on
// screen, not every shape the timeline knows. Running, ready, a function call,
// "×N" and "done" are always there (every run has them, or will at the next
// zoom); the waits, blocking, failed and cancelled only once a run has one, so a
// lesson about timers is not explained with locks and threads; the wake-up
// arrows once a task has waited on something of that kind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "trace/event.h"
#include "trace/timeline.h"
#include "trace/trace.h"

namespace ls::app {

// One legend entry: the shape (as the timeline paints it) and its words.
enum class LegendShape { State, Call, Fold, Outcome, WakeFromTask, WakeFromTimer };

struct LegendItem {
  LegendShape shape = LegendShape::State;
  trace::SpanState state = trace::SpanState::Running;
  trace::WaitKind wait = trace::WaitKind::None;
  trace::Outcome outcome = trace::Outcome::Done;
  const char* text = "";
};

// What the runs have shown so far, gathered from their traces as they grow
// (traces only ever append, so each event is read once).
class LegendSeen {
 public:
  // Reads the new events of each trace; a different set of traces starts afresh.
  void update(const std::vector<const trace::Trace*>& traces);
  // The entries to show, in the legend's order.
  std::vector<LegendItem> items() const;

 private:
  void note(const trace::TraceEvent& e);

  std::vector<const trace::Trace*> traces_;
  std::vector<std::size_t> read_;  // events read from each trace
  std::uint32_t waits_ = 0;        // bit per trace::WaitKind seen in an Awaiting
  bool blocking_ = false, failed_ = false, cancelled_ = false;
};

}  // namespace ls::app
