#include "model/draw_list.h"

#include <catch2/catch.hpp>

#include "lane_builder.h"

using namespace ls::app;
using ls::app::test::LaneBuilder;
using ls::app::test::ms;

using ls::app::test::view_ms;

namespace {

std::vector<DrawItem> items_of(const ls::trace::Lane& lane, const TimeAxis& axis,
                               DrawListOptions opts = {}) {
  CallRows rows;
  rows.update(lane);
  std::vector<DrawItem> out;
  build_lane_items(lane, rows, axis, opts, out);
  return out;
}

std::uint32_t total_count(const std::vector<DrawItem>& items) {
  std::uint32_t n = 0;
  for (const auto& it : items) n += it.count;
  return n;
}

}  // namespace

TEST_CASE("Only the spans inside the visible time range are listed", "[app][drawlist][cull]") {
  LaneBuilder b;
  for (int i = 0; i < 100; ++i) b.state(i * 100.0, (i + 1) * 100.0);  // 0..10 s
  const auto items = items_of(b.build(), view_ms(2000, 3000));
  // Span 19 ends exactly at 2 s and span 30 starts exactly at 3 s: both out of view.
  REQUIRE(items.size() == 10);
  CHECK(items.front().first == 20);
  CHECK(items.back().first == 29);
  CHECK(items.front().x0 == Approx(0.0f));
  CHECK(items.back().x1 == Approx(1000.0f));
}

TEST_CASE("Spans cut by the view's edges are clipped to just outside it", "[app][drawlist][cull]") {
  const auto lane = LaneBuilder().state(0, 5000).state(5000, 10000).build();
  const auto items = items_of(lane, view_ms(4000, 6000));
  REQUIRE(items.size() == 2);
  CHECK(items[0].x0 == Approx(-1.0f));
  CHECK(items[0].x1 == Approx(500.0f));
  CHECK(items[1].x1 == Approx(1001.0f));
}

TEST_CASE("A run of spans narrower than 3 px folds into one block with their count", "[app][drawlist][fold]") {
  // 0.5 px per ms: the 100 one-ms spans are half a pixel each.
  const auto lane = LaneBuilder().state(0, 1000).burst(1000, 100, 1.0).state(1100, 2000).build();
  const auto items = items_of(lane, view_ms(0, 2000));
  REQUIRE(items.size() == 3);
  CHECK(items[0].kind == ItemKind::State);
  CHECK(items[1].kind == ItemKind::Fold);
  CHECK(items[1].count == 100);
  CHECK(items[1].first == 1);
  CHECK(items[1].x0 == Approx(500.0f));
  CHECK(items[1].x1 == Approx(550.0f));
  CHECK(items[2].first == 101);
}

TEST_CASE("A fold stops at a gap wider than the fold threshold", "[app][drawlist][fold]") {
  // Two bursts 20 ms (10 px) apart: two blocks, not one.
  const auto lane = LaneBuilder().burst(0, 10, 1.0).burst(30, 10, 1.0).build();
  const auto items = items_of(lane, view_ms(0, 2000));
  REQUIRE(items.size() == 2);
  CHECK(items[0].count == 10);
  CHECK(items[1].count == 10);
  CHECK(items[1].first == 10);
}

TEST_CASE("A lone tiny span stays a span rather than a block of one", "[app][drawlist][fold]") {
  const auto lane = LaneBuilder().state(0, 1000).state(1000, 1002).state(1002, 2000).build();
  const auto items = items_of(lane, view_ms(0, 2000));
  REQUIRE(items.size() == 3);
  CHECK(items[1].kind == ItemKind::State);
  CHECK(items[1].count == 1);
}

TEST_CASE("Zooming in unfolds a block into its spans", "[app][drawlist][fold][zoom]") {
  const auto lane = LaneBuilder().burst(1000, 100, 1.0).build();
  CHECK(items_of(lane, view_ms(0, 2000)).size() == 1);
  const auto zoomed = items_of(lane, view_ms(1000, 1100));  // 10 px per span
  REQUIRE(zoomed.size() == 100);
  CHECK(zoomed[42].kind == ItemKind::State);
  CHECK(zoomed[42].first == 42);
}

