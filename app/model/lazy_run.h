// One program run shown by the app: a real event loop advanced lazily, only as far
// as the playhead needs, and the Timeline folded from its trace as it grows. So the
// coroutines really run while the animation plays (DESIGN.md, "The data path").
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "loop/loop.h"
#include "model/draw_list.h"
#include "model/run_source.h"
#include "trace/timeline.h"

namespace ls::app {

class LazyRun {
 public:
  // Callbacks run per advance_to at most: a program that never lets the clock move
  // (a task looping on sleep(0)) must not freeze the window; the rest waits a frame.
  static constexpr std::size_t kDefaultBudget = 200'000;

  explicit LazyRun(std::unique_ptr<loop::EventLoop> loop);
  explicit LazyRun(std::unique_ptr<RunSource> source);

  // Runs the program while its clock is at or before `t` and work is left, then
  // folds the new events. Returns whether it ran anything. Moving `t` back runs
  // nothing: the past is read from the recorded trace.
  bool advance_to(trace::Nanos t, std::size_t budget = kDefaultBudget);
  // Runs whatever is left (the headless demo, screenshots at the end).
  void run_to_end();

  // The program has nothing left to run.
  bool finished() const { return source_->finished(); }
  trace::Nanos now() const { return source_->now(); }
  // The run's length so far: the latest time its trace reached.
  trace::Nanos total() const { return timeline_.end_time(); }

  const trace::Trace& trace() const { return source_->trace(); }
  // Once finished: the program's stderr (tracebacks, SyntaxError), or "".
  std::string errors() const { return source_->errors(); }
  const trace::Timeline& timeline() const { return timeline_; }
  // Per lane, its call spans split by depth for the draw list.
  const std::vector<CallRows>& call_rows() const { return rows_; }

 private:
  void refold();

  std::unique_ptr<RunSource> source_;
  trace::Timeline timeline_;
  std::vector<CallRows> rows_;
};

}  // namespace ls::app
