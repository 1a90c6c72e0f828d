#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>  // FindWindowByName: the timeline's rectangle for the PNG
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>

#include "keys.h"
#include "model/exports.h"
#include "theme.h"

namespace ls::app {

App::App(Platform& platform, Workspace& workspace, Settings settings,
         std::optional<std::filesystem::path> settings_file)
    : platform_(platform),
      workspace_(workspace),
      session_(workspace.session()),
      settings_(settings),
      settings_file_(std::move(settings_file)) {
  update_style();
  if (settings_.fullscreen) {
    settings_.fullscreen = false;  // set again below only if a monitor could be filled
    ui_.toggle_fullscreen = true;
    handle_requests();
  }
}

App::~App() {
  workspace_.remember(settings_);
  if (settings_file_ && !save_settings(*settings_file_, settings_)) {
    spdlog::warn("could not save the settings to {}", settings_file_->string());
  }
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
  update_style();  // between frames: rebuilding the atlas inside one asserts
  const auto t0 = std::chrono::steady_clock::now();
  platform_.begin_frame();
  font_shortcuts();
  workspace_.tick(dt);
  panels_.draw(workspace_, fonts_.get(), settings_, ui_);
  ImGui::EndFrame();  // Render() below would end it; timed here without the GL work
  build_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  platform_.render();
  handle_requests();
}

float App::wanted_font_px() const {
  return font_px_for(static_cast<float>(platform_.window_height()), settings_);
}

void App::update_style() {
  const float px = wanted_font_px();
  const bool font_changed = px != fonts_.get().px;
  if (!font_changed && styled_high_contrast_ == settings_.high_contrast) return;
  if (font_changed) {
    fonts_.build(px);
    platform_.refresh_font_texture();
  }
  // ImGui's default sizes suit its 13 px font; scale them with ours.
  apply_theme(px / 13.0f, settings_.high_contrast);
  styled_high_contrast_ = settings_.high_contrast;
}

void App::font_shortcuts() {
  // Bounded, so a held key cannot make text larger than the window can show.
  if (keys::pressed(keys::Key::FontBigger)) ++settings_.font_steps;
  if (keys::pressed(keys::Key::FontSmaller)) --settings_.font_steps;
  if (keys::pressed(keys::Key::FontReset)) settings_.font_steps = 0;
  if (keys::pressed(keys::Key::Presenter)) ui_.toggle_presenter = true;
  settings_.font_steps = std::clamp(settings_.font_steps, -kMaxFontSteps, kMaxFontSteps);
}

void App::handle_requests() {
  if (ui_.toggle_presenter) toggle_presenter();
  if (ui_.toggle_fullscreen) {
    platform_.set_fullscreen(!platform_.fullscreen());
    settings_.fullscreen = platform_.fullscreen();
  }
  if (ui_.export_png) export_timeline_png();
  if (ui_.export_chrome_json) {
    export_file("-trace.json", merged_chrome_trace(session_.runs()).dump() + "\n");
  }
  if (ui_.export_text) export_file("-timeline.txt", session_text_timeline(session_));
  ui_.toggle_presenter = ui_.toggle_fullscreen = false;
  ui_.export_png = ui_.export_chrome_json = ui_.export_text = false;
}

void App::toggle_presenter() {
  settings_.presenter = !settings_.presenter;
  // Presenting fills the screen; leaving it gives back the window only if
  // presenting was what filled it (a teacher who chose F11 keeps full screen).
  if (settings_.presenter && !platform_.fullscreen()) {
    platform_.set_fullscreen(true);
    presenter_filled_screen_ = platform_.fullscreen();
  } else if (!settings_.presenter && presenter_filled_screen_) {
    platform_.set_fullscreen(false);
    presenter_filled_screen_ = false;
  }
  settings_.fullscreen = platform_.fullscreen();
  spdlog::info("presenter mode {}: text at {} px", settings_.presenter ? "on" : "off", wanted_font_px());
}

void App::report_export(const std::filesystem::path& path, bool ok) {
  ui_.status = ok ? "saved " + path.string() : "could not write " + path.string();
  if (ok) spdlog::info("{}", ui_.status); else spdlog::error("{}", ui_.status);
}

bool App::save_timeline_png(const std::string& path) const {
  ImGuiWindow* w = ImGui::FindWindowByName("Timeline");
  if (!w) return false;
  return platform_.save_png(path, static_cast<int>(w->Pos.x), static_cast<int>(w->Pos.y),
                            static_cast<int>(w->Size.x), static_cast<int>(w->Size.y));
}

void App::export_timeline_png() {
  const std::filesystem::path path = export_dir_ / (export_stem() + "-timeline.png");
  const bool ok = save_timeline_png(path.string());
  report_export(path, ok);
}

void App::export_file(const char* suffix, const std::string& contents) {
  const std::filesystem::path path = export_dir_ / (export_stem() + suffix);
  std::ofstream out(path);
  out << contents;
  const bool ok = static_cast<bool>(out);
  report_export(path, ok);
}

}  // namespace ls::app
