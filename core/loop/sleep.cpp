#include "loop/loop.h"

#include <cstdio>

namespace ls::loop {

void EventLoop::SleepAwaiter::not_in_task() {
  throw LoopMisuseError("asyncio.sleep() can only be awaited inside a running task");
}

void SleepWait::start(TaskBase* task, Nanos delay, std::coroutine_handle<> h) {
  EventLoop& loop = task->loop();
  task_ = task;
  delay_ = delay;
  deadline_ = loop.now() + delay;
  timer_ = loop.call_at(deadline_, &SleepWait::fire, this, "sleep");
  state_ = State::Waiting;
  task->suspend_on(*this, h);
}

void SleepWait::fire(void* self) {
  auto* s = static_cast<SleepWait*>(self);
  if (s->state_ != State::Waiting) return;  // cancelled after it came due
  s->state_ = State::Woken;
  s->task_->loop().schedule_step(s->task_);
}

bool SleepWait::cancel_wait(const std::string& msg) {
  if (state_ != State::Waiting) return false;  // already woken: too late
  EventLoop& loop = task_->loop();
  loop.cancel_timer(timer_);
  state_ = State::Cancelled;
  task_->note_cancel_message(msg);  // kept on the task, not in every wait
  loop.schedule_step(task_);
  return true;
}

void SleepWait::throw_cancelled() { throw CancelledError(task_->cancel_message()); }

std::string SleepWait::wait_text() const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "sleep(%g)", trace::to_seconds(delay_));
  return buf;
}

std::uint32_t SleepWait::wait_target() const { return task_->loop().timer_number(timer_); }

}  // namespace ls::loop
