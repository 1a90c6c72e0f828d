// asyncio.Lock: FIFO-fair mutual exclusion between tasks. release() wakes the
// first waiter, which takes the lock when it runs; a newcomer cannot barge in
// while a woken waiter is on its way (CPython 3.11 locks.Lock).
#pragma once

#include <deque>

#include "loop/loop.h"

namespace ls::loop {

class Lock {
 public:
  explicit Lock(EventLoop& loop) : loop_(&loop) {}
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  bool locked() const { return locked_; }
  Task<bool> acquire();
  // Throws LoopMisuseError("Lock is not acquired.") when unlocked.
  void release();
  std::size_t waiters() const { return waiters_.size(); }

 private:
  void wake_up_first();

  EventLoop* loop_;
  std::deque<Ref<Future<bool>>> waiters_;
  bool locked_ = false;
};

}  // namespace ls::loop
