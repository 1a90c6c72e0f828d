// Exports of a trace: Chrome Trace Event JSON (Perfetto, chrome://tracing) and a
// plain-text timeline for terminals.
#pragma once

#include <string>

#include "trace/timeline.h"
#include "trace/trace.h"

namespace ls::trace {

// {"traceEvents": [...], "displayTimeUnit": "ms"}: one tid per task in lane order
// (tid 1 is the loop), named by thread_name metadata; state and call spans as
// complete "X" slices in microseconds that nest strictly per lane.
std::string to_chrome_json(const Trace& trace);

struct TextTimelineOptions {
  int width = 60;          // characters for the bars
  std::string title;       // printed above, if not empty
};

// One row per task with proportional bars ('#' running, '=' blocking, '.' waiting,
// '-' ready), a scale line and the total time, e.g. "total 6.0 s".
std::string to_text_timeline(const Trace& trace, const TextTimelineOptions& opts = {});

}  // namespace ls::trace
