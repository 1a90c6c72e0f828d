// Playback controls across the top, every one a button whose tooltip names its
// key: play/pause (Space, K), start/end (Home/End), one loop event back/forward
// (←/→), slower/faster with the speed shown between them (J/L, [ ]), the clock,
// the totals line with the speed-up, font size (Ctrl -/+), full screen (F11), and
// the View and Export menus.
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
  void transport(PanelContext& ctx);
  void speed(PanelContext& ctx);
  void clock(PanelContext& ctx);
  float menus_width() const;
  void menus(PanelContext& ctx);
  void shortcuts(PanelContext& ctx);

  int rows_ = 1;  // 2 when the totals line needs a row of its own
};

}  // namespace ls::app
