// The wake-up arrows' draw list: which arrows are in view, culled by time, by lane
// and by the playhead, and thinned where they would pile up on one lane.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "model/draw_list.h"
#include "model/lane_layout.h"
#include "lane_builder.h"
#include "timeline_painter.h"

using namespace ls::app;
using ls::trace::EventKind;
using ls::trace::from_seconds;
using ls::trace::Nanos;
using ls::trace::TaskId;
using ls::trace::WaitKind;

using ls::app::test::view_ms;

namespace {

// Writes the events the loop would, for tasks that sleep and tasks that await
// others. Times in milliseconds.
class Events {
 public:
  ls::trace::Trace trace;

  Events& at(double ms) {
    now_ = from_seconds(ms / 1000.0);
    return *this;
  }
  Events& ev(EventKind k, TaskId task, std::uint32_t target = 0, WaitKind w = WaitKind::None) {
    trace.append({now_, 0, task, target, 0, 0, k, w});
    return *this;
  }
  // A task that exists and is running now.
  Events& start(TaskId task) {
    return ev(EventKind::TaskCreated, task).ev(EventKind::Queued, task).ev(EventKind::Running, task);
  }
  // `task` sleeps on a fresh timer and its timer fires at `wake_ms`.
  Events& sleep_until(TaskId task, double wake_ms) {
    const std::uint32_t timer = ++timers_;
    ev(EventKind::Awaiting, task, timer, WaitKind::Timer);
    at(wake_ms).ev(EventKind::TimerFired, task, timer).ev(EventKind::Queued, 0);
    return ev(EventKind::CallbackRun, 0).ev(EventKind::Queued, task).ev(EventKind::Running, task);
  }

 private:
  Nanos now_ = 0;
  std::uint32_t timers_ = 0;
};

std::vector<ArrowItem> arrows_of(const ls::trace::Timeline& t, const TimeAxis& axis,
                                 ArrowOptions opts = {}) {
  std::vector<ArrowItem> out;
  build_arrows(t, axis, opts, out);
  return out;
}

// Task 1 woken by its timer every 100 ms, at 100, 200, ... 1000 ms.
ls::trace::Timeline sleeper() {
  Events e;
  e.start(1);
  for (int i = 1; i <= 10; ++i) e.sleep_until(1, i * 100.0);
  return ls::trace::Timeline::fold(e.trace);
}

}  // namespace

TEST_CASE("Only the wake-ups whose time is in view get an arrow", "[app][drawlist][arrows]") {
  const auto t = sleeper();
  REQUIRE(t.wakeups().size() == 10);
  const auto arrows = arrows_of(t, view_ms(250, 650));
  REQUIRE(arrows.size() == 4);  // 300, 400, 500 and 600 ms
  CHECK(arrows.front().x_to == Approx(50.0f / 400.0f * 1000.0f));
  CHECK(arrows.back().x_to == Approx(350.0f / 400.0f * 1000.0f));
  for (const ArrowItem& a : arrows) {
    CHECK(a.from_lane == kNoLane);  // a timer: no lane at the tail
    CHECK(a.to_lane == 0);
    CHECK(a.count == 1);
  }
}

TEST_CASE("A wake-up after the playhead has no arrow yet; one at the playhead has", "[app][drawlist][arrows]") {
  const auto t = sleeper();
  ArrowOptions opts;
  opts.clip = from_seconds(0.5);
  const auto arrows = arrows_of(t, view_ms(0, 1000), opts);
  REQUIRE(arrows.size() == 5);
  CHECK(t.wakeups()[arrows.back().wakeup].time == from_seconds(0.5));
}

