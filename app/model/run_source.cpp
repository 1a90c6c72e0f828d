#include "model/run_source.h"

#include <stdexcept>

namespace ls::app {

LoopSource::LoopSource(std::unique_ptr<loop::EventLoop> loop) : loop_(std::move(loop)) {
  if (!loop_) throw std::invalid_argument("LoopSource needs an event loop");
}

bool LoopSource::advance_to(trace::Nanos t, std::size_t budget) {
  std::size_t ran = 0;
  while (ran < budget && !finished() && loop_->now() <= t) {
    if (!loop_->step()) {
      exhausted_ = true;
      break;
    }
    ++ran;
  }
  return ran > 0;
}

void LoopSource::run_to_end() {
  while (!finished()) advance_to(trace::kOpenEnd - 1, kNoBudget);
}

}  // namespace ls::app
