// The app: one window, its panels, and the frame loop that drives the session's
// playhead. Used both on screen and for off-screen shots.
#pragma once

#include "fonts.h"
#include "panel_host.h"
#include "platform.h"

namespace ls::app {

class App {
 public:
  App(Platform& platform, Session& session);

  // Runs until the window is closed.
  void run();
  // Builds and renders one frame into the back buffer (no swap). `dt` is the wall
  // time since the previous frame; it moves the playhead while playing.
  void frame(double dt);

  float font_px() const { return fonts_.get().px; }

 private:
  // Font size for the window: about 34 lines of text fill its height, large enough
  // for the back of a classroom, plus whatever Ctrl +/- added.
  float wanted_font_px() const;
  void update_fonts();
  void font_shortcuts();

  Platform& platform_;
  Session& session_;
  FontSet fonts_;
  int font_steps_ = 0;  // Ctrl +/- presses, two pixels each
  PanelHost panels_;
};

}  // namespace ls::app
