// asyncio.Semaphore: at most `value` holders at once. release() hands the slot
// straight to the first waiter that is not done (CPython 3.11.7 locks.Semaphore).
#pragma once

#include <deque>

#include "loop/loop.h"

namespace ls::loop {

class Semaphore {
 public:
  // Throws std::invalid_argument for a negative value (Python's ValueError).
  Semaphore(EventLoop& loop, int value = 1);
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;

  // True if acquire() would have to wait.
  bool locked() const;
  Task<bool> acquire();
  void release();
  int value() const { return value_; }
  std::size_t waiters() const { return waiters_.size(); }

 private:
  void wake_up_next();

  EventLoop* loop_;
  std::deque<Ref<Future<bool>>> waiters_;
  int value_;
};

}  // namespace ls::loop
