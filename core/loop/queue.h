// asyncio.Queue: a FIFO between tasks, optionally bounded (maxsize > 0).
// put() waits while full, get() while empty; each hand-over wakes the first
// waiting getter/putter that is not done. join() waits until task_done() has
// been called once per item put (CPython 3.11 asyncio/queues.py).
#pragma once

#include <algorithm>
#include <deque>
#include <stdexcept>

#include "loop/event.h"
#include "loop/loop.h"

namespace ls::loop {

template <class T>
class Queue {
 public:
  explicit Queue(EventLoop& loop, std::size_t maxsize = 0) : loop_(&loop), maxsize_(maxsize), finished_(loop) {
    finished_.set();
  }
  Queue(const Queue&) = delete;
  Queue& operator=(const Queue&) = delete;

  std::size_t qsize() const { return items_.size(); }
  std::size_t maxsize() const { return maxsize_; }
  bool empty() const { return items_.empty(); }
  bool full() const { return maxsize_ > 0 && items_.size() >= maxsize_; }

  Task<void> put(T item) {
    while (full()) {
      auto putter = make_future<void>(*loop_, WaitKind::Queue);
      putter->set_wait_text("Queue.put()");
      putters_.push_back(putter);
      std::exception_ptr error;
      try {
        co_await putter;
      } catch (...) {
        error = std::current_exception();
      }
      if (error) {
        putter->cancel();
        erase(putters_, putter);
        if (!full() && !putter->cancelled()) wakeup_next(putters_);
        std::rethrow_exception(error);
      }
    }
    put_nowait(std::move(item));
  }

  void put_nowait(T item) {
    if (full()) throw QueueFull();
    items_.push_back(std::move(item));
    ++unfinished_;
    finished_.clear();
    wakeup_next(getters_);
  }

  Task<T> get() {
    while (empty()) {
      auto getter = make_future<void>(*loop_, WaitKind::Queue);
      getter->set_wait_text("Queue.get()");
      getters_.push_back(getter);
      std::exception_ptr error;
      try {
        co_await getter;
      } catch (...) {
        error = std::current_exception();
      }
      if (error) {
        getter->cancel();
        erase(getters_, getter);
        if (!empty() && !getter->cancelled()) wakeup_next(getters_);
        std::rethrow_exception(error);
      }
    }
    co_return get_nowait();
  }

  T get_nowait() {
    if (empty()) throw QueueEmpty();
    T item = std::move(items_.front());
    items_.pop_front();
    wakeup_next(putters_);
    return item;
  }

  // Python raises ValueError here; so do we, as std::invalid_argument.
  void task_done() {
    if (unfinished_ == 0) throw std::invalid_argument("task_done() called too many times");
    if (--unfinished_ == 0) finished_.set();
  }

  Task<void> join() {
    if (unfinished_ > 0) co_await finished_.wait();
  }

  std::size_t unfinished() const { return unfinished_; }

 private:
  using Waiters = std::deque<Ref<Future<void>>>;
  static void wakeup_next(Waiters& waiters) {
    while (!waiters.empty()) {
      auto w = waiters.front();
      waiters.pop_front();
      if (!w->done()) {
        w->set_result();
        break;
      }
    }
  }
  static void erase(Waiters& waiters, const Ref<Future<void>>& w) {
    auto it = std::find(waiters.begin(), waiters.end(), w);
    if (it != waiters.end()) waiters.erase(it);
  }

  EventLoop* loop_;
  std::size_t maxsize_;
  std::deque<T> items_;
  Waiters getters_;
  Waiters putters_;
  std::size_t unfinished_ = 0;
  Event finished_;
};

}  // namespace ls::loop
