// The app: one window, its panels, and the frame loop that drives the workspace
// (the open lesson's step and its session's playhead). Used both on screen and for off-screen shots. It keeps the settings
// (saved when it closes, if given a file) and carries out what panels ask of the
// window: full screen and exports.
#pragma once

#include <filesystem>
#include <optional>

#include "fonts.h"
#include "panel_host.h"
#include "platform.h"

namespace ls::app {

class App {
 public:
  App(Platform& platform, Workspace& workspace, Settings settings = {},
      std::optional<std::filesystem::path> settings_file = std::nullopt);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Runs until the window is closed.
  void run();
  // Builds and renders one frame into the back buffer (no swap). `dt` is the wall
  // time since the previous frame; it moves the playhead while playing.
  void frame(double dt);

  float font_px() const { return fonts_.get().px; }
  // CPU time of the last frame's ImGui build (panels and draw lists, no GL).
  double last_build_ms() const { return build_ms_; }
  const Settings& settings() const { return settings_; }
  // The panels, for scripted use (screenshot --edit) as a user would drive them.
  PanelHost& panels() { return panels_; }
  // Saves the timeline panel of the frame just rendered (before the swap) as a PNG.
  bool save_timeline_png(const std::string& path) const;
  // Where exports are written (the working directory unless changed).
  void set_export_dir(std::filesystem::path dir) { export_dir_ = std::move(dir); }

 private:
  // Font size for the window (font_px_for: desk or presenter size, plus Ctrl +/-).
  float wanted_font_px() const;
  // Presenter mode on or off (F5 or the toolbar): the font follows next frame.
  void toggle_presenter();
  void update_style();
  void font_shortcuts();
  // Carries out the panels' requests; the PNG is read from the frame just rendered.
  void handle_requests();
  void export_timeline_png();
  void export_file(const char* suffix, const std::string& contents);
  // The outcome in the legend line (the class cannot see the log) and the log.
  void report_export(const std::filesystem::path& path, bool ok);

  Platform& platform_;
  Workspace& workspace_;
  Session& session_;  // the workspace's, which keeps its address
  Settings settings_;
  std::optional<std::filesystem::path> settings_file_;
  std::filesystem::path export_dir_ = ".";
  UiState ui_;
  FontSet fonts_;
  bool styled_high_contrast_ = false;
  bool presenter_filled_screen_ = false;  // leaving presenter mode leaves full screen too
  double build_ms_ = 0.0;
  PanelHost panels_;
};

}  // namespace ls::app
