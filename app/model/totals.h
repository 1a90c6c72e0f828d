// The line a class reads at the end: each run's total time and the speed-up,
// "one after another 6.0 s · gathered 3.0 s · 2.0× faster".
#pragma once

#include <string>
#include <vector>

#include "trace/event.h"

namespace ls::app {

struct RunTotal {
  std::string name;          // "one after another"
  trace::Nanos total = 0;    // the run's end time
  bool finished = false;     // reached by the playhead (or run to the end)
};

// "6.0 s": seconds with one decimal, the precision the lessons talk in.
std::string format_seconds(trace::Nanos t);
// How many times faster the last run is than the first (first / last); 0 if unknown.
double speedup(const std::vector<RunTotal>& runs);
// Runs not finished yet show "…" instead of a total; the speed-up appears only once
// every run has finished, so the class sees it when the animation gets there.
std::string totals_line(const std::vector<RunTotal>& runs);

}  // namespace ls::app
