// One program run shown by the app: a real event loop advanced lazily, only as far
// as the playhead needs, and the Timeline folded from its trace as it grows. So the
// coroutines really run while the animation plays (DESIGN.md, "The data path").
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "loop/loop.h"
#include "model/draw_list.h"
#include "trace/timeline.h"

namespace ls::app {

class LazyRun {
 public:
  // Callbacks run per advance_to at most: a program that never lets the clock move
  // (a task looping on sleep(0)) must not freeze the window; the rest waits a frame.
  static constexpr std::size_t kDefaultBudget = 200'000;

  explicit LazyRun(std::unique_ptr<loop::EventLoop> loop);

  // Steps the loop while its clock is at or before `t` and work is left, then folds
  // the new events. Returns how many callbacks ran. Moving `t` back runs nothing:
  // the past is read from the recorded trace.
  std::size_t advance_to(trace::Nanos t, std::size_t budget = kDefaultBudget);
  // Runs whatever is left (the headless demo, screenshots at the end).
  void run_to_end();

  // The loop has nothing left to run.
  bool finished() const { return exhausted_ || loop_->finished(); }
  trace::Nanos now() const { return loop_->now(); }
  // The run's length so far: the latest time its trace reached.
  trace::Nanos total() const { return timeline_.end_time(); }

  const trace::Trace& trace() const { return loop_->trace(); }
  const trace::Timeline& timeline() const { return timeline_; }
  // Per lane, its call spans split by depth for the draw list.
  const std::vector<CallRows>& call_rows() const { return rows_; }

 private:
  void refold();

  std::unique_ptr<loop::EventLoop> loop_;
  trace::Timeline timeline_;
  std::vector<CallRows> rows_;
  bool exhausted_ = false;  // step() said nothing is left
};

}  // namespace ls::app
