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
#include "model/lesson_code.h"
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
  sync_code(workspace);
  PanelContext ctx{workspace.session(), fonts, settings, ui, &workspace};
  draw(ctx);
}

void PanelHost::sync_code(Workspace& ws) {
  auto* code = dynamic_cast<CodePanel*>(find("Code"));
  if (!code) return;
  // Refilled when the lesson, the step or the runs change (an edit that ran
  // rebuilds the runs; the book keeps the edit, matched by file and lesson text).
  const CodeKey key{ws.current(), ws.steps() ? ws.steps()->step_index() : 0, ws.generation()};
  if (key == code_key_) return;
  code_key_ = key;
  code->book().show(code_sources(ws));
  code->book().set_rerun([&ws](std::size_t i, std::string text) { ws.rerun(i, std::move(text)); });
}

void PanelHost::draw(PanelContext& ctx) {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  const Fonts& fonts = ctx.fonts;
  for (const auto& p : panels_) {
    if (p->shown(ctx)) p->prepare(ctx);
  }
  const Settings& settings = ctx.settings;
  // The lesson column runs from under the top panels to the bottom of the window:
  // the text a teacher reads aloud gets the full height; the bottom panels (code,
  // legend) sit under the timeline, beside it.
  // Folded away (Ctrl B), the lesson panels take no room and the timeline the width.
  bool left = false;
  for (const auto& p : panels_) left = left || (p->region() == Region::Left && p->shown(ctx));
  left = left && !settings.hide_lessons;
  const float left_w = left ? std::round(screen.x * settings.lesson_width) : 0.0f;
  const float right_w = screen.x - left_w;
  // Heights next: the middle band gets what the top and bottom panels leave.
  float top_total = 0.0f, bottom_total = 0.0f, footer_total = 0.0f, side_weights = 0.0f, left_fixed = 0.0f;
  int left_fill = 0;
  for (const auto& p : panels_) {
    if (!p->shown(ctx) || (p->region() == Region::Left && !left)) continue;
    const Region r = p->region();
    const float h = p->preferred_height(r == Region::Bottom ? right_w : screen.x, fonts);
    if (r == Region::Top) top_total += h;
    if (r == Region::Bottom) bottom_total += h;
    if (r == Region::Footer) footer_total += h;
    if (r == Region::Side) side_weights += h;
    if (r == Region::Left) {
      if (h > 0.0f) left_fixed += h; else ++left_fill;
    }
  }
  // The timeline comes first: with lessons (shown or folded) or presenting, the
  // bottom panels (the code) share at most a third of the window and scroll what
  // does not fit; presenting, the lanes' larger text gets more. A bare session
  // (the demo) lets the code take what it needs, up to the code panel's own cap.
  const float share = settings.presenter ? 0.26f : 0.32f;
  const float bottom_scale =
      (left || settings.hide_lessons || settings.presenter) && bottom_total > screen.y * share
          ? screen.y * share / bottom_total
          : 1.0f;
  bottom_total = std::round(bottom_total * bottom_scale);
  const float middle_h = std::max(screen.y - top_total - bottom_total - footer_total, 1.0f);
  const float column_h = std::max(screen.y - top_total - footer_total, 1.0f);
  const float side_w = side_weights > 0.0f ? std::round(screen.x * settings.side_width) : 0.0f;
  const float left_fill_h = left_fill > 0 ? std::max(column_h - left_fixed, 1.0f) / left_fill : 0.0f;
  float top = 0.0f, bottom = screen.y - footer_total - bottom_total, footer = screen.y - footer_total;
  float side_y = top_total, left_y = top_total;
  for (const auto& p : panels_) {
    if (!p->shown(ctx) || (p->region() == Region::Left && !left)) continue;
    const Region r = p->region();
    Placement at{ImVec2(0.0f, 0.0f),
                 ImVec2(screen.x, p->preferred_height(r == Region::Bottom ? right_w : screen.x, fonts))};
    ImGuiWindowFlags flags = kTiled;
    switch (r) {
      case Region::Top:
        at.pos.y = top;
        top += at.size.y;
        break;
      case Region::Bottom:
        at.pos = ImVec2(left_w, bottom);
        at.size = ImVec2(right_w, std::round(at.size.y * bottom_scale));
        bottom += at.size.y;
        break;
      case Region::Footer:
        at.pos.y = footer;
        footer += at.size.y;
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
        at.size = ImVec2(left_w, at.size.y > 0.0f ? std::min(at.size.y, column_h) : left_fill_h);
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
