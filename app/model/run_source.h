// Where a LazyRun's events come from: a native C++ program stepped on this
// thread (LoopSource), or a Python program on a thread of its own held at the
// playhead (python_program.h). Either way the program really runs only as far
// as the playhead needs; the LazyRun folds what it recorded.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "loop/loop.h"
#include "trace/timeline.h"

namespace ls::app {

class RunSource {
 public:
  // A budget that means "however long it takes" (screenshots, tests, exports).
  static constexpr std::size_t kNoBudget = static_cast<std::size_t>(-1);

  virtual ~RunSource() = default;
  // Runs the program while its clock is at or before `t`, doing at most about
  // `budget` callbacks' worth of work before returning (the rest waits for the
  // next frame). Returns whether anything new may have been recorded.
  virtual bool advance_to(trace::Nanos t, std::size_t budget) = 0;
  // Runs whatever is left, however long it takes.
  virtual void run_to_end() = 0;
  virtual bool finished() const = 0;
  virtual trace::Nanos now() const = 0;
  virtual const trace::Trace& trace() const = 0;
  // Once finished: what the program said on stderr (tracebacks, SyntaxError),
  // empty when it ran cleanly.
  virtual std::string errors() const { return {}; }
};

// A native program on an EventLoop, stepped one callback at a time here.
class LoopSource final : public RunSource {
 public:
  explicit LoopSource(std::unique_ptr<loop::EventLoop> loop);
  bool advance_to(trace::Nanos t, std::size_t budget) override;
  void run_to_end() override;
  bool finished() const override { return exhausted_ || loop_->finished(); }
  trace::Nanos now() const override { return loop_->now(); }
  const trace::Trace& trace() const override { return loop_->trace(); }

 private:
  std::unique_ptr<loop::EventLoop> loop_;
  bool exhausted_ = false;  // step() said nothing is left
};

}  // namespace ls::app
