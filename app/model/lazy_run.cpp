#include "model/lazy_run.h"

#include <stdexcept>

namespace ls::app {

LazyRun::LazyRun(std::unique_ptr<loop::EventLoop> loop)
    : LazyRun(std::make_unique<LoopSource>(std::move(loop))) {}

LazyRun::LazyRun(std::unique_ptr<RunSource> source) : source_(std::move(source)) {
  if (!source_) throw std::invalid_argument("LazyRun needs a program to run");
  refold();  // events recorded while the program was set up (task creation)
}

bool LazyRun::advance_to(trace::Nanos t, std::size_t budget) {
  const bool ran = !finished() && source_->advance_to(t, budget);
  if (ran || timeline_.events_folded() < source_->trace().size()) refold();
  return ran;
}

void LazyRun::run_to_end() {
  source_->run_to_end();
  refold();
}

void LazyRun::refold() {
  timeline_.update(source_->trace());
  const auto& lanes = timeline_.lanes();
  rows_.resize(lanes.size());
  for (std::size_t i = 0; i < lanes.size(); ++i) rows_[i].update(lanes[i]);
}

}  // namespace ls::app
