// A small pool of worker threads for blocking work (to_thread, real file I/O).
// Results come back to the loop thread through call_soon_threadsafe, so futures
// and tasks are only ever touched on the loop thread.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "loop/future.h"

namespace ls::loop {

class ThreadPool {
 public:
  explicit ThreadPool(int threads);
  ~ThreadPool();  // finishes queued jobs, then joins
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  void submit(std::function<void()> job);
  int size() const { return static_cast<int>(workers_.size()); }

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

template <class F>
auto EventLoop::to_thread(F fn, std::string label) -> Task<decltype(fn())> {
  using R = decltype(fn());
  auto fut = make_future<R>(*this, WaitKind::Thread);
  fut->set_wait_text(label);
  // The worker only carries a raw pointer; the reference it stands for is taken
  // and dropped on the loop thread, because RefCounted is not thread-safe.
  Future<R>* raw = fut.get();
  raw->add_ref();
  thread_work_started();
  const TaskId owner = current_task() ? current_task()->id() : 0;
  emit(trace::EventKind::ThreadStart, owner, 0, text(label));
  thread_pool().submit([this, raw, owner, fn = std::move(fn)]() mutable {
    std::exception_ptr error;
    std::optional<stored_t<R>> value;
    try {
      if constexpr (std::is_void_v<R>) {
        fn();
        value.emplace();
      } else {
        value.emplace(fn());
      }
    } catch (...) {
      error = std::current_exception();
    }
    call_soon_threadsafe([this, raw, owner, error, value = std::move(value)]() mutable {
      emit(trace::EventKind::ThreadEnd, owner);
      if (error) raw->set_exception(error);
      else raw->set_result(std::move(*value));
      thread_work_finished();
      raw->release();
    });
  });
  if constexpr (std::is_void_v<R>) {
    co_await fut;
  } else {
    co_return co_await fut;
  }
}

}  // namespace ls::loop
