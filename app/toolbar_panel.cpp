#include "toolbar_panel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "key_button.h"
#include "keys.h"
#include "model/playback.h"
#include "theme.h"

namespace ls::app {

namespace {

constexpr const char* kPlay = "▶  Play";
constexpr const char* kPause = "❚❚  Pause";
constexpr const char* kPresent = "Present";

}  // namespace

float ToolbarPanel::preferred_height(float, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  return fonts.px * 1.1f + s.FramePadding.y * 2.0f + s.WindowPadding.y * 2.0f;
}

void ToolbarPanel::draw(PanelContext& ctx) {
  presenting_ = ctx.settings.presenter;
  shortcuts(ctx);
  if (lesson_toggle(ctx)) ImGui::SameLine(0.0f, ctx.fonts.px);
  transport(ctx);
  ImGui::SameLine(0.0f, ctx.fonts.px);
  speed(ctx);
  ImGui::SameLine(0.0f, ctx.fonts.px);
  clock(ctx);
  menus(ctx);
}

bool ToolbarPanel::lesson_toggle(PanelContext& ctx) {
  if (!ctx.workspace || ctx.workspace->library().empty()) return false;
  Settings& s = ctx.settings;
  const char* tip = s.hide_lessons ? "Show the lesson column" : "Hide the lesson column: the timeline takes the width";
  if (key_button(s.hide_lessons ? "▸" : "◂", tip, keys::Key::LessonColumn)) {
    s.hide_lessons = !s.hide_lessons;
  }
  return true;
}

void ToolbarPanel::transport(PanelContext& ctx) {
  Player& p = ctx.session.player();
  // One width for both labels, so the button does not jump when it flips.
  const float w = std::max(button_width(kPlay), button_width(kPause));
  if (key_button(p.playing() ? kPause : kPlay, "Play or pause", keys::Key::PlayPause, w)) p.toggle();
  ImGui::SameLine();
  if (key_button("⇤", "Back to the start", keys::Key::Restart)) {
    p.restart();
    ctx.session.sync();
  }
  ImGui::SameLine();
  if (key_button("←", "Back one loop event", keys::Key::StepBack)) ctx.session.step_back();
  ImGui::SameLine();
  if (key_button("→", "Forward one loop event", keys::Key::StepForward)) {
    ctx.session.step_forward();
  }
  ImGui::SameLine();
  if (key_button("⇥", "To the end", keys::Key::End)) {
    p.jump_to_end();
    ctx.session.sync();
  }
}

void ToolbarPanel::speed(PanelContext& ctx) {
  Player& p = ctx.session.player();
  if (key_button("−", "Slower", keys::Key::Slower)) p.set_speed(slower(p.speed()));
  ImGui::SameLine();
  // The speed in a box of fixed width, so the buttons around it never move;
  // anything but 1× is drawn highlighted, since a class must know it is not real time.
  const std::string label = speed_label(p.speed());
  const float w = button_width("0.25×");
  const bool normal = p.speed() == 1.0;
  if (!normal) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::kYellow));
  ImGui::PushFont(ctx.fonts.bold);
  const bool reset = ImGui::Button(label.c_str(), ImVec2(w, 0.0f));
  ImGui::PopFont();
  if (!normal) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed; click for 1×");
  if (reset) p.set_speed(1.0);
  ImGui::SameLine();
  if (key_button("+", "Faster", keys::Key::Faster)) p.set_speed(faster(p.speed()));
}

void ToolbarPanel::clock(PanelContext& ctx) {
  const Player& p = ctx.session.player();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ctx.fonts.mono);
  const std::string clock = format_seconds(p.position()) + " / " + format_seconds(p.duration());
  ImGui::TextUnformatted(clock.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
}

float ToolbarPanel::menus_width() const {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // Presenting hides the text-size and full-screen buttons (their keys and the View
  // menu still work), so the larger text keeps the toolbar on one row.
  const float sizing =
      presenting_ ? 0.0f : button_width("A−") + button_width("A+") + button_width("□") + gap * 3.0f;
  return sizing + button_width(kPresent) + button_width("View") + button_width("Export") + gap * 2.0f;
}

