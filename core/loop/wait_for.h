// asyncio.wait_for and asyncio.timeout.
//
// wait_for(aw, timeout) wraps aw in a task, waits for it or the timeout, and on
// timeout cancels the inner task and waits until it has really finished before
// raising TimeoutError (CPython 3.11 tasks.wait_for, step for step, so the same
// number of loop iterations pass and output interleaves the same way).
// Timeout is the `async with asyncio.timeout(d)` scope: on expiry it cancels the
// task it was entered in and turns the resulting CancelledError into TimeoutError.
#pragma once

#include <optional>

#include "loop/loop.h"

namespace ls::loop {

namespace detail {
// Done callback / timer callback: completes the waiter future (holds a reference).
void release_waiter(void* waiter, FutureBase&);
void release_waiter_timer(void* waiter);
// Adds a reference on `waiter` for a callback that will release it.
inline void* retain(FutureBase* waiter) {
  waiter->add_ref();
  return waiter;
}
// Cancels fut and waits until it is done (tasks._cancel_and_wait).
Task<void> cancel_and_wait(EventLoop& loop, Ref<FutureBase> fut);
// Returns the timer's reference if cancelling it succeeded.
void cancel_waiter_timer(EventLoop& loop, TimerId id, FutureBase* waiter);
}  // namespace detail

template <class F>
Task<typename F::value_type> wait_for(EventLoop& loop, Ref<F> fut, std::optional<Nanos> timeout) {
  using T = typename F::value_type;
  auto result = [&]() -> decltype(auto) {
    if constexpr (std::is_void_v<T>) fut->check_result();
    else return std::move(fut->result());
  };
  if (!timeout) {
    if constexpr (std::is_void_v<T>) { co_await fut; co_return; }
    else co_return co_await fut;
  }
  if (*timeout <= 0) {
    if (fut->done()) co_return result();
    co_await detail::cancel_and_wait(loop, Ref<FutureBase>(fut));
    try {
      co_return result();
    } catch (const CancelledError&) {
      throw TimeoutError();
    }
  }
  auto waiter = make_future<void>(loop);
  waiter->set_wait_text("wait_for");
  const TimerId timer =
      loop.call_later(*timeout, &detail::release_waiter_timer, detail::retain(waiter.get()), "wait_for timeout");
  fut->add_done_callback(&detail::release_waiter, detail::retain(waiter.get()), "wait_for: inner done");
  auto drop_callback = [&] {
    for (int n = fut->remove_done_callback(&detail::release_waiter, waiter.get()); n > 0; --n)
      waiter->release();
  };
  std::exception_ptr cancelled;
  try {
    co_await waiter;
  } catch (const CancelledError&) {
    cancelled = std::current_exception();
  }
  detail::cancel_waiter_timer(loop, timer, waiter.get());
  if (cancelled) {
    // We were cancelled ourselves: take the inner result if it is there, else
    // make sure the inner task has stopped before passing the cancel on.
    if (fut->done()) co_return result();
    drop_callback();
    co_await detail::cancel_and_wait(loop, Ref<FutureBase>(fut));
    std::rethrow_exception(cancelled);
  }
  if (fut->done()) co_return result();
  drop_callback();
  co_await detail::cancel_and_wait(loop, Ref<FutureBase>(fut));
  try {
    co_return result();
  } catch (const CancelledError&) {
    throw TimeoutError();
  }
}

// wait_for on a coroutine: it becomes a task first (as ensure_future does).
template <class T>
Task<T> wait_for(EventLoop& loop, Task<T> coro, std::optional<Nanos> timeout) {
  auto task = loop.spawn(std::move(coro));
  if constexpr (std::is_void_v<T>) co_await wait_for(loop, task, timeout);
  else co_return co_await wait_for(loop, task, timeout);
}

// The `asyncio.timeout(delay)` scope (Timeout in CPython 3.11 timeouts.py).
class Timeout {
 public:
  // Created: not entered yet. Entered: armed. Expiring: the timer fired and
  // cancelled the task. Expired: the scope turned that into TimeoutError.
  // Exited: left before the deadline.
  enum class State { Created, Entered, Expiring, Expired, Exited };

  // `when` is an absolute loop time; nullopt never expires.
  Timeout(EventLoop& loop, std::optional<Nanos> when) : loop_(&loop), when_(when) {}
  ~Timeout();
  Timeout(const Timeout&) = delete;
  Timeout& operator=(const Timeout&) = delete;

  // __aenter__: binds to the current task and arms the timer.
  void enter();
  // __aexit__: disarms; returns true when the scope must raise TimeoutError
  // (it expired and the exception leaving it is the CancelledError it caused).
  bool exit(bool leaving_with_cancelled_error);
  void reschedule(std::optional<Nanos> when);
  bool expired() const { return state_ == State::Expiring || state_ == State::Expired; }
  State state() const { return state_; }

 private:
  static void on_timeout(void* self);

  EventLoop* loop_;
  std::optional<Nanos> when_;
  TaskBase* task_ = nullptr;
  int cancelling_ = 0;
  TimerId timer_;
  State state_ = State::Created;
};

// Runs body inline under a Timeout of `delay`; TimeoutError when it runs out.
template <class T>
Task<T> with_timeout(EventLoop& loop, Nanos delay, Task<T> body) {
  Timeout scope(loop, loop.now() + delay);
  scope.enter();
  std::exception_ptr error;
  std::optional<stored_t<T>> value;
  try {
    if constexpr (std::is_void_v<T>) {
      co_await std::move(body);
      value.emplace();
    } else {
      value.emplace(co_await std::move(body));
    }
  } catch (...) {
    error = std::current_exception();
  }
  if (scope.exit(error && is_cancellation(error))) throw TimeoutError();
  if (error) std::rethrow_exception(error);
  if constexpr (!std::is_void_v<T>) co_return std::move(*value);
}

}  // namespace ls::loop
