// The event loop, console and toolbar panels in a headless ImGui frame.
#include <imgui_internal.h>  // FindWindowByName

#include <catch2/catch.hpp>

#include <algorithm>

#include "console_panel.h"
#include "hand_trace.h"
#include "imgui_harness.h"
#include "loop_panel.h"
#include "panel_host.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

struct Rig {
  explicit Rig(Session s) : session(std::move(s)) {}
  test::HeadlessImGui imgui{1920.0f, 1080.0f, 30.0f};
  Session session;
  PanelHost panels;

  void frame() { imgui.frame([&] { panels.draw(session, imgui.fonts()); }); }
  void press(int glfw_key) {
    imgui.key(glfw_key, true);
    frame();
    imgui.key(glfw_key, false);
    frame();
  }
  void seek(double seconds) {
    session.player().seek(from_seconds(seconds));
    session.sync();
    frame();
  }
  const LoopPanel& loop() const { return *dynamic_cast<const LoopPanel*>(panels.find("Event loop")); }
  const ConsolePanel& console() const {
    return *dynamic_cast<const ConsolePanel*>(panels.find("Console"));
  }
};

bool shows(const std::vector<std::string>& lines, const std::string& text) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("The loop panel lists a pending timer with its countdown", "[app][panels][loop]") {
  Rig rig(test::blocked_timer_session());
  rig.seek(0.25);
  const auto& text = rig.loop().last_text();
  CHECK(shows(text, "idle: next timer in 1.75 s"));
  CHECK(shows(text, "timers at 2.00 s · Task-1  in 1.75 s"));
  CHECK_FALSE(shows(text, "BLOCKED"));
}

TEST_CASE("The loop panel says when a task blocks the loop and how late the timer is", "[app][panels][loop]") {
  Rig rig(test::blocked_timer_session());
  rig.seek(2.25);
  const auto& text = rig.loop().last_text();
  CHECK(shows(text, "BLOCKED by Task-2 · time.sleep(2)"));
  CHECK(shows(text, "running Task-2  blocking the loop"));
  CHECK(shows(text, "0.25 s late"));
}

TEST_CASE("The console shows exactly the lines printed up to the playhead", "[app][panels][console]") {
  Rig rig(test::blocked_timer_session());
  rig.seek(0.0);
  CHECK(rig.console().shown_lines(0) == 1);
  CHECK(rig.console().last_line(0) == "sleeping");
  rig.seek(2.4);
  CHECK(rig.console().shown_lines(0) == 1);  // the block has not ended yet
  rig.seek(2.5);
  CHECK(rig.console().shown_lines(0) == 3);
  CHECK(rig.console().last_line(0) == "done");
  rig.seek(1.0);  // scrubbing back takes the later lines away again
  CHECK(rig.console().shown_lines(0) == 1);
}

TEST_CASE("The side column sits right of the timeline without overlapping it", "[app][panels]") {
  Rig rig(make_demo_session());
  rig.frame();
  rig.frame();
  const ImRect timeline = ImGui::FindWindowByName("Timeline")->Rect();
  const ImRect loop = ImGui::FindWindowByName("Event loop")->Rect();
  const ImRect console = ImGui::FindWindowByName("Console")->Rect();
  CHECK(timeline.Max.x <= loop.Min.x);
  CHECK(loop.Max.y <= console.Min.y);
  CHECK(timeline.GetWidth() > 1920.0f * 0.6f);
  CHECK(ImGui::FindWindowByName("Log") == nullptr);  // hidden unless asked for
}

TEST_CASE("J/L and [ ] change the speed; arrows step one loop event", "[app][panels][keys]") {
  Rig rig(make_demo_session());
  rig.frame();
  rig.press(GLFW_KEY_L);
  CHECK(rig.session.player().speed() == 2.0);
  rig.press(GLFW_KEY_RIGHT_BRACKET);
  CHECK(rig.session.player().speed() == 4.0);
  rig.press(GLFW_KEY_J);
  rig.press(GLFW_KEY_LEFT_BRACKET);
  rig.press(GLFW_KEY_LEFT_BRACKET);
  CHECK(rig.session.player().speed() == 0.5);
  rig.press(GLFW_KEY_RIGHT);
  CHECK(rig.session.player().position() == from_seconds(1.0));
  rig.press(GLFW_KEY_RIGHT);
  rig.press(GLFW_KEY_LEFT);
  CHECK(rig.session.player().position() == from_seconds(1.0));
  rig.press(GLFW_KEY_K);  // K plays and pauses, as in video players
  CHECK(rig.session.player().playing());
}

TEST_CASE("The side column follows the run still going once another has ended", "[app][panels][loop]") {
  Rig rig(make_demo_session());  // one after another (6 s), gathered (3 s)
  REQUIRE(rig.session.runs().size() == 2);
  UiState ui;
  const PanelContext ctx{rig.session, rig.imgui.fonts(), rig.panels.test_settings(), ui, nullptr};
  rig.seek(1.0);
  CHECK(LoopPanel::focused_run(ctx) == 1);  // both going: the last
  rig.seek(4.0);
  CHECK(LoopPanel::focused_run(ctx) == 0);  // gathered ended at 3 s
  rig.session.player().jump_to_end();
  rig.session.sync();
  CHECK(LoopPanel::focused_run(ctx) == 1);  // all ended: the last
  ui.focus_run = 0;  // a tab the class clicked stays chosen
  CHECK(LoopPanel::focused_run(ctx) == 0);
}
