#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "keys.h"
#include "theme.h"

namespace ls::app {

namespace {

}  // namespace

App::App(Platform& platform, Session& session) : platform_(platform), session_(session) {
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
  panels_.draw(session_, fonts_.get());
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

}  // namespace ls::app
