// Which entries the legend shows: the shapes a class will meet in the runs on
// screen, not every shape the timeline knows. Running, ready, a function call,
// "×N" and "done" are always there (every run has them, or will at the next
// zoom); the waits, blocking, failed and cancelled only once a lane has shown one
// (trace::Timeline::shapes_seen), so a lesson about timers is not explained with
// locks and threads; the wake-up arrows once a task has waited on something of
// that kind.
#pragma once

#include <vector>

#include "trace/timeline.h"

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

// The entries for what the runs have shown (their timelines' ShapesSeen merged),
// in the legend's order.
std::vector<LegendItem> legend_items(const trace::ShapesSeen& seen);

}  // namespace ls::app
