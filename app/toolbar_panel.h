// Playback controls across the top, every one a button whose tooltip names its
// key: play/pause (Space, K), start/end (Home/End), one loop event back/forward
// (←/→), slower/faster with the speed shown between them (J/L, [ ]), the clock,
// font size (Ctrl -/+), presenter mode (F5), full screen (F11), and the View and
// Export menus; with lessons, a first button folds the lesson column away (Ctrl B).
// One row: the totals line belongs to the timeline, above the lanes it sums up.
#pragma once

#include "panel.h"

namespace ls::app {

class ToolbarPanel final : public Panel {
 public:
  const char* title() const override { return "Playback"; }
  Region region() const override { return Region::Top; }
  float preferred_height(float width, const Fonts& fonts) const override;
  void draw(PanelContext& ctx) override;

 private:
  // The lesson column's show/hide button; false (nothing drawn) without lessons.
  bool lesson_toggle(PanelContext& ctx);
  void transport(PanelContext& ctx);
  void speed(PanelContext& ctx);
  void clock(PanelContext& ctx);
  float menus_width() const;
  void menus(PanelContext& ctx);
  void shortcuts(PanelContext& ctx);

  bool presenting_ = false;  // this frame's presenter mode: fewer buttons, larger text
};

}  // namespace ls::app
