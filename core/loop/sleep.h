// asyncio.sleep as an awaiter that lives in the sleeping task's coroutine frame.
//
// sleep(0) (or less) is a bare yield: the task requeues itself once, with no
// timer and no future. sleep(d > 0) parks the task on a timer through the
// task's SleepWait (sleep_wait.h), so it resumes one iteration after the timer
// fires, as in asyncio.
#pragma once

#include <coroutine>

#include "loop/future.h"

namespace ls::loop {

class EventLoop::SleepAwaiter {
 public:
  SleepAwaiter(EventLoop& loop, Nanos d) : loop_(&loop), delay_(d) {}

  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h);
  void await_resume();
  [[noreturn]] static void not_in_task();

 private:
  // Only these two words: the awaiter is part of every frame that sleeps.
  EventLoop* loop_;
  Nanos delay_;
};

inline EventLoop::SleepAwaiter EventLoop::sleep(Nanos d) { return SleepAwaiter(*this, d); }

}  // namespace ls::loop

#include "loop/task_state.h"

namespace ls::loop {

// sleep(0) is the hottest path there is (round robin): keep it inline.
inline void EventLoop::SleepAwaiter::await_suspend(std::coroutine_handle<> h) {
  TaskBase* task = loop_->current_task();
  if (!task) [[unlikely]] not_in_task();
  if (delay_ <= 0) task->suspend_yield(h);
  else task->sleep_wait().start(task, delay_, h);
}

inline void EventLoop::SleepAwaiter::await_resume() {
  TaskBase* task = loop_->current_task();
  task->throw_if_cancel_requested();
  if (delay_ > 0) task->sleep_wait().finish();
}

}  // namespace ls::loop
