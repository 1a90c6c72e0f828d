// The lesson list and lesson text panels drawn headless, clicked through the
// harness' mouse and keys, acting on a Workspace of native runs.
#include <imgui_internal.h>  // FindWindowByName

#include <catch2/catch.hpp>

#include "code_panel.h"
#include "imgui_harness.h"
#include "lesson_fixture.h"
#include "lesson_list_panel.h"
#include "lesson_panel.h"
#include "panel_host.h"
#include "theme.h"
#include "timeline_panel.h"

using namespace ls::app;

namespace {

struct Rig {
  test::HeadlessImGui imgui{1600.0f, 900.0f, 26.0f};
  test::LessonFolder folder;
  Workspace ws{load_library(folder.path()), test::native_runs};
  PanelHost panels;

  Rig() {
    REQUIRE(ws.restore(Settings{}));
    frame();
    frame();  // sizes settle on the second frame
  }
  void frame() { imgui.frame([&] { panels.draw(ws, imgui.fonts()); }); }
  void click(const ImRect& r) {
    REQUIRE(r.GetWidth() > 0.0f);
    imgui.mouse_at(r.GetCenter());
    frame();
    imgui.mouse_button(true);
    frame();
    imgui.mouse_button(false);
    frame();
    frame();  // the click acted mid-frame; the next frame draws its outcome
  }
  void press(int glfw_key) {
    imgui.key(glfw_key, true);
    frame();
    imgui.key(glfw_key, false);
    frame();
  }
  const LessonPanel& lesson() const { return *dynamic_cast<const LessonPanel*>(panels.find("Lesson")); }
  const LessonListPanel& list() const {
    return *dynamic_cast<const LessonListPanel*>(panels.find("Lessons"));
  }
};

ImRect window_rect(const char* name) {
  ImGuiWindow* w = ImGui::FindWindowByName(name);
  REQUIRE(w != nullptr);
  return w->Rect();
}

}  // namespace

TEST_CASE("Clicking Next turns to the next step and the runs it shows; Back returns",
          "[app][panels][lesson]") {
  Rig rig;
  CHECK(rig.lesson().position_label() == "step 1 of 4");
  rig.click(rig.lesson().hits().back);  // disabled on the first step
  CHECK(rig.ws.steps()->step_index() == 0);
  rig.click(rig.lesson().hits().next);
  CHECK(rig.ws.steps()->step_index() == 1);
  CHECK(rig.lesson().position_label() == "step 2 of 4");
  REQUIRE(rig.ws.session().runs().size() == 1);
  CHECK(rig.ws.session().runs()[0].title == "blocking");
  rig.click(rig.lesson().hits().back);
  CHECK(rig.ws.steps()->step_index() == 0);
  CHECK(rig.ws.session().runs().size() == 2);
}

TEST_CASE("The Next button's tooltip names PgDn", "[app][panels][lesson]") {
  Rig rig;
  rig.imgui.mouse_at(rig.lesson().hits().next.GetCenter());
  rig.frame();
  rig.frame();
  ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
  REQUIRE(tip != nullptr);
  CHECK(tip->Active);
}

TEST_CASE("PgDn and PgUp turn the lesson's steps", "[app][panels][lesson][keys]") {
  Rig rig;
  rig.press(GLFW_KEY_PAGE_DOWN);
  rig.press(GLFW_KEY_PAGE_DOWN);
  CHECK(rig.ws.steps()->step_index() == 2);
  rig.press(GLFW_KEY_PAGE_UP);
  CHECK(rig.ws.steps()->step_index() == 1);
}

TEST_CASE("Choosing a radio button records the prediction and Reveal shows the answer",
          "[app][panels][lesson][questions]") {
  Rig rig;
  const auto& hits = rig.lesson().hits();
  REQUIRE(hits.choices.size() == 1);
  REQUIRE(hits.choices[0].size() == 2);
  rig.click(hits.choices[0][0]);
  CHECK(rig.ws.steps()->chosen(0) == 0);
  rig.click(rig.lesson().hits().choices[0][1]);  // a prediction can change
  CHECK(rig.ws.steps()->chosen(0) == 1);
  CHECK_FALSE(rig.ws.steps()->revealed(0));
  rig.click(rig.lesson().hits().reveal[0]);
  CHECK(rig.ws.steps()->revealed(0));
  CHECK(rig.ws.steps()->predicted_right(0) == true);
  // Revealed: the choices are marks now, no Reveal button.
  CHECK(rig.lesson().hits().reveal[0].GetWidth() == 0.0f);
  CHECK(rig.lesson().hits().choices[0][0].GetWidth() == 0.0f);
}

TEST_CASE("Clicking a lesson in the list opens it; a broken one cannot be opened",
          "[app][panels][lesson][list]") {
  Rig rig;
  rig.click(rig.list().fold_rect());  // unfold
  REQUIRE(rig.list().entry_rects().size() == 3);
  rig.click(rig.list().entry_rects()[1]);
  CHECK(rig.ws.lesson()->id == "beta");
  CHECK(rig.lesson().position_label() == "step 1 of 1");
  CHECK(rig.list().details()[0] == "from doc-alpha.txt");
  // The broken one says what is wrong and where, and cannot be opened.
  CHECK(rig.list().details()[2].find("03-broken/lesson.md:1:") != std::string::npos);
  rig.click(rig.list().entry_rects()[2]);
  CHECK(rig.ws.lesson()->id == "beta");
}

