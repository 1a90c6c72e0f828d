// asyncio.Event: a flag tasks can wait for. set() wakes every waiter (each one
// resumes in the next iteration, in the order they started waiting).
#pragma once

#include <deque>

#include "loop/loop.h"

namespace ls::loop {

class Event {
 public:
  explicit Event(EventLoop& loop) : loop_(&loop) {}
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool is_set() const { return value_; }
  void set();
  void clear() { value_ = false; }
  // Returns true once the flag is set (at once if it already is).
  Task<bool> wait();
  std::size_t waiters() const { return waiters_.size(); }

 private:
  EventLoop* loop_;
  std::deque<Ref<Future<bool>>> waiters_;
  bool value_ = false;
};

// Removes one future from a waiter deque (the finally blocks in asyncio's locks).
void erase_waiter(std::deque<Ref<Future<bool>>>& waiters, const Ref<Future<bool>>& fut);

}  // namespace ls::loop
