#include "model/totals.h"

#include <cstdio>

namespace ls::app {

std::string format_seconds(trace::Nanos t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", trace::to_seconds(t));
  return buf;
}

double speedup(const std::vector<RunTotal>& runs) {
  if (runs.size() < 2 || runs.back().total <= 0) return 0.0;
  return static_cast<double>(runs.front().total) / static_cast<double>(runs.back().total);
}

std::string totals_line(const std::vector<RunTotal>& runs) {
  std::string line;
  bool all_finished = !runs.empty();
  for (const RunTotal& r : runs) {
    if (!line.empty()) line += " · ";
    line += r.name;
    line += ' ';
    line += r.finished ? format_seconds(r.total) : std::string("…");
    all_finished = all_finished && r.finished;
  }
  const double x = speedup(runs);
  if (all_finished && x > 0.0) {
    char buf[48];
    // A run that got slower is said so plainly rather than as "0.5× faster".
    if (x >= 1.0) std::snprintf(buf, sizeof buf, " · %.1f× faster", x);
    else std::snprintf(buf, sizeof buf, " · %.1f× slower", 1.0 / x);
    line += buf;
  }
  return line;
}

}  // namespace ls::app
