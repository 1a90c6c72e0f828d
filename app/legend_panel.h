// What the shapes and colours mean, drawn with the timeline's own painter so the
// legend can never drift from the picture. Wraps onto more lines when narrow.
#pragma once

#include "panel.h"

namespace ls::app {

class LegendPanel final : public Panel {
 public:
  const char* title() const override { return "Legend"; }
  Region region() const override { return Region::Footer; }
  float preferred_height(float width, const Fonts& fonts) const override;
  void draw(PanelContext& ctx) override;
};

}  // namespace ls::app
