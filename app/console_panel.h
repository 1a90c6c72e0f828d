// What a run has printed by the playhead, like a terminal that replays in step
// with the animation: newest line at the bottom, each line stamped with the time
// it was printed. Shows the run picked in the event loop panel above it. Long output scrolls through a list clipper,
// so only the lines on screen cost anything.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "panel.h"

namespace ls::app {

class ConsolePanel final : public Panel {
 public:
  const char* title() const override { return "Console"; }
  Region region() const override { return Region::Side; }
  float preferred_height(float, const Fonts&) const override { return 2.0f; }
  void draw(PanelContext& ctx) override;

  // How many lines of run `i` were on screen in the last frame (the prints up to
  // the playhead), and the last of them, for tests.
  std::size_t shown_lines(std::size_t i) const { return i < shown_.size() ? shown_[i] : 0; }
  const std::string& last_line(std::size_t i) const { return last_.at(i); }

 private:
  void draw_run(PanelContext& ctx, std::size_t i, float height);

  std::vector<std::size_t> shown_;
  std::vector<std::string> last_;
  std::vector<std::size_t> followed_;  // lines shown when we last scrolled to the bottom
};

}  // namespace ls::app