TEST_CASE("Arrows landing within 3 px on one lane are thinned to one that counts them", "[app][drawlist][arrows]") {
  Events e;
  e.start(1);
  // A wake-up every 0.7 ms: at 1 px per ms the fifth after a kept one is the first
  // 3 px away (3.5 px), so one in five is kept.
  for (int i = 1; i <= 1000; ++i) e.sleep_until(1, i * 0.7);
  const auto t = ls::trace::Timeline::fold(e.trace);
  const auto arrows = arrows_of(t, view_ms(0, 1000));
  CHECK(arrows.size() == 200);
  std::uint32_t total = 0;
  for (std::size_t i = 0; i < arrows.size(); ++i) {
    total += arrows[i].count;
    if (i > 0) CHECK(arrows[i].x_to - arrows[i - 1].x_to >= Approx(3.0f));
  }
  CHECK(total == 1000);
  // Zoomed in ten times (7 px apart), every wake-up in view has its own arrow.
  CHECK(arrows_of(t, view_ms(0, 69.5)).size() == 99);
}

TEST_CASE("An arrow is listed when either of its lanes is on screen, not when both are off", "[app][drawlist][arrows]") {
  // Task 1 awaits Task 2, which sleeps to 1 s; Task 3 only sleeps to 2 s.
  Events e;
  e.start(1).ev(EventKind::TaskCreated, 2).ev(EventKind::TaskCreated, 3);
  e.ev(EventKind::Queued, 2).ev(EventKind::Queued, 3);
  e.ev(EventKind::Awaiting, 1, 2, WaitKind::Task);
  e.ev(EventKind::Running, 2).ev(EventKind::Awaiting, 2, 1, WaitKind::Timer);
  e.ev(EventKind::Running, 3).ev(EventKind::Awaiting, 3, 2, WaitKind::Timer);
  e.at(1000).ev(EventKind::TimerFired, 2, 1).ev(EventKind::Queued, 0).ev(EventKind::CallbackRun, 0);
  e.ev(EventKind::Queued, 2).ev(EventKind::Running, 2).ev(EventKind::Done, 2).ev(EventKind::Queued, 1);
  e.ev(EventKind::Running, 1).ev(EventKind::Done, 1);
  e.at(2000).ev(EventKind::TimerFired, 3, 2).ev(EventKind::Queued, 0).ev(EventKind::CallbackRun, 0);
  e.ev(EventKind::Queued, 3).ev(EventKind::Running, 3).ev(EventKind::Done, 3);
  const auto t = ls::trace::Timeline::fold(e.trace);
  REQUIRE(t.wakeups().size() == 3);  // Task 2's timer, Task 1 by Task 2, Task 3's timer
  const auto axis = view_ms(0, 3000);

  auto on = [&](std::size_t lo, std::size_t hi) {
    ArrowOptions opts;
    opts.lane_lo = lo;
    opts.lane_hi = hi;
    return arrows_of(t, axis, opts);
  };
  const auto top = on(0, 1);  // only Task 1's lane: its arrow from Task 2
  REQUIRE(top.size() == 1);
  CHECK(top[0].to_lane == 0);
  CHECK(top[0].from_lane == 1);
  CHECK(top[0].x_from == Approx(axis.to_px(from_seconds(1.0))));
  const auto middle = on(1, 2);  // Task 2's lane: its timer, and its arrow to Task 1
  REQUIRE(middle.size() == 2);
  CHECK(middle[0].to_lane == 1);
  CHECK(middle[1].to_lane == 0);
  CHECK(middle[1].from_lane == 1);
  const auto bottom = on(2, 3);  // Task 3's lane: only its own timer
  REQUIRE(bottom.size() == 1);
  CHECK(bottom[0].to_lane == 2);
  CHECK(on(0, 3).size() == 3);  // each arrow once, though both its lanes are on screen
}

TEST_CASE("The arrow nearest the pointer on a lane is found within a few pixels", "[app][drawlist][arrows]") {
  const auto t = sleeper();
  const auto arrows = arrows_of(t, view_ms(0, 1000));
  const ArrowItem* hit = hit_arrow(arrows, 0, 302.0f, 4.0f);
  REQUIRE(hit != nullptr);
  CHECK(t.wakeups()[hit->wakeup].time == from_seconds(0.3));
  CHECK(hit_arrow(arrows, 0, 350.0f, 4.0f) == nullptr);
  CHECK(hit_arrow(arrows, 1, 300.0f, 4.0f) == nullptr);
}

