// The event loop at the playhead for one run, picked by a button per run: what
// it is doing (one headline; "BLOCKED by ..." when a task holds it), the running
// task, the ready queue in order, the timers with deadlines and countdowns (late
// ones flagged while the loop is blocked), and tasks waiting on anything else.
// One run at a time rather than side by side: the side column is narrow, and a
// projected line needs its width; the console below follows the same run.
#pragma once

#include <string>
#include <vector>

#include "model/loop_view.h"
#include "panel.h"

namespace ls::app {

class LoopPanel final : public Panel {
 public:
  const char* title() const override { return "Event loop"; }
  Region region() const override { return Region::Side; }
  float preferred_height(float, const Fonts&) const override { return 3.3f; }
  void draw(PanelContext& ctx) override;

  // Every line of text drawn in the last frame, for tests (and screen readers later).
  const std::vector<std::string>& last_text() const { return text_; }

  // The run shown: the one picked, else the last (the asyncio one in a lesson).
  static std::size_t focused_run(const PanelContext& ctx);

 private:
  void run_selector(PanelContext& ctx);
  void draw_run(PanelContext& ctx, std::size_t run);
  void draw_row(PanelContext& ctx, const LoopRow& row);

  std::vector<std::string> text_;
};

}  // namespace ls::app
