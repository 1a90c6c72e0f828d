// The code panel drawn in a headless ImGui frame with the other panels, over a
// session whose run really interpreted the program; clicks and typing injected.
#include <imgui_internal.h>  // FindWindowByName

#include <catch2/catch.hpp>

#include <sstream>

#include "code_panel.h"
#include "imgui_harness.h"
#include "model/session.h"
#include "panel_host.h"
#include "model/python_program.h"
#include "python/run.h"
#include "workers_program.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

using test::kProgram;  // tests/gui/workers_program.h

// A session run of `text` really interpreted (to its end, then replayed lazily).
RunSpec python_spec(std::string title, std::string file, std::string text) {
  return RunSpec{title, [file, text] {
                   std::ostringstream out, err;
                   auto r = ls::py::run_source(file, text, ls::py::RunOptions{}, out, err);
                   REQUIRE(r.loop != nullptr);
                   return std::move(r.loop);
                 }};
}

struct Rig {
  test::HeadlessImGui imgui{1600.0f, 900.0f, 24.0f};
  Session session;
  PanelHost panels;

  explicit Rig(std::string text = kProgram)
      : session(std::vector<RunSpec>{python_spec("async", "workers.py", text)}) {
    code().book().show({CodeSource{"async", "workers.py", std::move(text), {}}});
  }
  CodePanel& code() { return *dynamic_cast<CodePanel*>(panels.find("Code")); }
  CodeView& view() { return code().book().view(0); }
  void frame() { imgui.frame([&] { panels.draw(session, imgui.fonts()); }); }
  void click(ImVec2 at) {
    REQUIRE(at.x >= 0.0f);
    imgui.mouse_at(at);
    frame();
    imgui.mouse_button(true);
    frame();
    imgui.mouse_button(false);
    frame();
  }
  void type(const char* text) {
    for (const char* c = text; *c; ++c) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(*c));
    frame();
  }
};

}  // namespace

TEST_CASE("The code panel shows each task's pill on its line at the playhead", "[app][code][panel]") {
  Rig rig;
  rig.session.player().seek(from_seconds(0.5));
  rig.session.sync();
  rig.frame();
  rig.frame();
  REQUIRE(ImGui::FindWindowByName("Code") != nullptr);
  const auto& ms = rig.code().markers(0);
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].label == "T1");
  CHECK(ms[0].line == 9);
  CHECK(ms[1].line == 5);
  CHECK(ms[2].line == 5);
  rig.session.player().seek(from_seconds(1.5));
  rig.session.sync();
  rig.frame();
  CHECK(rig.code().markers(0).size() == 2);
}

TEST_CASE("The code panel sits above the legend and below the timeline", "[app][code][panel]") {
  Rig rig;
  rig.frame();
  rig.frame();
  const ImRect code = ImGui::FindWindowByName("Code")->Rect();
  const ImRect timeline = ImGui::FindWindowByName("Timeline")->Rect();
  const ImRect legend = ImGui::FindWindowByName("Legend")->Rect();
  CHECK(timeline.Max.y <= code.Min.y);
  CHECK(code.Max.y <= legend.Min.y);
  CHECK(code.GetHeight() <= 900.0f * 0.36f + 1.0f);
  CHECK(rig.code().first_visible_line(0) == 1);
  CHECK(rig.code().last_visible_line(0) >= 9);
}

TEST_CASE("Edit, a typed syntax error and Run show the error in place; Reset clears it", "[app][code][panel][edit]") {
  Rig rig;
  std::vector<std::string> reruns;
  rig.code().book().set_rerun([&](std::size_t, std::string text) { reruns.push_back(std::move(text)); });
  rig.frame();
  rig.click(rig.code().button_centre(0, CodePanel::Button::Edit));
  REQUIRE(rig.view().editing());
  rig.frame();  // the editor takes the keyboard focus
  rig.type("def (:\n");
  REQUIRE(rig.view().draft() != kProgram);
  CHECK(rig.view().draft().find("def (:") != std::string::npos);
  rig.click(rig.code().button_centre(0, CodePanel::Button::Run));
  REQUIRE(rig.view().error().has_value());
  CHECK(rig.view().error()->kind == CodeError::Kind::Syntax);
  CHECK(rig.view().error()->line >= 1);
  CHECK(rig.view().editing());
  CHECK(reruns.empty());
  rig.frame();
  CHECK(rig.code().error_shown(0));
  // The app keeps working: playback and further frames go on.
  rig.session.tick(0.5);
  for (int i = 0; i < 5; ++i) rig.frame();
  rig.click(rig.code().button_centre(0, CodePanel::Button::Reset));
  CHECK_FALSE(rig.view().error().has_value());
  CHECK_FALSE(rig.view().editing());
  CHECK(rig.view().draft() == kProgram);
  rig.frame();
  CHECK_FALSE(rig.code().error_shown(0));
}

