#include "model/time_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ls::app {

void TimeAxis::set_pixels(float x0, float width) {
  x0_ = x0;
  width_ = std::max(width, 1.0f);  // a zero-width panel must not divide by zero
}

void TimeAxis::set_view(double start_s, double end_s) {
  double span = std::clamp(end_s - start_s, kMinSpanSeconds, kMaxSpanSeconds);
  start_ = start_s;
  end_ = start_s + span;
}

void TimeAxis::fit(double start_s, double end_s, double margin) {
  const double span = std::max(end_s - start_s, kMinSpanSeconds);
  set_view(start_s, end_s + span * margin);
}

float TimeAxis::to_px(double seconds) const {
  return x0_ + static_cast<float>((seconds - start_) / span() * width_);
}

double TimeAxis::to_seconds(float px) const {
  return start_ + static_cast<double>(px - x0_) / width_ * span();
}

void TimeAxis::zoom_at(float px, double factor) {
  if (!(factor > 0.0)) return;
  const double anchor = to_seconds(px);
  const double new_span = std::clamp(span() / factor, kMinSpanSeconds, kMaxSpanSeconds);
  // The anchor keeps its fraction of the width, hence its pixel.
  const double frac = static_cast<double>(px - x0_) / width_;
  start_ = anchor - frac * new_span;
  end_ = start_ + new_span;
}

void TimeAxis::pan_px(float dx) {
  const double dt = static_cast<double>(dx) * seconds_per_pixel();
  start_ -= dt;
  end_ -= dt;
}

double ruler_step(const TimeAxis& axis, float min_px) {
  const double min_step = std::max(axis.seconds_per_pixel() * min_px, 1e-12);
  double decade = std::pow(10.0, std::floor(std::log10(min_step)));
  for (;;) {
    for (double m : {1.0, 2.0, 5.0}) {
      if (m * decade >= min_step * (1.0 - 1e-9)) return m * decade;
    }
    decade *= 10.0;
  }
}

std::vector<RulerTick> ruler_ticks(const TimeAxis& axis, float min_px) {
  const double step = ruler_step(axis, min_px);
  std::vector<RulerTick> ticks;
  const double first = std::ceil(axis.view_start() / step - 1e-9);
  for (double k = first;; k += 1.0) {
    const double t = k * step;
    if (t > axis.view_end() + step * 1e-9) break;
    // k * step rather than repeated addition: no drift, and 0 prints as "0 s".
    const double clean = std::abs(t) < step * 1e-6 ? 0.0 : t;
    ticks.push_back({clean, axis.to_px(clean), format_tick(clean, step)});
  }
  return ticks;
}

std::string format_tick(double seconds, double step) {
  char buf[48];
  const bool millis = step < 0.1 && step >= 1e-4;
  const bool micros = step < 1e-4;
  const double scale = micros ? 1e6 : millis ? 1e3 : 1.0;
  const double v = seconds * scale;
  const double s = step * scale;
  // Enough decimals to tell neighbouring ticks apart, and no more.
  int decimals = 0;
  while (decimals < 6 && std::abs(s * std::pow(10.0, decimals) -
                                  std::round(s * std::pow(10.0, decimals))) > 1e-6) {
    ++decimals;
  }
  std::snprintf(buf, sizeof buf, "%.*f %s", decimals, v, micros ? "µs" : millis ? "ms" : "s");
  return buf;
}

}  // namespace ls::app
