// Exports of a trace: Chrome Trace Event JSON (Perfetto, chrome://tracing) and a
// plain-text timeline for terminals.
#pragma once

#include <cstddef>
#include <string>

#include "trace/timeline.h"
#include "trace/trace.h"

namespace ls::trace {

// {"traceEvents": [...], "displayTimeUnit": "ms"}: one tid per task in lane order
// (tid 1 is the loop), named by thread_name metadata; state and call spans as
// complete "X" slices in microseconds that nest strictly per lane.
std::string to_chrome_json(const Trace& trace);

// The tids to_chrome_json uses, in display order (Perfetto sorts lanes by tid): the
// loop, then for lane i of Timeline::lanes() its states and, right below them, its
// call frames (named "Task-2 · calls", present only if the task made calls).
// Calls get a lane of their own because they cross state boundaries (a frame
// spans running and waiting), and slices on one lane must nest strictly.
constexpr int kChromeLoopTid = 1;
constexpr int chrome_state_tid(std::size_t lane) { return 2 + 2 * static_cast<int>(lane); }
constexpr int chrome_calls_tid(std::size_t lane) { return 3 + 2 * static_cast<int>(lane); }

struct TextTimelineOptions {
  int width = 60;          // characters for the bars
  std::string title;       // printed above, if not empty
};

// One row per task with proportional bars ('#' running, '=' blocking, '.' waiting,
// '-' ready), a scale line and the total time, e.g. "total 6.0 s".
std::string to_text_timeline(const Trace& trace, const TextTimelineOptions& opts = {});

}  // namespace ls::trace
