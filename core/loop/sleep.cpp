#include "loop/loop.h"

#include <cstdio>

namespace ls::loop {

void EventLoop::SleepAwaiter::not_in_task() {
  throw LoopMisuseError("asyncio.sleep() can only be awaited inside a running task");
}

void EventLoop::SleepAwaiter::suspend_on_timer(std::coroutine_handle<> h) {
  deadline_ = loop_->now() + delay_;
  timer_ = loop_->call_at(deadline_, &SleepAwaiter::fire, this, "sleep");
  state_ = State::Waiting;
  task_->suspend_on(*this, h);
}

void EventLoop::SleepAwaiter::fire(void* self) {
  auto* s = static_cast<SleepAwaiter*>(self);
  if (s->state_ != State::Waiting) return;  // cancelled after it came due
  s->state_ = State::Woken;
  s->loop_->schedule_step(s->task_);
}

bool EventLoop::SleepAwaiter::cancel_wait(const std::string& msg) {
  if (state_ != State::Waiting) return false;  // already woken: too late
  loop_->cancel_timer(timer_);
  state_ = State::Cancelled;
  task_->note_cancel_message(msg);  // kept on the task, not in every awaiter
  loop_->schedule_step(task_);
  return true;
}

std::string EventLoop::SleepAwaiter::wait_text() const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "sleep(%g)", trace::to_seconds(delay_));
  return buf;
}

std::uint32_t EventLoop::SleepAwaiter::wait_target() const { return loop_->timer_number(timer_); }

}  // namespace ls::loop
