// The panels drawn in a headless ImGui frame, driven by injected keys and mouse.
#include <imgui_internal.h>  // FindWindowByName

#include <catch2/catch.hpp>

#include <cmath>

#include "imgui_harness.h"
#include "model/session.h"
#include "panel_host.h"
#include "timeline_panel.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

struct Rig {
  test::HeadlessImGui imgui{1600.0f, 900.0f, 26.0f};
  Session session = make_demo_session();
  PanelHost panels;

  void frame() { imgui.frame([&] { panels.draw(session, imgui.fonts()); }); }
  void press(int glfw_key) {
    imgui.key(glfw_key, true);
    frame();
    imgui.key(glfw_key, false);
    frame();
  }
  const TimelinePanel& timeline() const {
    return *dynamic_cast<const TimelinePanel*>(panels.find("Timeline"));
  }
};

ImRect window_rect(const char* name) {
  ImGuiWindow* w = ImGui::FindWindowByName(name);
  REQUIRE(w != nullptr);
  return w->Rect();
}

}  // namespace

TEST_CASE("The panels tile the window without overlapping", "[app][panels]") {
  Rig rig;
  rig.frame();
  rig.frame();
  const ImRect top = window_rect("Playback");
  const ImRect main = window_rect("Timeline");
  const ImRect bottom = window_rect("Legend");
  CHECK(top.Min.y == 0.0f);
  CHECK(top.Max.y <= main.Min.y);
  CHECK(main.Max.y <= bottom.Min.y);
  CHECK(bottom.Max.y == Approx(900.0f));
  CHECK(main.GetHeight() > 450.0f);  // the timeline keeps most of the screen
}

TEST_CASE("Space starts and pauses playback; Home goes back to the start", "[app][panels][keys]") {
  Rig rig;
  rig.frame();
  CHECK_FALSE(rig.session.player().playing());
  rig.press(GLFW_KEY_SPACE);
  CHECK(rig.session.player().playing());
  rig.session.tick(1.0);
  CHECK(rig.session.player().position() == from_seconds(1.0));
  rig.press(GLFW_KEY_SPACE);
  CHECK_FALSE(rig.session.player().playing());
  rig.press(GLFW_KEY_HOME);
  CHECK(rig.session.player().position() == 0);
  rig.press(GLFW_KEY_END);
  CHECK(rig.session.player().at_end());
}

TEST_CASE("Clicking the ruler moves the playhead to the time under the pointer", "[app][panels][mouse]") {
  Rig rig;
  rig.frame();
  const ImVec2 at(rig.timeline().axis().to_px(3.5), rig.timeline().ruler_y());
  rig.imgui.mouse_at(at);
  rig.frame();
  rig.imgui.mouse_button(true);
  rig.frame();
  rig.imgui.mouse_button(false);
  rig.frame();
  CHECK(ls::trace::to_seconds(rig.session.player().position()) == Approx(3.5).margin(0.01));
  // The loops were run as far as the new playhead needs: gathered has finished.
  CHECK(rig.session.runs()[1].run.finished());
  CHECK_FALSE(rig.session.runs()[0].run.finished());
}

TEST_CASE("Ctrl+wheel over the lanes zooms in about the pointer", "[app][panels][mouse][zoom]") {
  Rig rig;
  rig.frame();
  const TimeAxis before = rig.timeline().axis();
  // ImGui floors the pointer to whole pixels; point at one exactly.
  const ImVec2 at(std::floor(before.to_px(2.0)), rig.timeline().ruler_y() + 150.0f);
  const double under = before.to_seconds(at.x);
  rig.imgui.mouse_at(at);
  rig.frame();
  rig.imgui.ctrl(true);
  rig.imgui.wheel(2.0f);
  rig.frame();
  rig.imgui.ctrl(false);
  rig.frame();
  const TimeAxis& after = rig.timeline().axis();
  CHECK(after.span() < before.span() * 0.8);
  CHECK(after.to_seconds(at.x) == Approx(under).margin(1e-9));
}

TEST_CASE("Hovering a span shows what the task was doing and when", "[app][panels][mouse]") {
  Rig rig;
  rig.session.player().jump_to_end();  // spans show only up to the playhead
  rig.session.sync();
  rig.frame();
  rig.frame();  // sizes settle on the second frame
  // The first lane of the first run (Task-1 of "one after another"), its state row, at 2 s.
  const LaneBox& lane = rig.timeline().layout().lanes.at(0);
  const auto [y0, y1] = rig.timeline().layout().row_span(lane, 0);
  rig.imgui.mouse_at(ImVec2(std::floor(rig.timeline().axis().to_px(2.0)),
                            rig.timeline().lanes_origin_y() + (y0 + y1) * 0.5f));
  rig.frame();
  rig.frame();
  ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
  REQUIRE(tip != nullptr);
  CHECK(tip->Active);
  rig.imgui.mouse_at(ImVec2(5.0f, 5.0f));  // away: the tooltip goes
  rig.frame();
  CHECK_FALSE(tip->Active);
}

TEST_CASE("The timeline's view buttons zoom about the playhead, pan, and fit the whole run again",
          "[app][panels][mouse]") {
  Rig rig;
  rig.session.player().seek(from_seconds(2.0));
  rig.session.sync();
  rig.frame();
  rig.frame();
  const double whole = rig.timeline().axis().span();
  const auto click = [&](TimelinePanel::ViewButton b) {
    rig.imgui.mouse_at(rig.timeline().view_button_centre(b));
    rig.frame();
    rig.imgui.mouse_button(true);
    rig.frame();
    rig.imgui.mouse_button(false);
    rig.frame();
  };
  const float playhead_px = rig.timeline().axis().to_px(2.0);
  click(TimelinePanel::ViewButton::ZoomIn);
  CHECK(rig.timeline().axis().span() == Approx(whole * 0.8));
  CHECK(rig.timeline().axis().to_px(2.0) == Approx(playhead_px).margin(0.5));  // about the playhead
  click(TimelinePanel::ViewButton::PanRight);
  CHECK(rig.timeline().axis().to_px(2.0) < playhead_px);
  click(TimelinePanel::ViewButton::Fit);
  CHECK(rig.timeline().axis().span() == Approx(whole));
}
