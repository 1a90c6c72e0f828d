// The app's own log (spdlog, through LogSink): what it did and what went wrong,
// for the teacher preparing a class rather than for the class itself, so it is
// hidden until asked for from the View menu.
#pragma once

#include <cstdint>
#include <vector>

#include "model/log_sink.h"
#include "panel.h"

namespace ls::app {

class LogPanel final : public Panel {
 public:
  const char* title() const override { return "Log"; }
  Region region() const override { return Region::Side; }
  float preferred_height(float, const Fonts&) const override { return 1.2f; }
  bool visible(const Settings& s) const override { return s.show_log; }
  void draw(PanelContext& ctx) override;

 private:
  std::vector<LogLine> lines_;       // copied from the sink when its version moves
  std::uint64_t version_ = ~0ull;
};

}  // namespace ls::app
