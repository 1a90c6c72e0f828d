#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "keys.h"
#include "legend_panel.h"
#include "theme.h"
#include "timeline_panel.h"
#include "toolbar_panel.h"

namespace ls::app {

namespace {

constexpr ImGuiWindowFlags kTiled = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

App::App(Platform& platform, Session& session) : platform_(platform), session_(session) {
  panels_.push_back(std::make_unique<ToolbarPanel>());
  panels_.push_back(std::make_unique<TimelinePanel>());
  panels_.push_back(std::make_unique<LegendPanel>());
  update_fonts();
}

void App::run() {
  using clock = std::chrono::steady_clock;
  auto last = clock::now();
  while (!platform_.should_close()) {
    platform_.pump_events(session_.player().playing());
    const auto now = clock::now();
    // A long stall (window dragged, laptop asleep) must not skip the animation ahead.
    const double dt = std::min(std::chrono::duration<double>(now - last).count(), 0.1);
    last = now;
    frame(dt);
    platform_.swap();
  }
}

void App::frame(double dt) {
  update_fonts();  // between frames: rebuilding the atlas inside one asserts
  platform_.begin_frame();
  font_shortcuts();
  session_.tick(dt);
  draw_panels();
  platform_.render();
}

float App::wanted_font_px() const {
  const float base = std::round(static_cast<float>(platform_.window_height()) / 34.0f);
  return std::clamp(base + 2.0f * static_cast<float>(font_steps_), 13.0f, 72.0f);
}

void App::update_fonts() {
  const float px = wanted_font_px();
  if (px == fonts_.get().px) return;
  fonts_.build(px);
  // ImGui's default sizes suit its 13 px font; scale them with ours.
  apply_theme(px / 13.0f);
  platform_.refresh_font_texture();
}

void App::font_shortcuts() {
  if (keys::pressed(keys::Key::FontBigger)) ++font_steps_;
  if (keys::pressed(keys::Key::FontSmaller)) --font_steps_;
  if (keys::pressed(keys::Key::FontReset)) font_steps_ = 0;
}

void App::draw_panels() {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  const Fonts& fonts = fonts_.get();
  PanelContext ctx{session_, fonts};
  // Top panels stack down from the top, bottom ones up from the bottom; the main
  // panel takes what is left. Heights are asked for first so nothing overlaps.
  float top = 0.0f;
  float bottom = screen.y;
  for (auto& p : panels_) {
    const float h = p->preferred_height(screen.x, fonts);
    if (p->region() == Region::Top) top += h;
    if (p->region() == Region::Bottom) bottom -= h;
  }
  float next_top = 0.0f;
  float next_bottom = bottom;
  for (auto& p : panels_) {
    ImVec2 pos, size;
    switch (p->region()) {
      case Region::Top:
        size = ImVec2(screen.x, p->preferred_height(screen.x, fonts));
        pos = ImVec2(0.0f, next_top);
        next_top += size.y;
        break;
      case Region::Bottom:
        size = ImVec2(screen.x, p->preferred_height(screen.x, fonts));
        pos = ImVec2(0.0f, next_bottom);
        next_bottom += size.y;
        break;
      case Region::Main:
        pos = ImVec2(0.0f, top);
        size = ImVec2(screen.x, std::max(bottom - top, 1.0f));
        break;
    }
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    const ImGuiWindowFlags extra =
        p->region() == Region::Main ? ImGuiWindowFlags_NoScrollbar : ImGuiWindowFlags_None;
    if (ImGui::Begin(p->title(), nullptr, kTiled | extra)) p->draw(ctx);
    ImGui::End();
  }
}

}  // namespace ls::app
