// Test-only: lanes written by hand, so the app model's tests need no event loop and
// state exactly which spans they feed in. Times are in milliseconds for brevity.
#pragma once

#include <cstdint>

#include "model/time_axis.h"
#include "trace/timeline.h"

namespace ls::app::test {

inline trace::Nanos ms(double v) { return trace::from_seconds(v / 1000.0); }

// A view of [start, end] milliseconds over `width` pixels from x = 0.
inline TimeAxis view_ms(double start, double end, float width = 1000.0f) {
  TimeAxis a;
  a.set_pixels(0.0f, width);
  a.set_view(start / 1000.0, end / 1000.0);
  return a;
}

class LaneBuilder {
 public:
  // Appends a state span [start, end) in ms; end < 0 leaves it open.
  LaneBuilder& state(double start, double end,
                     trace::SpanState s = trace::SpanState::Running) {
    trace::StateSpan span;
    span.start = ms(start);
    span.end = end < 0 ? trace::kOpenEnd : ms(end);
    span.state = s;
    lane_.states.push_back(span);
    return *this;
  }
  // Appends a call span at `depth`; callers add them in start order, as the fold does.
  LaneBuilder& call(double start, double end, std::uint16_t depth) {
    trace::CallSpan span;
    span.start = ms(start);
    span.end = end < 0 ? trace::kOpenEnd : ms(end);
    span.depth = depth;
    lane_.calls.push_back(span);
    if (depth + 1 > lane_.max_depth) lane_.max_depth = static_cast<std::uint16_t>(depth + 1);
    return *this;
  }
  // `n` back-to-back spans of `each` ms from `start`, alternating running and ready,
  // like a task yielding with sleep(0) over and over.
  LaneBuilder& burst(double start, int n, double each) {
    for (int i = 0; i < n; ++i) {
      state(start + i * each, start + (i + 1) * each,
            i % 2 ? trace::SpanState::Ready : trace::SpanState::Running);
    }
    return *this;
  }
  trace::Lane build() const { return lane_; }

 private:
  trace::Lane lane_;
};

}  // namespace ls::app::test
