#include "toolbar_panel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "keys.h"
#include "model/playback.h"
#include "model/totals.h"
#include "theme.h"

namespace ls::app {

namespace {

constexpr const char* kPlay = "▶  Play";
constexpr const char* kPause = "❚❚  Pause";

// A button with a tooltip naming its key, as every action has (issue 5).
bool button(const char* label, float width, const char* tip, keys::Key key) {
  const bool clicked = ImGui::Button(label, ImVec2(width, 0.0f));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s  (%s)", tip, keys::label(key));
  return clicked;
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

}  // namespace

float ToolbarPanel::preferred_height(float, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  const float row = fonts.px * 1.1f + s.FramePadding.y * 2.0f;
  return row * static_cast<float>(rows_) + s.ItemSpacing.y * static_cast<float>(rows_ - 1) +
         s.WindowPadding.y * 2.0f;
}

void ToolbarPanel::draw(PanelContext& ctx) {
  shortcuts(ctx);
  transport(ctx);
  ImGui::SameLine(0.0f, ctx.fonts.px);
  speed(ctx);
  ImGui::SameLine(0.0f, ctx.fonts.px);
  clock(ctx);
  const float after_clock = ImGui::GetCursorPosX();
  menus(ctx);
  // The totals line between the clock and the menus when it fits; otherwise on a
  // second row of its own, never overprinting a button (the height follows next frame).
  const std::string line = totals_line(ctx.session.totals());
  ImGui::PushFont(ctx.fonts.bold);
  const float w = ImGui::CalcTextSize(line.c_str()).x;
  const float right = ImGui::GetWindowContentRegionMax().x - menus_width() - ctx.fonts.px;
  const bool fits = after_clock + ctx.fonts.px + w <= right;
  rows_ = fits ? 1 : 2;
  if (fits) {
    ImGui::SameLine(right - w);
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
}

void ToolbarPanel::transport(PanelContext& ctx) {
  Player& p = ctx.session.player();
  // One width for both labels, so the button does not jump when it flips.
  const float w = std::max(button_width(kPlay), button_width(kPause));
  if (button(p.playing() ? kPause : kPlay, w, "Play or pause", keys::Key::PlayPause)) p.toggle();
  ImGui::SameLine();
  if (button("⇤", 0.0f, "Back to the start", keys::Key::Restart)) {
    p.restart();
    ctx.session.sync();
  }
  ImGui::SameLine();
  if (button("←", 0.0f, "Back one loop event", keys::Key::StepBack)) ctx.session.step_back();
  ImGui::SameLine();
  if (button("→", 0.0f, "Forward one loop event", keys::Key::StepForward)) {
    ctx.session.step_forward();
  }
  ImGui::SameLine();
  if (button("⇥", 0.0f, "To the end", keys::Key::End)) {
    p.jump_to_end();
    ctx.session.sync();
  }
}

void ToolbarPanel::speed(PanelContext& ctx) {
  Player& p = ctx.session.player();
  if (button("−", 0.0f, "Slower", keys::Key::Slower)) p.set_speed(slower(p.speed()));
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
  if (button("+", 0.0f, "Faster", keys::Key::Faster)) p.set_speed(faster(p.speed()));
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
  return button_width("A−") + button_width("A+") + button_width("□") + button_width("View") +
         button_width("Export") + gap * 4.0f;
}

void ToolbarPanel::menus(PanelContext& ctx) {
  ImGui::SetCursorPosX(std::max(ImGui::GetWindowContentRegionMax().x - menus_width(),
                                ImGui::GetCursorPosX()));
  Settings& s = ctx.settings;
  if (button("A−", 0.0f, "Smaller text", keys::Key::FontSmaller)) --s.font_steps;
  ImGui::SameLine();
  if (button("A+", 0.0f, "Larger text", keys::Key::FontBigger)) ++s.font_steps;
  ImGui::SameLine();
  if (button("□", 0.0f, "Full screen", keys::Key::FullScreen)) ctx.ui.toggle_fullscreen = true;
  ImGui::SameLine();
  if (ImGui::Button("View")) ImGui::OpenPopup("##view");
  if (ImGui::BeginPopup("##view")) {
    ImGui::MenuItem("High contrast", nullptr, &s.high_contrast);
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
}

}  // namespace ls::app
