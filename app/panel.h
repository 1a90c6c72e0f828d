// A panel: one small class per file with one draw(). The App keeps one list of
// them, places each in its region of the window, and calls draw() every frame.
#pragma once

#include "fonts.h"
#include "model/session.h"

namespace ls::app {

// Where the App puts a panel: tiled so nothing overlaps on a projector.
enum class Region { Top, Main, Bottom };

// What every panel may read or act on during a frame.
struct PanelContext {
  Session& session;
  const Fonts& fonts;
};

class Panel {
 public:
  virtual ~Panel() = default;
  // The window's title; also its ImGui id, so it must be unique.
  virtual const char* title() const = 0;
  virtual Region region() const = 0;
  // Height wanted by a Top/Bottom panel at this width (Main takes the rest).
  virtual float preferred_height(float width, const Fonts& fonts) const = 0;
  // Draws the contents; the App has begun the panel's window.
  virtual void draw(PanelContext& ctx) = 0;
};

}  // namespace ls::app
