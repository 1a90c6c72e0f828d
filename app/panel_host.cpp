#include "panel_host.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "legend_panel.h"
#include "timeline_panel.h"
#include "toolbar_panel.h"

namespace ls::app {

namespace {

constexpr ImGuiWindowFlags kTiled = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

PanelHost::PanelHost() {
  panels_.push_back(std::make_unique<ToolbarPanel>());
  panels_.push_back(std::make_unique<TimelinePanel>());
  panels_.push_back(std::make_unique<LegendPanel>());
}

Panel* PanelHost::find(const char* title) const {
  for (const auto& p : panels_) {
    if (std::strcmp(p->title(), title) == 0) return p.get();
  }
  return nullptr;
}

void PanelHost::draw(Session& session, const Fonts& fonts) {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  PanelContext ctx{session, fonts};
  // Heights first: the main panel gets what the top and bottom ones leave.
  float top_total = 0.0f;
  float bottom_total = 0.0f;
  for (const auto& p : panels_) {
    const float h = p->preferred_height(screen.x, fonts);
    if (p->region() == Region::Top) top_total += h;
    if (p->region() == Region::Bottom) bottom_total += h;
  }
  float top = 0.0f;
  float bottom = screen.y - bottom_total;
  for (const auto& p : panels_) {
    ImVec2 pos(0.0f, 0.0f);
    ImVec2 size(screen.x, p->preferred_height(screen.x, fonts));
    ImGuiWindowFlags flags = kTiled;
    switch (p->region()) {
      case Region::Top:
        pos.y = top;
        top += size.y;
        break;
      case Region::Bottom:
        pos.y = bottom;
        bottom += size.y;
        break;
      case Region::Main:
        pos.y = top_total;
        size.y = std::max(screen.y - top_total - bottom_total, 1.0f);
        flags |= ImGuiWindowFlags_NoScrollbar;  // its lanes scroll in a child of their own
        break;
    }
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (ImGui::Begin(p->title(), nullptr, flags)) p->draw(ctx);
    ImGui::End();
  }
}

}  // namespace ls::app
