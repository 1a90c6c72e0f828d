// asyncio.sleep as an awaiter that lives in the sleeping task's coroutine frame.
//
// sleep(d > 0) parks the task on a timer; the timer callback queues the task's
// next step, so the task resumes one iteration after the timer fires — exactly
// like asyncio's future + call_later pair, but without allocating a future (a
// parked task costs only its timer slot).
// sleep(0) (or less) is a bare yield: the task requeues itself once.
#pragma once

#include <coroutine>
#include <string>

#include "loop/future.h"

namespace ls::loop {

class EventLoop::SleepAwaiter final : public Waitable {
 public:
  SleepAwaiter(EventLoop& loop, Nanos d) : loop_(&loop), delay_(d) {}

  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h);
  void await_resume();
  // Out of line: the timer path and the error paths.
  void suspend_on_timer(std::coroutine_handle<> h);
  [[noreturn]] static void not_in_task();

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

  // deadline_ and timer_ are set only on the timer path (sleep(0) is the
  // hottest path there is and skips them).
  EventLoop* loop_;
  Nanos delay_;
  Nanos deadline_;
  TaskBase* task_ = nullptr;
  TimerId timer_{0, 0};
  State state_ = State::Idle;
};

inline EventLoop::SleepAwaiter EventLoop::sleep(Nanos d) { return SleepAwaiter(*this, d); }

}  // namespace ls::loop

#include "loop/task_state.h"

namespace ls::loop {

// sleep(0) is the hottest path there is (round robin): keep it inline.
inline void EventLoop::SleepAwaiter::await_suspend(std::coroutine_handle<> h) {
  task_ = loop_->current_task();
  if (!task_) [[unlikely]] not_in_task();
  if (delay_ <= 0) task_->suspend_yield(h);
  else suspend_on_timer(h);
}

inline void EventLoop::SleepAwaiter::await_resume() {
  task_->throw_if_cancel_requested();
  if (state_ == State::Cancelled) [[unlikely]] throw CancelledError(task_->cancel_message());
}

}  // namespace ls::loop
