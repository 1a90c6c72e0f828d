// Event, Lock and Semaphore: each follows CPython 3.11.7's asyncio/locks.py.
#include <algorithm>
#include <stdexcept>

#include "loop/event.h"
#include "loop/lock.h"
#include "loop/semaphore.h"

namespace ls::loop {

void erase_waiter(std::deque<Ref<Future<bool>>>& waiters, const Ref<Future<bool>>& fut) {
  auto it = std::find(waiters.begin(), waiters.end(), fut);
  if (it != waiters.end()) waiters.erase(it);
}

// ---- Event ------------------------------------------------------------------

void Event::set() {
  if (value_) return;
  value_ = true;
  for (auto& fut : waiters_)
    if (!fut->done()) fut->set_result(true);
}

Task<WaiterOutcome> wait_in_line(EventLoop& loop, std::deque<Ref<Future<bool>>>& waiters,
                                 WaitKind kind, const char* what) {
  WaiterOutcome out{make_future<bool>(loop, kind), nullptr};
  out.fut->set_wait_text(what);
  waiters.push_back(out.fut);
  try {
    co_await out.fut;
  } catch (...) {
    out.error = std::current_exception();
  }
  erase_waiter(waiters, out.fut);
  co_return out;
}

Task<bool> Event::wait() {
  if (value_) co_return true;
  auto waited = co_await wait_in_line(*loop_, waiters_, WaitKind::Event, "Event.wait()");
  if (waited.error) std::rethrow_exception(waited.error);
  co_return true;
}

// ---- Lock -------------------------------------------------------------------

Task<bool> Lock::acquire() {
  const bool all_cancelled =
      std::all_of(waiters_.begin(), waiters_.end(), [](auto& w) { return w->cancelled(); });
  if (!locked_ && all_cancelled) {
    locked_ = true;
    co_return true;
  }
  auto waited = co_await wait_in_line(*loop_, waiters_, WaitKind::Lock, "Lock.acquire()");
  if (waited.error) {
    // A woken waiter that was cancelled passes the wake-up on.
    if (is_cancellation(waited.error) && !locked_) wake_up_first();
    std::rethrow_exception(waited.error);
  }
  locked_ = true;
  co_return true;
}

void Lock::release() {
  if (!locked_) throw LoopMisuseError("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  auto& fut = waiters_.front();
  if (!fut->done()) fut->set_result(true);
}

// ---- Semaphore --------------------------------------------------------------

Semaphore::Semaphore(EventLoop& loop, int value) : loop_(&loop), value_(value) {
  if (value < 0) throw std::invalid_argument("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const {
  return value_ == 0 ||
         std::any_of(waiters_.begin(), waiters_.end(), [](auto& w) { return !w->cancelled(); });
}

Task<bool> Semaphore::acquire() {
  if (!locked()) {
    --value_;
    co_return true;
  }
  auto waited = co_await wait_in_line(*loop_, waiters_, WaitKind::Semaphore, "Semaphore.acquire()");
  if (waited.error) {
    // Woken (the slot was handed over) but cancelled before running: give it back.
    if (is_cancellation(waited.error) && !waited.fut->cancelled()) {
      ++value_;
      wake_up_next();
    }
    std::rethrow_exception(waited.error);
  }
  if (value_ > 0) wake_up_next();
  co_return true;
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

void Semaphore::wake_up_next() {
  for (auto& fut : waiters_) {
    if (!fut->done()) {
      --value_;
      fut->set_result(true);
      return;
    }
  }
}

}  // namespace ls::loop
