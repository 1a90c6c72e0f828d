// What the shapes and colours mean, drawn with the timeline's own painter so the
// legend can never drift from the picture. Only the shapes the runs on screen
// have (model/legend_items.h). Wraps onto more lines when narrow.
#pragma once

#include <vector>

#include "model/legend_items.h"
#include "panel.h"

namespace ls::app {

class LegendPanel final : public Panel {
 public:
  const char* title() const override { return "Legend"; }
  Region region() const override { return Region::Footer; }
  float preferred_height(float width, const Fonts& fonts) const override;
  void prepare(PanelContext& ctx) override;
  void draw(PanelContext& ctx) override;

  // The entries drawn last frame (tests read them).
  const std::vector<LegendItem>& items() const { return items_; }

 private:
  std::vector<LegendItem> items_ = legend_items({});
};

}  // namespace ls::app
