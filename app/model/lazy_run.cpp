#include "model/lazy_run.h"

#include <stdexcept>

namespace ls::app {

LazyRun::LazyRun(std::unique_ptr<loop::EventLoop> loop) : loop_(std::move(loop)) {
  if (!loop_) throw std::invalid_argument("LazyRun needs an event loop");
  refold();  // events recorded while the program was set up (task creation)
}

std::size_t LazyRun::advance_to(trace::Nanos t, std::size_t budget) {
  std::size_t ran = 0;
  while (ran < budget && !finished() && loop_->now() <= t) {
    if (!loop_->step()) {
      exhausted_ = true;
      break;
    }
    ++ran;
  }
  if (ran > 0 || timeline_.events_folded() < loop_->trace().size()) refold();
  return ran;
}

void LazyRun::run_to_end() {
  while (!finished()) advance_to(trace::kOpenEnd - 1);
}

void LazyRun::refold() {
  timeline_.update(loop_->trace());
  const auto& lanes = timeline_.lanes();
  rows_.resize(lanes.size());
  for (std::size_t i = 0; i < lanes.size(); ++i) rows_[i].update(lanes[i]);
}

}  // namespace ls::app
