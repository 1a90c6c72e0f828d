#include "loop/wait_for.h"

namespace ls::loop::detail {

void release_waiter(void* waiter, FutureBase&) {
  auto* w = static_cast<Future<void>*>(waiter);
  if (!w->done()) w->set_result();
  w->release();
}

void release_waiter_timer(void* waiter) {
  auto* w = static_cast<Future<void>*>(waiter);
  if (!w->done()) w->set_result();
  w->release();
}

void cancel_waiter_timer(EventLoop& loop, TimerId id, FutureBase* waiter) {
  // If the timer never fired, its callback will never release its reference.
  if (loop.cancel_timer(id)) waiter->release();
}

Task<void> cancel_and_wait(EventLoop& loop, Ref<FutureBase> fut) {
  auto waiter = make_future<void>(loop);
  waiter->set_wait_text("cancellation");
  fut->add_done_callback(&release_waiter, retain(waiter.get()), "cancel_and_wait: done");
  std::exception_ptr error;
  try {
    fut->cancel();
    co_await waiter;
  } catch (...) {
    error = std::current_exception();
  }
  for (int n = fut->remove_done_callback(&release_waiter, waiter.get()); n > 0; --n) waiter->release();
  if (error) std::rethrow_exception(error);
}

}  // namespace ls::loop::detail

namespace ls::loop {

Timeout::~Timeout() {
  if (timer_.valid()) loop_->cancel_timer(timer_);
}

void Timeout::enter() {
  if (state_ != State::Created) throw LoopMisuseError("Timeout has already been entered");
  task_ = loop_->current_task();
  if (!task_) throw LoopMisuseError("Timeout should be used inside a task");
  state_ = State::Entered;
  cancelling_ = task_->cancelling();
  reschedule(when_);
}

void Timeout::reschedule(std::optional<Nanos> when) {
  when_ = when;
  if (timer_.valid()) {
    loop_->cancel_timer(timer_);
    timer_ = TimerId{};
  }
  if (!when) return;
  // A deadline already passed still fires through the loop, not inline, but
  // with call_soon as in CPython: a timer at `now` would only be moved to the
  // ready queue at the next iteration, behind everything queued meanwhile.
  if (*when <= loop_->now()) timer_ = loop_->call_soon_cancellable(&Timeout::on_timeout, this, "timeout");
  else timer_ = loop_->call_at(*when, &Timeout::on_timeout, this, "timeout");
}

void Timeout::on_timeout(void* self) {
  auto* t = static_cast<Timeout*>(self);
  t->timer_ = TimerId{};
  t->task_->cancel();
  t->state_ = State::Expiring;
}

bool Timeout::exit(bool leaving_with_cancelled_error) {
  if (timer_.valid()) {
    loop_->cancel_timer(timer_);
    timer_ = TimerId{};
  }
  if (state_ == State::Expiring) {
    state_ = State::Expired;
    return task_->uncancel() <= cancelling_ && leaving_with_cancelled_error;
  }
  if (state_ == State::Entered) state_ = State::Exited;
  return false;
}

}  // namespace ls::loop
