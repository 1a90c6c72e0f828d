// The one list of panels, tiled into the window each frame: top panels stacked
// down from the top, bottom panels up from the bottom, the lesson panels in a
// column on the left, the side panels in a column on the right, the main panel in
// what is left, so nothing overlaps on a projector.
// Needs an ImGui frame, not a window system, so headless tests draw through it too.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "panel.h"

namespace ls::app {

class PanelHost {
 public:
  // The panels: playback toolbar, lesson list, lesson text, timeline, event loop,
  // console, log, legend.
  PanelHost();

  // Draws every panel in its region of ImGui's display. Call between NewFrame and Render.
  void draw(Workspace& workspace, const Fonts& fonts, Settings& settings, UiState& ui);
  // For tests: settings and UI state kept by the host.
  void draw(Workspace& workspace, const Fonts& fonts);
  // For tests of a bare session (no lessons: the lesson panels stay hidden).
  void draw(Session& session, const Fonts& fonts);
  Settings& test_settings() { return test_settings_; }

  // The panel titled `title`, or nullptr.
  Panel* find(const char* title) const;

 private:
  void draw(PanelContext& ctx);
  // Fills the code panel's book with the open step's programs when they change.
  void sync_code(Workspace& ws);

  struct CodeKey {
    std::optional<std::size_t> lesson;
    std::size_t step = 0;
    std::uint64_t generation = 0;
    bool operator==(const CodeKey&) const = default;
  };
  CodeKey code_key_{std::nullopt, 0, ~0ull};

  std::vector<std::unique_ptr<Panel>> panels_;
  Settings test_settings_;
  UiState test_ui_;
};

}  // namespace ls::app