TEST_CASE("Ctrl+Enter runs the edit; Escape leaves the editor and keeps the text", "[app][code][panel][edit]") {
  Rig rig;
  ImGui::GetIO().KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;  // as the GLFW backend maps it
  rig.frame();
  rig.click(rig.code().button_centre(0, CodePanel::Button::Edit));
  rig.frame();
  rig.type("oops = (\n");
  REQUIRE(ImGui::GetActiveID() != 0);  // typing went to the editor
  rig.imgui.key(GLFW_KEY_ESCAPE, true);
  rig.frame();
  rig.imgui.key(GLFW_KEY_ESCAPE, false);
  rig.frame();
  CHECK(ImGui::GetActiveID() == 0);
  CHECK(rig.view().draft().find("oops = (") == 0);  // not undone
  CHECK(rig.view().editing());
  rig.imgui.ctrl(true);
  rig.imgui.key(GLFW_KEY_ENTER, true);
  rig.frame();
  rig.imgui.key(GLFW_KEY_ENTER, false);
  rig.imgui.ctrl(false);
  rig.frame();
  REQUIRE(rig.view().error().has_value());
  CHECK(rig.view().error()->line == 1);
  CHECK(rig.view().error()->message == "'(' was never closed");
}

TEST_CASE("A tab typed in the editor becomes four spaces", "[app][code][panel][edit]") {
  Rig rig;
  ImGui::GetIO().KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
  rig.frame();
  rig.click(rig.code().button_centre(0, CodePanel::Button::Edit));
  rig.frame();
  rig.type("if x:\n");
  rig.imgui.key(GLFW_KEY_TAB, true);
  rig.frame();
  rig.imgui.key(GLFW_KEY_TAB, false);
  rig.type("pass\n");
  CHECK(rig.view().draft().rfind("if x:\n    pass\n", 0) == 0);
  CHECK(rig.view().draft().find('\t') == std::string::npos);
}

TEST_CASE("Run with an edit that parses hands it to the session's re-run", "[app][code][panel][edit]") {
  Rig rig;
  std::vector<std::pair<std::size_t, std::string>> reruns;
  rig.code().book().set_rerun([&](std::size_t v, std::string text) { reruns.emplace_back(v, std::move(text)); });
  rig.frame();
  rig.click(rig.code().button_centre(0, CodePanel::Button::Edit));
  rig.frame();
  rig.type("# edited\n");
  rig.click(rig.code().button_centre(0, CodePanel::Button::Run));
  CHECK_FALSE(rig.view().error().has_value());
  REQUIRE(reruns.size() == 1);
  CHECK(reruns[0].first == 0);
  CHECK(reruns[0].second.find("# edited") != std::string::npos);
  CHECK(rig.view().edited());
  CHECK_FALSE(rig.view().editing());
}

TEST_CASE("A step's pointed line far down the program is scrolled into view", "[app][code][panel]") {
  std::string text;
  for (int i = 1; i <= 80; ++i) {
    const std::string n = std::to_string(i);
    text += 'x';
    text += n;
    text += " = ";
    text += n;
    text += '\n';
  }
  Rig rig(text);
  rig.code().book().show({CodeSource{"async", "workers.py", text, {{70, 71}}}});
  for (int i = 0; i < 4; ++i) rig.frame();
  CHECK(rig.code().first_visible_line(0) <= 70);
  CHECK(rig.code().last_visible_line(0) >= 71);
}

