#include "key_button.h"

#include <imgui.h>

namespace ls::app {

bool key_button(const char* label, const char* tip, keys::Key key, float width, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  const bool clicked = ImGui::Button(label, ImVec2(width, 0.0f));
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip("%s  (%s)", tip, keys::label(key));
  }
  return clicked;
}

float button_width(const char* label) {
  // What ImGui shows: the text before any "##id" suffix.
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

}  // namespace ls::app