TEST_CASE("Nothing after the playhead is drawn and open spans end at it", "[app][drawlist][clip]") {
  const auto lane = LaneBuilder().state(0, 1000).state(1000, -1, ls::trace::SpanState::Waiting).build();
  DrawListOptions opts;
  opts.clip = ms(1500);
  const auto items = items_of(lane, view_ms(0, 2000), opts);
  REQUIRE(items.size() == 2);
  CHECK_FALSE(items[0].open);
  CHECK(items[1].open);
  CHECK(items[1].x1 == Approx(750.0f));

  opts.clip = ms(800);  // the playhead before the second span began
  const auto early = items_of(lane, view_ms(0, 2000), opts);
  REQUIRE(early.size() == 1);
  CHECK(early[0].open);  // the first span, cut at the playhead, is still going on
  CHECK(early[0].x1 == Approx(400.0f));
}

TEST_CASE("A call frame begun long before the view is still found by depth", "[app][drawlist][calls]") {
  // main() spans everything; download(n) frames nest inside it one after another.
  const auto lane = LaneBuilder()
                        .state(0, 6000)
                        .call(0, 6000, 0)
                        .call(0, 1000, 1)
                        .call(1000, 3000, 1)
                        .call(3000, 6000, 1)
                        .build();
  const auto items = items_of(lane, view_ms(3500, 4000));
  REQUIRE(items.size() == 3);
  CHECK(items[0].row == 0);
  CHECK(items[1].row == 1);
  CHECK(items[1].kind == ItemKind::Call);
  CHECK(items[1].first == 0);
  CHECK(items[2].row == 2);
  CHECK(items[2].first == 3);  // download(3), index 3 in lane.calls
}

TEST_CASE("Folded and single items together account for every visible span", "[app][drawlist][fold]") {
  LaneBuilder b;
  double t = 0;
  for (int i = 0; i < 2000; ++i) {  // widths cycling through 0.1 ms .. 40 ms
    const double w = 0.1 + (i * 37 % 400) / 10.0;
    b.state(t, t + w);
    t += w;
  }
  const auto lane = b.build();
  for (float width : {200.0f, 1000.0f, 5000.0f}) {
    const auto items = items_of(lane, view_ms(0, t, width));
    CHECK(total_count(items) == 2000);
    for (std::size_t i = 1; i < items.size(); ++i) CHECK(items[i].x0 >= items[i - 1].x0);
  }
}

TEST_CASE("A million tiny spans become at most a block per few pixels", "[app][drawlist][fold][scale]") {
  ls::trace::Lane lane;
  lane.states.resize(1'000'000);
  for (std::size_t i = 0; i < lane.states.size(); ++i) {
    lane.states[i].start = static_cast<ls::trace::Nanos>(i) * 1000;  // 1 µs each
    lane.states[i].end = static_cast<ls::trace::Nanos>(i + 1) * 1000;
  }
  const auto items = items_of(lane, view_ms(0, 1000, 1920.0f));
  CHECK(items.size() <= 1920 / 3 + 1);
  CHECK(total_count(items) == 1'000'000);
}

TEST_CASE("Hit-testing finds the item under the pointer on its row", "[app][drawlist][hit]") {
  const auto lane = LaneBuilder().state(0, 1000).state(1000, 2000).call(0, 1500, 0).build();
  const auto items = items_of(lane, view_ms(0, 2000));
  const DrawItem* hit = hit_test(items, 0, 700.0f);
  REQUIRE(hit != nullptr);
  CHECK(hit->first == 1);
  const DrawItem* call = hit_test(items, 1, 700.0f);
  REQUIRE(call != nullptr);
  CHECK(call->kind == ItemKind::Call);
  CHECK(hit_test(items, 1, 800.0f) == nullptr);  // the frame ended at 750 px
  CHECK(hit_test(items, 2, 100.0f) == nullptr);
}

TEST_CASE("Spans of no length are listed, even at the view's very start", "[app][drawlist][cull]") {
  // Virtual time: the task is queued and runs at 0 s, waits until 1 s, runs again.
  const auto lane = LaneBuilder()
                        .state(0, 0, ls::trace::SpanState::Ready)
                        .state(0, 0)
                        .state(0, 1000, ls::trace::SpanState::Waiting)
                        .state(1000, 1000)
                        .build();
  const auto items = items_of(lane, view_ms(0, 2000));
  REQUIRE(items.size() == 3);
  CHECK(items[0].kind == ItemKind::Fold);  // queued and run at one instant
  CHECK(items[0].count == 2);
  CHECK(items[1].first == 2);
  CHECK(items[2].first == 3);
  CHECK(items[2].x0 == Approx(500.0f));
}
