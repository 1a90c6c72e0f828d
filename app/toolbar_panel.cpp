#include "toolbar_panel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "keys.h"
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

}  // namespace

float ToolbarPanel::preferred_height(float, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  return fonts.px * 1.1f + s.FramePadding.y * 2.0f + s.WindowPadding.y * 2.0f;
}

void ToolbarPanel::draw(PanelContext& ctx) {
  shortcuts(ctx);
  buttons(ctx);
  const Player& p = ctx.session.player();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ctx.fonts.mono);
  const std::string clock = format_seconds(p.position()) + " / " + format_seconds(p.duration());
  ImGui::TextUnformatted(clock.c_str());
  ImGui::PopFont();

  const std::string totals = totals_line(ctx.session.totals());
  ImGui::PushFont(ctx.fonts.bold);
  const float w = ImGui::CalcTextSize(totals.c_str()).x;
  ImGui::SameLine();
  // Right-aligned when there is room; otherwise it simply follows the clock.
  const float right = ImGui::GetWindowContentRegionMax().x - w;
  if (right > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(totals.c_str());
  ImGui::PopFont();
}

void ToolbarPanel::buttons(PanelContext& ctx) {
  Player& p = ctx.session.player();
  // One width for both labels, so the button does not jump when it flips.
  const float pad = ImGui::GetStyle().FramePadding.x * 2.0f;
  const float w = std::max(ImGui::CalcTextSize(kPlay).x, ImGui::CalcTextSize(kPause).x) + pad;
  if (button(p.playing() ? kPause : kPlay, w, "Play or pause", keys::Key::PlayPause)) p.toggle();
  ImGui::SameLine();
  if (button("↺  Restart", 0.0f, "Back to the start", keys::Key::Restart)) {
    p.restart();
    ctx.session.sync();
  }
}

void ToolbarPanel::shortcuts(PanelContext& ctx) {
  Player& p = ctx.session.player();
  if (keys::pressed(keys::Key::PlayPause)) p.toggle();
  if (keys::pressed(keys::Key::Restart)) p.restart();
  if (keys::pressed(keys::Key::End)) p.jump_to_end();
  ctx.session.sync();
}

}  // namespace ls::app
