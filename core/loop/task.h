// Task<T>: a lazy C++20 coroutine, the unit of code the loop runs.
//
// A Task does nothing until it is awaited (then it runs inline, in the awaiting
// task, like Python's `await coro()`) or spawned on an EventLoop (then it becomes
// an asyncio-style task with its own lane). Control passes by symmetric transfer,
// so a long chain of awaits never grows the C++ stack, and no allocation happens
// per resume: the only allocation is the coroutine frame itself.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include "loop/errors.h"

namespace ls::loop {

template <class T = void>
class Task;

namespace detail {

struct PromiseBase {
  // Who resumes when this coroutine finishes: the awaiting coroutine, or nothing
  // when the coroutine is the root of a loop task (the loop then sees done()).
  std::coroutine_handle<> continuation;
  std::exception_ptr exception;
  // Set when the coroutine is first awaited or spawned; a second await is misuse.
  bool started = false;

  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
      auto next = h.promise().continuation;
      return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { exception = std::current_exception(); }
  void rethrow_if_failed() {
    if (exception) std::rethrow_exception(exception);
  }
};

template <class T>
struct Promise : PromiseBase {
  std::optional<T> value;
  Task<T> get_return_object() noexcept;
  template <class U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
  T take() {
    rethrow_if_failed();
    return std::move(*value);
  }
};

template <>
struct Promise<void> : PromiseBase {
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void take() { rethrow_if_failed(); }
};

}  // namespace detail

template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::Promise<T>;
  using Handle = std::coroutine_handle<promise_type>;
  using value_type = T;

  Task() = default;
  explicit Task(Handle h) : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, nullptr);
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() { reset(); }

  bool valid() const { return static_cast<bool>(h_); }
  bool done() const { return h_ && h_.done(); }
  Handle handle() const { return h_; }

  // The result of a finished coroutine (rethrows its exception).
  T take_result() { return h_.promise().take(); }

  // `co_await task` runs the coroutine inline in the awaiting coroutine.
  struct Awaiter {
    Handle h;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) {
      if (!h) throw LoopMisuseError("awaiting an empty Task");
      if (h.promise().started) throw LoopMisuseError("cannot reuse already awaited coroutine");
      h.promise().started = true;
      h.promise().continuation = awaiting;
      return h;
    }
    T await_resume() { return h.promise().take(); }
  };
  Awaiter operator co_await() && noexcept { return Awaiter{h_}; }
  Awaiter operator co_await() & noexcept { return Awaiter{h_}; }

 private:
  void reset() {
    if (h_) h_.destroy();
    h_ = nullptr;
  }
  Handle h_;
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() noexcept {
  return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Task<void> Promise<void>::get_return_object() noexcept {
  return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
}  // namespace detail

}  // namespace ls::loop
