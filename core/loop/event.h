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

// The wait shared by Event, Lock and Semaphore: park the current task on a new
// future at the back of `waiters` until someone sets it, then take the future
// out of the deque again however the wait ended. Returns the exception the wait
// ended with (a cancellation, usually), so the caller can react before
// rethrowing; `fut` is the future it waited on.
struct WaiterOutcome {
  Ref<Future<bool>> fut;
  std::exception_ptr error;
};
Task<WaiterOutcome> wait_in_line(EventLoop& loop, std::deque<Ref<Future<bool>>>& waiters,
                                 WaitKind kind, const char* what);

}  // namespace ls::loop