TEST_CASE("The lesson list starts folded to one line and unfolds above the lesson text",
          "[app][panels][lesson][list]") {
  Rig rig;
  CHECK_FALSE(rig.panels.test_settings().show_lesson_list);
  CHECK(window_rect("Lessons").GetHeight() < 26.0f * 3.0f);
  const float text_h = window_rect("Lesson").GetHeight();
  rig.click(rig.list().fold_rect());
  CHECK(rig.panels.test_settings().show_lesson_list);
  CHECK(window_rect("Lesson").GetHeight() < text_h);
  CHECK(window_rect("Lessons").GetHeight() > 26.0f * 5.0f);
  CHECK(window_rect("Lessons").GetHeight() <= 900.0f * 0.4f + 1.0f);  // the text keeps most
  rig.click(rig.list().fold_rect());
  CHECK(window_rect("Lesson").GetHeight() == text_h);
}

TEST_CASE("The lesson column sits left of the timeline and the loop column right of it",
          "[app][panels][lesson][layout]") {
  Rig rig;
  const ImRect list = window_rect("Lessons");
  const ImRect text = window_rect("Lesson");
  const ImRect timeline = window_rect("Timeline");
  const ImRect loop = window_rect("Event loop");
  CHECK(list.Min.x == 0.0f);
  CHECK(list.Max.y <= text.Min.y);
  CHECK(text.Max.x <= timeline.Min.x);
  CHECK(timeline.Max.x <= loop.Min.x);
  // The lesson text runs down to the legend; the code sits beside it, under the
  // timeline, and leaves the timeline most of the height.
  const ImRect legend = window_rect("Legend");
  const ImRect code = window_rect("Code");
  CHECK(text.Max.y == Approx(legend.Min.y).margin(1.0));
  CHECK(legend.Max.y == Approx(900.0f).margin(1.0));
  CHECK(legend.Min.x == 0.0f);
  CHECK(code.Min.x >= text.Max.x);
  CHECK(timeline.Max.y <= code.Min.y);
  CHECK(code.Max.y <= legend.Min.y);
  CHECK(code.GetHeight() <= 900.0f * 0.32f + 1.0f);
  // Timeline first: it has more of the width than the lesson and loop columns together.
  CHECK(timeline.GetWidth() > text.GetWidth() + loop.GetWidth());
}

TEST_CASE("Ctrl B folds the lesson column away and the timeline takes its width; again brings it back",
          "[app][panels][lesson][layout][keys]") {
  Rig rig;
  const ImRect before = window_rect("Timeline");
  REQUIRE(before.Min.x > 0.0f);
  rig.imgui.ctrl(true);
  rig.press(GLFW_KEY_B);
  rig.imgui.ctrl(false);
  rig.frame();
  CHECK(rig.panels.test_settings().hide_lessons);
  CHECK(ImGui::FindWindowByName("Lesson")->Active == false);
  const ImRect wide = window_rect("Timeline");
  CHECK(wide.Min.x == 0.0f);
  CHECK(wide.GetWidth() == Approx(before.GetWidth() + before.Min.x).margin(1.0));
  rig.imgui.ctrl(true);
  rig.press(GLFW_KEY_B);
  rig.imgui.ctrl(false);
  rig.frame();
  CHECK_FALSE(rig.panels.test_settings().hide_lessons);
  CHECK(window_rect("Timeline").Min.x == before.Min.x);
}

TEST_CASE("The code panel shows the programs of the step's runs", "[app][panels][lesson][code]") {
  Rig rig;
  const auto& code = *dynamic_cast<const CodePanel*>(rig.panels.find("Code"));
  REQUIRE(code.book().size() == 2);
  CHECK(code.book().view(0).title() == "blocking");
  CHECK(code.book().view(0).pointed(4));
  rig.press(GLFW_KEY_PAGE_DOWN);
  REQUIRE(code.book().size() == 1);
  CHECK(code.book().view(0).title() == "blocking");
  CHECK_FALSE(code.book().view(0).pointed(4));  // this step points nowhere
}

TEST_CASE("After a step with other runs the timeline shows them whole", "[app][panels][lesson]") {
  Rig rig;
  const auto& timeline = *dynamic_cast<const TimelinePanel*>(rig.panels.find("Timeline"));
  CHECK(timeline.axis().span() == Approx(6.0).margin(0.7));
  rig.ws.go_to_step(3);  // async alone: 3 s
  rig.frame();
  CHECK(timeline.axis().span() == Approx(3.0).margin(0.4));
}

TEST_CASE("Without lessons the lesson panels take no room", "[app][panels][lesson]") {
  test::HeadlessImGui imgui{1600.0f, 900.0f, 26.0f};
  Workspace ws(make_demo_session());
  PanelHost panels;
  imgui.frame([&] { panels.draw(ws, imgui.fonts()); });
  imgui.frame([&] { panels.draw(ws, imgui.fonts()); });
  CHECK(ImGui::FindWindowByName("Lesson") == nullptr);
  CHECK(window_rect("Timeline").Min.x == 0.0f);
}

TEST_CASE("In presenter mode the toolbar keeps its buttons on one row inside the window",
          "[app][panels][layout][presenter]") {
  Rig rig;
  apply_theme(rig.imgui.fonts().px / 13.0f, false);  // the app's sizes, as at 26 px
  const auto content_width = [&] {
    rig.frame();
    rig.frame();
    return ImGui::FindWindowByName("Playback")->ContentSize.x;
  };
  const float desk = content_width();
  rig.panels.test_settings().presenter = true;
  const float presenting = content_width();
  INFO("toolbar content: " << desk << " px at the desk, " << presenting << " px presenting");
  const ImGuiWindow* bar = ImGui::FindWindowByName("Playback");
  CHECK(presenting <= bar->Size.x - 2.0f * ImGui::GetStyle().WindowPadding.x + 0.5f);
  CHECK(presenting < desk);
  CHECK(bar->Size.y < 900.0f * 0.1f);  // one row
}
