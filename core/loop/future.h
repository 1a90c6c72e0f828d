// Futures: asyncio.Future. A result (or exception, or cancellation) that arrives
// later; awaiting one suspends the task until it is done.
//
// Completion schedules every done callback with call_soon, in registration order;
// awaiting a future that is already done does not suspend. A task waiting on a
// future is just one of its callbacks (asyncio's Task.__wakeup).
#pragma once

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "loop/event_loop.h"

namespace ls::loop {

enum class FutureStatus : std::uint8_t { Pending, Done, Failed, Cancelled };

// Something a task can be suspended on and that cancel() can interrupt.
class Waitable {
 public:
  // Cancels the wait so the task wakes with CancelledError. False if it is too
  // late (the thing is already done).
  virtual bool cancel_wait(const std::string& msg) = 0;
  // What the timeline says the task waits on.
  virtual WaitKind wait_kind() const = 0;
  virtual std::string wait_text() const = 0;
  virtual std::uint32_t wait_target() const { return 0; }
  // A number the trace keeps with the wait (a timer's deadline).
  virtual std::int64_t wait_value() const { return 0; }

 protected:
  ~Waitable() = default;
};

// A done callback: fn(ctx, future). Runs on the loop thread, via call_soon.
using DoneFn = void (*)(void* ctx, FutureBase& fut);

class FutureBase : public RefCounted, public Waitable {
 public:
  explicit FutureBase(EventLoop& loop, WaitKind kind = WaitKind::Future)
      : loop_(&loop), kind_(kind) {}

  ~FutureBase() override = default;

  EventLoop& loop() const { return *loop_; }
  FutureStatus status() const { return status_; }
  bool done() const { return status_ != FutureStatus::Pending; }
  bool cancelled() const { return status_ == FutureStatus::Cancelled; }
  bool failed() const { return status_ == FutureStatus::Failed; }

  // asyncio add_done_callback: on a done future, schedules fn at once.
  void add_done_callback(DoneFn fn, void* ctx, std::string_view label = {});
  // Removes every registration of (fn, ctx); returns how many were removed.
  int remove_done_callback(DoneFn fn, void* ctx);
  // A task's wake-up: when done, the task's next step is queued.
  void add_waiter(TaskBase* task);
  void remove_waiter(TaskBase* task);

  // Future.cancel(): False if already done; else cancelled, callbacks scheduled.
  virtual bool cancel(const std::string& msg = {});
  void set_exception(std::exception_ptr e);
  // The exception (nullptr if it succeeded); marks it retrieved. Throws
  // CancelledError if cancelled, InvalidStateError if pending.
  std::exception_ptr exception();
  // Rethrows the exception or CancelledError; returns normally on success.
  void check_result();
  const std::string& cancel_message() const;

  // Waitable: a task awaiting this future.
  bool cancel_wait(const std::string& msg) override { return cancel(msg); }
  WaitKind wait_kind() const override { return kind_; }
  std::string wait_text() const override;
  void set_wait_text(std::string s) { extra().wait_text = std::move(s); }

  // The ready-queue entry point for a scheduled done callback.
  static void run_callback(ReadyEntry& e);

  // The stored result (a std::optional<T>*), for typed readers such as gather.
  virtual void* value_slot() { return nullptr; }

 protected:
  // Marks the future finished and schedules its callbacks.
  void finish(FutureStatus s);
  // Whether an exception was set and nobody looked at it (asyncio's
  // __log_traceback): reported when the last reference goes.
  bool log_traceback_ = false;
  std::exception_ptr exception_;
  // Rarely used strings live out of line so a future (and a task) stays small:
  // with 100,000 tasks every byte shows up as cache misses on each switch.
  struct Extra {
    std::string cancel_msg;
    std::string wait_text;
  };
  Extra& extra() {
    if (!extra_) extra_ = std::make_unique<Extra>();
    return *extra_;
  }
  void set_cancel_message(const std::string& msg) {
    if (!msg.empty() || extra_) extra().cancel_msg = msg;
  }
  std::unique_ptr<Extra> extra_;

 private:
  struct Callback {
    DoneFn fn;          // nullptr: wake `task`
    void* ctx;
    TaskBase* task;
    trace::TextId label;
  };
  std::vector<Callback> callbacks_;
  // Hot fields last: a task switch reads these and the task's own hot fields,
  // which TaskBase declares first, so they all share one or two cache lines.
  EventLoop* loop_;
  FutureStatus status_ = FutureStatus::Pending;
  WaitKind kind_;
};

template <class T>
struct Stored { using type = T; };
template <>
struct Stored<void> { using type = std::monostate; };
template <class T>
using stored_t = typename Stored<T>::type;

// The awaiter for any future-like F (Future<T>, TaskState<T>): suspends the
// current task unless F is done; resumes with F's result or exception.
template <class F>
struct FutureAwaiter {
  Ref<F> fut;
  bool await_ready() const noexcept { return fut->done(); }
  void await_suspend(std::coroutine_handle<> h);
  decltype(auto) await_resume();
};

template <class T>
class Future : public FutureBase {
 public:
  using value_type = T;
  explicit Future(EventLoop& loop, WaitKind kind = WaitKind::Future) : FutureBase(loop, kind) {}

  template <class U = stored_t<T>>
  void set_result(U&& v = U{}) {
    if (done()) throw InvalidStateError("invalid state: the future is already done");
    value_.emplace(std::forward<U>(v));
    finish(FutureStatus::Done);
  }
  // The result; rethrows the exception; CancelledError if cancelled.
  stored_t<T>& result() {
    if (!done()) throw InvalidStateError("Result is not set.");
    check_result();
    return *value_;
  }
  void* value_slot() override { return &value_; }

 private:
  std::optional<stored_t<T>> value_;
};

template <class T>
Ref<Future<T>> make_future(EventLoop& loop, WaitKind kind = WaitKind::Future) {
  return Ref<Future<T>>(new Future<T>(loop, kind));
}

// `co_await ref` for any future-like type (Future<T>, a spawned task, gather).
template <class F>
  requires(std::is_base_of_v<FutureBase, F> && requires { typename F::value_type; })
FutureAwaiter<F> operator co_await(const Ref<F>& f) {
  return FutureAwaiter<F>{f};
}

// "Type: message" for an exception (what the trace and logs show).
std::string describe_exception(std::exception_ptr e);
// Whether e holds a CancelledError.
bool is_cancellation(std::exception_ptr e);

// Reads a finished future's stored value through its type-erased slot.
template <class T>
stored_t<T>& value_of(FutureBase& f) {
  return **static_cast<std::optional<stored_t<T>>*>(f.value_slot());
}

}  // namespace ls::loop
