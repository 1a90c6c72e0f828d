#include "model/lane_layout.h"

#include <catch2/catch.hpp>

using namespace ls::app;

namespace {
LayoutMetrics simple_metrics() {
  LayoutMetrics m;
  m.header = 40;
  m.state_row = 30;
  m.call_row = 20;
  m.lane_gap = 10;
  m.section_gap = 50;
  return m;
}
}  // namespace

TEST_CASE("Runs stack as a header then their lanes, each as tall as its call depth", "[app][layout]") {
  const StackLayout l = stack_lanes({{2}, {0, 1}}, simple_metrics());
  REQUIRE(l.sections.size() == 2);
  REQUIRE(l.lanes.size() == 3);
  CHECK(l.lanes[0].y0 == Approx(40));   // below the first header
  CHECK(l.lanes[0].y1 == Approx(110));  // 30 + 2 * 20
  CHECK(l.sections[1].y0 == Approx(160));
  CHECK(l.lanes[1].y0 == Approx(200));
  CHECK(l.lanes[1].y1 == Approx(230));
  CHECK(l.lanes[2].y0 == Approx(240));
  CHECK(l.lanes[2].section == 1);
  CHECK(l.lanes[2].lane == 1);
  CHECK(l.height == Approx(290));
  const auto [top, bottom] = l.row_span(l.lanes[0], 2);
  CHECK(top == Approx(90));
  CHECK(bottom == Approx(110));
}

TEST_CASE("Only lanes crossing the visible band are visited", "[app][layout][cull]") {
  std::vector<int> many(10'000, 1);  // 10,000 lanes of 50 px, 10 px apart
  const StackLayout l = stack_lanes({many}, simple_metrics());
  const auto [first, last] = l.visible(40.0f + 60.0f * 100 + 5.0f, 40.0f + 60.0f * 110);
  CHECK(first == 100);
  CHECK(last == 110);
  const auto [none_a, none_b] = l.visible(1e9f, 2e9f);
  CHECK(none_a == none_b);
}
