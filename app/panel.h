// A panel: one small class per file with one draw(). The App keeps one list of
// them, places each in its region of the window, and calls draw() every frame.
#pragma once

#include <string>

#include "fonts.h"
#include "model/session.h"
#include "model/settings.h"
#include "model/workspace.h"

namespace ls::app {

// Where the App puts a panel: tiled so nothing overlaps on a projector. Side
// panels share a column on the right, between the top and bottom panels; Left
// panels (the lesson list and text) a column on the left, from the top panels
// down to the footer; Bottom panels sit under the main one, right of that
// column; Footer panels (the legend) span the whole width at the very bottom.
enum class Region { Top, Main, Side, Bottom, Left, Footer };

// What the panels share about the window beyond the settings. The requests are
// carried out by the App after the frame (panels know nothing of GLFW or OpenGL,
// and a PNG must be read after the frame is rendered), then cleared.
struct UiState {
  bool toggle_presenter = false;
  bool toggle_fullscreen = false;
  bool export_png = false;
  bool export_chrome_json = false;
  bool export_text = false;
  // Kept across frames: the last export's outcome ("saved ..."), shown in the
  // legend line since the class cannot see the log; and the run whose loop and
  // console the side column shows (the narrow column fits one run legibly).
  std::string status;
  std::size_t focus_run = static_cast<std::size_t>(-1);  // -1: the last run still going
};

// What every panel may read or act on during a frame.
struct PanelContext {
  Session& session;  // the open step's runs (the workspace's session, when there is one)
  const Fonts& fonts;
  Settings& settings;
  UiState& ui;
  // The lessons, the open lesson and its step; null when the app shows a fixed
  // session (the built-in demo, generated traces), which has no lessons.
  Workspace* workspace = nullptr;
};

class Panel {
 public:
  virtual ~Panel() = default;
  // The window's title; also its ImGui id, so it must be unique.
  virtual const char* title() const = 0;
  virtual Region region() const = 0;
  // Height wanted by a Top/Bottom panel at this width (Main takes the rest); for a
  // Side panel, its share of the column relative to the other side panels; for
  // a Left panel, its height in pixels, or 0 to share what the others leave.
  virtual float preferred_height(float width, const Fonts& fonts) const = 0;
  // Hidden panels (the log, unless asked for) take no room.
  virtual bool visible(const Settings&) const { return true; }
  // What the host asks: by default visible(); panels that depend on the
  // workspace (lessons need a library) decide here.
  virtual bool shown(const PanelContext& ctx) const { return visible(ctx.settings); }
  // Called before the host measures the panels each frame: a panel whose height
  // follows the session (the legend's entries) brings itself up to date here, so
  // the layout never lags a frame behind and jumps under the pointer.
  virtual void prepare(PanelContext&) {}
  // Draws the contents; the App has begun the panel's window.
  virtual void draw(PanelContext& ctx) = 0;
};

}  // namespace ls::app
