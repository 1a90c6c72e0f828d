// The timer wait behind asyncio.sleep(d > 0). It parks the task on a timer; the
// timer callback queues the task's next step, so the task resumes one iteration
// after the timer fires — asyncio's future + call_later pair, without allocating
// a future (a parked task costs only its timer slot).
//
// Each task holds one (a task waits on one thing at a time) rather than each
// sleep's awaiter: the awaiter then is two words in the coroutine frame, which
// keeps frames small for sleep(0), the round-robin hot path.
#pragma once

#include <coroutine>
#include <string>

#include "loop/future.h"

namespace ls::loop {

class SleepWait final : public Waitable {
 public:
  // Parks `task` on a timer `delay` from now; h is the frame to resume.
  void start(TaskBase* task, Nanos delay, std::coroutine_handle<> h);
  // On resume: throws CancelledError if cancel() interrupted the sleep.
  void finish() {
    const State s = state_;
    state_ = State::Idle;
    if (s == State::Cancelled) [[unlikely]] throw_cancelled();
  }

  bool cancel_wait(const std::string& msg) override;
  WaitKind wait_kind() const override { return WaitKind::Timer; }
  std::string wait_text() const override;
  std::uint32_t wait_target() const override;
  std::int64_t wait_value() const override { return deadline_; }

 private:
  // Waiting: parked on the timer. Woken: the timer fired and queued the task.
  // Cancelled: cancel() interrupted the wait; the task wakes with CancelledError.
  enum class State : std::uint8_t { Idle, Waiting, Woken, Cancelled };
  static void fire(void* self);
  [[noreturn]] void throw_cancelled();

  TaskBase* task_ = nullptr;
  Nanos delay_ = 0;
  Nanos deadline_ = 0;
  TimerId timer_{0, 0};
  State state_ = State::Idle;
};

}  // namespace ls::loop
