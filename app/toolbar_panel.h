// Playback controls across the top: play/pause (Space), restart (Home), the clock,
// and the totals line with the speed-up, the sentence the lesson builds up to.
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
  void buttons(PanelContext& ctx);
  void shortcuts(PanelContext& ctx);
};

}  // namespace ls::app
