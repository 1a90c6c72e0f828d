// The one list of panels, tiled into the window each frame: top panels stacked
// down from the top, bottom panels up from the bottom, the main panel in between,
// so nothing overlaps on a projector. Needs an ImGui frame, not a window system,
// so headless tests draw through it too.
#pragma once

#include <memory>
#include <vector>

#include "panel.h"

namespace ls::app {

class PanelHost {
 public:
  // The panels of the first window: playback toolbar, timeline, legend.
  PanelHost();

  // Draws every panel in its region of ImGui's display. Call between NewFrame and Render.
  void draw(Session& session, const Fonts& fonts);

  // The panel titled `title`, or nullptr.
  Panel* find(const char* title) const;

 private:
  std::vector<std::unique_ptr<Panel>> panels_;
};

}  // namespace ls::app