void ToolbarPanel::menus(PanelContext& ctx) {
  ImGui::SetCursorPosX(std::max(ImGui::GetWindowContentRegionMax().x - menus_width(),
                                ImGui::GetCursorPosX()));
  Settings& s = ctx.settings;
  if (!presenting_) {
    if (key_button("A−", "Smaller text", keys::Key::FontSmaller)) --s.font_steps;
    ImGui::SameLine();
    if (key_button("A+", "Larger text", keys::Key::FontBigger)) ++s.font_steps;
    ImGui::SameLine();
  }
  // Lit while presenting, so the teacher sees which mode the class is in.
  const bool presenting = s.presenter;
  if (presenting) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const char* tip = presenting ? "Leave presenter mode" : "Presenter mode: large text, full screen";
  if (key_button(kPresent, tip, keys::Key::Presenter)) {
    ctx.ui.toggle_presenter = true;
  }
  if (presenting) ImGui::PopStyleColor();
  ImGui::SameLine();
  if (!presenting_) {
    if (key_button("□", "Full screen", keys::Key::FullScreen)) ctx.ui.toggle_fullscreen = true;
    ImGui::SameLine();
  }
  if (ImGui::Button("View")) ImGui::OpenPopup("##view");
  if (ImGui::BeginPopup("##view")) {
    if (ImGui::MenuItem("Presenter mode", keys::label(keys::Key::Presenter), s.presenter)) {
      ctx.ui.toggle_presenter = true;
    }
    if (ImGui::MenuItem("Larger text", keys::label(keys::Key::FontBigger))) ++s.font_steps;
    if (ImGui::MenuItem("Smaller text", keys::label(keys::Key::FontSmaller))) --s.font_steps;
    ImGui::MenuItem("High contrast", nullptr, &s.high_contrast);
    if (ctx.workspace && !ctx.workspace->library().empty()) {
      bool shown = !s.hide_lessons;
      if (ImGui::MenuItem("Lesson column", keys::label(keys::Key::LessonColumn), &shown)) {
        s.hide_lessons = !shown;
      }
    }
    ImGui::MenuItem("Log panel", nullptr, &s.show_log);
    if (ImGui::MenuItem("Full screen", keys::label(keys::Key::FullScreen), s.fullscreen)) {
      ctx.ui.toggle_fullscreen = true;
    }
    ImGui::SliderFloat("Side column", &s.side_width, kMinSideWidth, kMaxSideWidth, "%.2f");
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Export")) ImGui::OpenPopup("##export");
  if (ImGui::BeginPopup("##export")) {
    if (ImGui::MenuItem("Timeline picture (PNG)")) ctx.ui.export_png = true;
    if (ImGui::MenuItem("Chrome trace for Perfetto (JSON)")) ctx.ui.export_chrome_json = true;
    if (ImGui::MenuItem("Text timeline")) ctx.ui.export_text = true;
    ImGui::EndPopup();
  }
}

void ToolbarPanel::shortcuts(PanelContext& ctx) {
  Player& p = ctx.session.player();
  if (keys::pressed(keys::Key::PlayPause) || keys::pressed(keys::Key::Pause)) p.toggle();
  if (keys::pressed(keys::Key::Restart)) p.restart();
  if (keys::pressed(keys::Key::End)) p.jump_to_end();
  if (keys::pressed(keys::Key::Slower)) p.set_speed(slower(p.speed()));
  if (keys::pressed(keys::Key::Faster)) p.set_speed(faster(p.speed()));
  ctx.session.sync();
  if (keys::pressed(keys::Key::StepForward)) ctx.session.step_forward();
  if (keys::pressed(keys::Key::StepBack)) ctx.session.step_back();
  if (keys::pressed(keys::Key::FullScreen)) ctx.ui.toggle_fullscreen = true;
  if (keys::pressed(keys::Key::LessonColumn) && ctx.workspace && !ctx.workspace->library().empty()) {
    ctx.settings.hide_lessons = !ctx.settings.hide_lessons;
  }
}

}  // namespace ls::app