TEST_CASE("The running task's line is kept in view; paused, a step's pointed lines stay put", "[app][code][panel]") {
  std::string text = "import asyncio\n";
  for (int i = 2; i <= 50; ++i) {
    text += "x";
    text += std::to_string(i);
    text += " = 1\n";
  }
  text +=
      "async def main():\n"              // 51
      "    await asyncio.sleep(1)\n"     // 52
      "    await asyncio.sleep(1)\n"     // 53
      "\n"                               // 54
      "asyncio.run(main())\n";           // 55
  Rig rig(text);
  rig.frame();
  rig.session.player().seek(from_seconds(0.5));  // paused, no pointers: a scrub follows
  rig.session.sync();
  for (int i = 0; i < 3; ++i) rig.frame();
  REQUIRE(rig.code().markers(0).size() == 1);
  CHECK(rig.code().markers(0)[0].line == 52);
  CHECK(rig.code().first_visible_line(0) <= 52);
  CHECK(rig.code().last_visible_line(0) >= 52);
  // A step pointing at the top: a paused scrub leaves it in view...
  rig.code().book().show({CodeSource{"async", "workers.py", text, {{1, 2}}}});
  rig.session.player().seek(0);
  rig.session.sync();
  for (int i = 0; i < 3; ++i) rig.frame();
  CHECK(rig.code().first_visible_line(0) == 1);
  rig.session.player().seek(from_seconds(0.5));
  rig.session.sync();
  for (int i = 0; i < 3; ++i) rig.frame();
  CHECK(rig.code().first_visible_line(0) == 1);
  // ...but a step with → follows the code, as a debugger does.
  rig.session.step_forward();
  for (int i = 0; i < 3; ++i) rig.frame();
  REQUIRE(rig.code().markers(0).size() == 1);
  const std::uint32_t stepped_to = rig.code().markers(0)[0].line;
  CHECK(stepped_to >= 52);
  CHECK(rig.code().first_visible_line(0) <= stepped_to);
  CHECK(rig.code().last_visible_line(0) >= stepped_to);
  rig.session.player().seek(from_seconds(0.5));  // and a scrub after it goes back to holding still
  rig.session.sync();
  rig.code().book().show({CodeSource{"async", "workers.py", text, {{1, 2}}}});
  for (int i = 0; i < 3; ++i) rig.frame();
  // ...until the class presses play.
  rig.session.player().play();
  rig.session.tick(0.6);  // now at 1.1 s: main has moved on to line 53
  for (int i = 0; i < 3; ++i) rig.frame();
  REQUIRE(rig.code().markers(0).size() == 1);
  CHECK(rig.code().markers(0)[0].line == 53);
  CHECK(rig.code().first_visible_line(0) <= 53);
  CHECK(rig.code().last_visible_line(0) >= 53);
}

TEST_CASE("A failing program's error appears in place when the playhead reaches it", "[app][code][panel]") {
  const std::string program =
      "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print(1 / 0)\n\nasyncio.run(main())\n";
  Rig rig(program);
  rig.session.player().seek(from_seconds(0.5));
  rig.session.sync();
  rig.frame();
  rig.frame();
  CHECK_FALSE(rig.code().shown_error(0).has_value());
  CHECK_FALSE(rig.code().error_shown(0));
  rig.session.player().jump_to_end();  // just past 1 s: the statements after the sleep
  rig.session.sync();
  rig.frame();
  rig.frame();
  REQUIRE(rig.code().shown_error(0).has_value());
  CHECK(rig.code().shown_error(0)->line == 5);
  CHECK(rig.code().shown_error(0)->type == "ZeroDivisionError");
  CHECK(rig.code().error_shown(0));
}

TEST_CASE("A program without tasks that fails shows its traceback's line once its run ends", "[app][code][panel]") {
  // No asyncio: no task stands anywhere, so only the run's stderr tells the line.
  const std::string program = "import time\n\ndef main():\n    time.sleep(1)\n    return {}['k']\n\nmain()\n";
  test::HeadlessImGui imgui{1600.0f, 900.0f, 24.0f};
  Session session(std::vector<RunSpec>{python_run_spec("blocking", "fails.py", program, nullptr)});
  PanelHost panels;
  auto& code = *dynamic_cast<CodePanel*>(panels.find("Code"));
  code.book().show({CodeSource{"blocking", "fails.py", program, {}}});
  imgui.frame([&] { panels.draw(session, imgui.fonts()); });
  CHECK_FALSE(code.shown_error(0).has_value());
  session.player().jump_to_end();
  session.finish_runs();
  for (int i = 0; i < 3; ++i) imgui.frame([&] { panels.draw(session, imgui.fonts()); });
  REQUIRE(code.shown_error(0).has_value());
  CHECK(code.shown_error(0)->line == 5);  // python3: line 5, in main
  CHECK(code.shown_error(0)->type == "KeyError");
}

TEST_CASE("Without programs the code panel takes no room", "[app][code][panel]") {
  test::HeadlessImGui imgui{1600.0f, 900.0f, 24.0f};
  Session session = make_demo_session();
  PanelHost panels;
  imgui.frame([&] { panels.draw(session, imgui.fonts()); });
  CHECK(ImGui::FindWindowByName("Code") == nullptr);
}
