#include "panel_host.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "code_panel.h"
#include "console_panel.h"
#include "legend_panel.h"
#include "lesson_list_panel.h"
#include "lesson_panel.h"
#include "log_panel.h"
#include "loop_panel.h"
#include "timeline_panel.h"
#include "toolbar_panel.h"

namespace ls::app {

namespace {

constexpr ImGuiWindowFlags kTiled = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

struct Placement {
  ImVec2 pos;
  ImVec2 size;
};

}  // namespace

PanelHost::PanelHost() {
  panels_.push_back(std::make_unique<ToolbarPanel>());
  panels_.push_back(std::make_unique<LessonListPanel>());
  panels_.push_back(std::make_unique<LessonPanel>());
  panels_.push_back(std::make_unique<TimelinePanel>());
  panels_.push_back(std::make_unique<LoopPanel>());
  panels_.push_back(std::make_unique<ConsolePanel>());
  panels_.push_back(std::make_unique<LogPanel>());
  panels_.push_back(std::make_unique<CodePanel>());
  panels_.push_back(std::make_unique<LegendPanel>());
}

Panel* PanelHost::find(const char* title) const {
  for (const auto& p : panels_) {
    if (std::strcmp(p->title(), title) == 0) return p.get();
  }
  return nullptr;
}

void PanelHost::draw(Session& session, const Fonts& fonts) {
  PanelContext ctx{session, fonts, test_settings_, test_ui_, nullptr};
  draw(ctx);
}

void PanelHost::draw(Workspace& workspace, const Fonts& fonts) {
  draw(workspace, fonts, test_settings_, test_ui_);
}

void PanelHost::draw(Workspace& workspace, const Fonts& fonts, Settings& settings, UiState& ui) {
  PanelContext ctx{workspace.session(), fonts, settings, ui, &workspace};
  draw(ctx);
}

void PanelHost::draw(PanelContext& ctx) {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  const Fonts& fonts = ctx.fonts;
  const Settings& settings = ctx.settings;
  // Heights first: the middle band gets what the top and bottom panels leave.
  float top_total = 0.0f, bottom_total = 0.0f, side_weights = 0.0f, left_fixed = 0.0f;
  int left_fill = 0;
  for (const auto& p : panels_) {
    if (!p->shown(ctx)) continue;
    const float h = p->preferred_height(screen.x, fonts);
    if (p->region() == Region::Top) top_total += h;
    if (p->region() == Region::Bottom) bottom_total += h;
    if (p->region() == Region::Side) side_weights += h;
    if (p->region() == Region::Left) {
      if (h > 0.0f) left_fixed += h; else ++left_fill;
    }
  }
  const float middle_h = std::max(screen.y - top_total - bottom_total, 1.0f);
  const float side_w = side_weights > 0.0f ? std::round(screen.x * settings.side_width) : 0.0f;
  const bool left = left_fixed > 0.0f || left_fill > 0;
  const float left_w = left ? std::round(screen.x * settings.lesson_width) : 0.0f;
  const float left_fill_h = left_fill > 0 ? std::max(middle_h - left_fixed, 1.0f) / left_fill : 0.0f;
  float top = 0.0f, bottom = screen.y - bottom_total, side_y = top_total, left_y = top_total;
  for (const auto& p : panels_) {
    if (!p->shown(ctx)) continue;
    Placement at{ImVec2(0.0f, 0.0f), ImVec2(screen.x, p->preferred_height(screen.x, fonts))};
    ImGuiWindowFlags flags = kTiled;
    switch (p->region()) {
      case Region::Top:
        at.pos.y = top;
        top += at.size.y;
        break;
      case Region::Bottom:
        at.pos.y = bottom;
        bottom += at.size.y;
        break;
      case Region::Main:
        at.pos = ImVec2(left_w, top_total);
        at.size = ImVec2(std::max(screen.x - side_w - left_w, 1.0f), middle_h);
        flags |= ImGuiWindowFlags_NoScrollbar;  // its lanes scroll in a child of their own
        break;
      case Region::Side:
        at.pos = ImVec2(screen.x - side_w, side_y);
        at.size = ImVec2(side_w, std::round(middle_h * at.size.y / side_weights));
        side_y += at.size.y;
        flags |= ImGuiWindowFlags_NoScrollbar;  // each side panel scrolls a child itself
        break;
      case Region::Left:
        at.pos = ImVec2(0.0f, left_y);
        at.size = ImVec2(left_w, at.size.y > 0.0f ? std::min(at.size.y, middle_h) : left_fill_h);
        left_y += at.size.y;
        flags |= ImGuiWindowFlags_NoScrollbar;  // each lesson panel scrolls a child itself
        break;
    }
    ImGui::SetNextWindowPos(at.pos);
    ImGui::SetNextWindowSize(at.size);
    if (ImGui::Begin(p->title(), nullptr, flags)) p->draw(ctx);
    ImGui::End();
  }
}

}  // namespace ls::app