TEST_CASE("A task waking many off-screen lanes at once gets one arrow that counts them", "[app][drawlist][arrows]") {
  // Task 1 sets an event ten tasks wait on: ten wake-ups at the same instant.
  Events e;
  for (TaskId t = 2; t <= 11; ++t) e.start(t).ev(EventKind::Awaiting, t, 0, WaitKind::Event);
  e.start(1).at(500).ev(EventKind::Running, 1);
  for (TaskId t = 2; t <= 11; ++t) e.ev(EventKind::Queued, t);
  const auto t = ls::trace::Timeline::fold(e.trace);
  REQUIRE(t.wakeups().size() == 10);
  ArrowOptions opts;
  const std::size_t setter = static_cast<std::size_t>(t.lane_of(1) - t.lanes().data());
  opts.lane_lo = setter;
  opts.lane_hi = setter + 1;
  const auto one = arrows_of(t, view_ms(0, 1000), opts);
  REQUIRE(one.size() == 1);
  CHECK(one[0].count == 10);
  CHECK(one[0].from_lane == setter);
  // With every lane on screen each woken lane has its own arrow.
  CHECK(arrows_of(t, view_ms(0, 1000)).size() == 10);
}

TEST_CASE("Pointing at an arrow's head says what woke the task", "[app][arrows][mouse]") {
  // Task 1 awaits Task 2, which sleeps until 1 s and ends: two wake-ups at 1 s.
  Events e;
  e.start(1).ev(EventKind::TaskCreated, 2).ev(EventKind::Queued, 2);
  e.ev(EventKind::Awaiting, 1, 2, WaitKind::Task);
  e.ev(EventKind::Running, 2).ev(EventKind::Awaiting, 2, 1, WaitKind::Timer);
  e.at(1000).ev(EventKind::TimerFired, 2, 1).ev(EventKind::Queued, 0).ev(EventKind::CallbackRun, 0);
  e.ev(EventKind::Queued, 2).ev(EventKind::Running, 2).ev(EventKind::Done, 2).ev(EventKind::Queued, 1);
  const auto t = ls::trace::Timeline::fold(e.trace);

  test::HeadlessImGui imgui(1200.0f, 600.0f, 20.0f);
  const StackLayout layout = stack_lanes({{0, 0}}, LayoutMetrics{});
  TimeAxis axis;
  axis.set_pixels(100.0f, 1000.0f);
  axis.set_view(0.0, 2.0);
  const float x = axis.to_px(from_seconds(1.0));
  auto say = [&](ImVec2 mouse) {
    std::string text;
    std::size_t drawn = 0;
    imgui.frame([&] {
      ImDrawList* dl = ImGui::GetBackgroundDrawList();
      const int before = dl->VtxBuffer.Size;
      text = paint::wake_arrows(dl, {t, layout, 0, 0, layout.lanes.size(), 0.0f, axis,
                                     ls::trace::kOpenEnd, ImVec2(100, 0), ImVec2(1100, 600), 20.0f,
                                     mouse, true});
      drawn = static_cast<std::size_t>(dl->VtxBuffer.Size - before);
    });
    CHECK(drawn > 0);  // both arrows painted whatever the pointer does
    return text;
  };
  auto middle = [&](std::size_t lane) {
    const auto [y0, y1] = layout.row_span(layout.lanes[lane], 0);
    return (y0 + y1) * 0.5f;
  };
  CHECK(say(ImVec2(x + 2.0f, middle(0))) == "woken by Task-2 finishing");
  CHECK(say(ImVec2(x - 2.0f, middle(1))) == "woken by its timer");
  CHECK(say(ImVec2(x + 200.0f, middle(1))).empty());
  CHECK(say(ImVec2(x, 590.0f)).empty());  // below every lane
}
