#include "model/time_axis.h"

#include <catch2/catch.hpp>

using ls::app::TimeAxis;

namespace {
TimeAxis axis_0_to_10s_on_1000px() {
  TimeAxis a;
  a.set_pixels(100.0f, 1000.0f);
  a.set_view(0.0, 10.0);
  return a;
}
}  // namespace

TEST_CASE("Time maps to pixels linearly and back", "[app][axis]") {
  const TimeAxis a = axis_0_to_10s_on_1000px();
  CHECK(a.to_px(0.0) == Approx(100.0f));
  CHECK(a.to_px(5.0) == Approx(600.0f));
  CHECK(a.to_px(ls::trace::from_seconds(10.0)) == Approx(1100.0f));
  CHECK(a.to_seconds(350.0f) == Approx(2.5));
  CHECK(a.seconds_per_pixel() == Approx(0.01));
}

TEST_CASE("Zooming about the cursor keeps the time under the cursor fixed", "[app][axis][zoom]") {
  TimeAxis a = axis_0_to_10s_on_1000px();
  const float cursor = 370.0f;
  const double before = a.to_seconds(cursor);
  a.zoom_at(cursor, 4.0);
  CHECK(a.to_seconds(cursor) == Approx(before).margin(1e-9));
  CHECK(a.span() == Approx(2.5));
  a.zoom_at(cursor, 0.1);  // and back out, past the start
  CHECK(a.to_seconds(cursor) == Approx(before).margin(1e-9));
  CHECK(a.span() == Approx(25.0));
}

TEST_CASE("Zooming in stops at a microsecond instead of collapsing the view", "[app][axis][zoom]") {
  TimeAxis a = axis_0_to_10s_on_1000px();
  for (int i = 0; i < 100; ++i) a.zoom_at(500.0f, 10.0);
  CHECK(a.span() == Approx(TimeAxis::kMinSpanSeconds));
  CHECK(a.to_seconds(500.0f) == Approx(4.0).margin(1e-6));
}

TEST_CASE("Dragging right by N pixels shows N pixels' worth of earlier time", "[app][axis][pan]") {
  TimeAxis a = axis_0_to_10s_on_1000px();
  a.pan_px(200.0f);
  CHECK(a.view_start() == Approx(-2.0));
  CHECK(a.view_end() == Approx(8.0));
}

TEST_CASE("Fit leaves a small margin after the end", "[app][axis]") {
  TimeAxis a;
  a.set_pixels(0.0f, 500.0f);
  a.fit(0.0, 6.0, 0.05);
  CHECK(a.view_start() == Approx(0.0));
  CHECK(a.view_end() == Approx(6.3));
}

TEST_CASE("Ruler ticks step by 1, 2 or 5 and never crowd closer than the minimum", "[app][axis][ruler]") {
  const TimeAxis a = axis_0_to_10s_on_1000px();  // 100 px per second
  CHECK(ls::app::ruler_step(a, 80.0f) == Approx(1.0));
  CHECK(ls::app::ruler_step(a, 120.0f) == Approx(2.0));
  CHECK(ls::app::ruler_step(a, 300.0f) == Approx(5.0));
  CHECK(ls::app::ruler_step(a, 30.0f) == Approx(0.5));
  const auto ticks = ls::app::ruler_ticks(a, 80.0f);
  REQUIRE(ticks.size() == 11);
  CHECK(ticks.front().label == "0 s");
  CHECK(ticks[3].label == "3 s");
  CHECK(ticks[3].px == Approx(400.0f));
}

TEST_CASE("Ruler labels carry just the decimals their step needs", "[app][axis][ruler]") {
  CHECK(ls::app::format_tick(2.0, 1.0) == "2 s");
  CHECK(ls::app::format_tick(2.5, 0.5) == "2.5 s");
  CHECK(ls::app::format_tick(0.04, 0.02) == "40 ms");
  CHECK(ls::app::format_tick(0.0125, 0.0005) == "12.5 ms");
  CHECK(ls::app::format_tick(3e-6, 1e-6) == "3 µs");
}
