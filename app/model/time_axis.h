// The timeline's horizontal axis: which span of time is in view and how it maps
// onto pixels. Pure arithmetic, no GUI, so zoom and pan are unit-testable.
#pragma once

#include <string>
#include <vector>

#include "trace/event.h"

namespace ls::app {

class TimeAxis {
 public:
  // The narrowest view we allow: below a microsecond nothing in a lesson changes,
  // and doubles would start to lose the sub-pixel precision zoom relies on.
  static constexpr double kMinSpanSeconds = 1e-6;
  static constexpr double kMaxSpanSeconds = 1e6;

  // The pixel column the axis occupies on screen (x of time `view_start`, width).
  void set_pixels(float x0, float width);
  // The time range in view, in seconds. A degenerate range is widened to the minimum.
  void set_view(double start_s, double end_s);
  // Shows [start_s, end_s] with `margin` (a fraction of the range) of room on the right,
  // so a run's last span does not touch the panel's edge.
  void fit(double start_s, double end_s, double margin = 0.04);

  double view_start() const { return start_; }
  double view_end() const { return end_; }
  double span() const { return end_ - start_; }
  float x0() const { return x0_; }
  float width() const { return width_; }
  double seconds_per_pixel() const { return span() / width_; }

  float to_px(double seconds) const;
  float to_px(trace::Nanos t) const { return to_px(trace::to_seconds(t)); }
  double to_seconds(float px) const;
  trace::Nanos to_nanos(float px) const { return trace::from_seconds(to_seconds(px)); }

  // Zooms by `factor` (> 1 zooms in) keeping the time under pixel `px` where it is:
  // what a reader pointing at a span expects when they scroll.
  void zoom_at(float px, double factor);
  // Moves the view by `dx` pixels; positive dx drags the content right (earlier time).
  void pan_px(float dx);

 private:
  double start_ = 0.0;
  double end_ = 1.0;
  float x0_ = 0.0f;
  float width_ = 1.0f;
};

// One labelled tick of the time ruler.
struct RulerTick {
  double seconds = 0.0;
  float px = 0.0f;
  std::string label;  // "2 s", "0.5 s", "250 ms"
};

// A step from the 1-2-5 sequence, the smallest whose spacing on screen is at least
// `min_px` pixels, so labels never collide whatever the zoom.
double ruler_step(const TimeAxis& axis, float min_px);
// The ticks inside the view, at multiples of ruler_step.
std::vector<RulerTick> ruler_ticks(const TimeAxis& axis, float min_px);
// A time as a ruler label, with just the decimals `step` needs: "2 s", "2.5 s", "40 ms".
std::string format_tick(double seconds, double step);

}  // namespace ls::app
