#include "model/playback.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace ls::app {

namespace {

// Index of the first event whose time is after `t`: event times never decrease.
std::size_t first_after(const trace::Trace& tr, trace::Nanos t) {
  std::size_t lo = 0, hi = tr.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (tr[mid].time <= t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// Index of the first event whose time is at or after `t`.
std::size_t first_at_or_after(const trace::Trace& tr, trace::Nanos t) {
  std::size_t lo = 0, hi = tr.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (tr[mid].time < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

}  // namespace

const std::vector<double>& speed_steps() {
  static const std::vector<double> steps{0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0};
  return steps;
}

double faster(double speed) {
  for (double s : speed_steps()) {
    if (s > speed * 1.0001) return s;  // tolerance: 0.1 * 2.5 is not exactly 0.25
  }
  return speed_steps().back();
}

double slower(double speed) {
  const auto& steps = speed_steps();
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
    if (*it < speed * 0.9999) return *it;
  }
  return steps.front();
}

std::string speed_label(double speed) {
  char buf[32];
  // Whole speeds without decimals; below 1, as many as the step needs.
  const double tenths = std::round(speed * 10.0);
  if (speed >= 1.0 && std::abs(speed - std::round(speed)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f×", speed);
  } else if (std::abs(speed * 10.0 - tenths) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.1f×", speed);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f×", speed);
  }
  return buf;
}

trace::Nanos next_event_time(const std::vector<const trace::Trace*>& traces, trace::Nanos t,
                             trace::Nanos limit) {
  trace::Nanos best = limit;
  for (const trace::Trace* tr : traces) {
    const std::size_t i = first_after(*tr, t);
    if (i < tr->size()) best = std::min(best, (*tr)[i].time);
  }
  return std::max(best, std::min(t, limit));
}

trace::Nanos prev_event_time(const std::vector<const trace::Trace*>& traces, trace::Nanos t) {
  trace::Nanos best = 0;
  for (const trace::Trace* tr : traces) {
    const std::size_t i = first_at_or_after(*tr, t);
    if (i > 0) best = std::max(best, (*tr)[i - 1].time);
  }
  return best;
}

}  // namespace ls::app
