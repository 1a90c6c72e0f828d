// The ready queue: asyncio's `_ready` deque, a FIFO of handles to run.
//
// A ring buffer of plain structs: pushing and popping never allocate once the
// buffer has grown to the program's peak, which keeps a task switch at a few
// nanoseconds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "trace/event.h"

namespace ls::loop {

// One handle in the ready queue: 32 bytes, two to a cache line. `fn` is called
// with the entry itself; what a, b and c mean depends on fn:
//  task step:      a = the task, b = its frame (a prefetch hint), c = the task id
//  done callback:  a = the DoneFn, b = its context, c = the future
//  timer / other:  a = the function, b = its context, c = its label (TextId)
struct ReadyEntry {
  void (*fn)(ReadyEntry&) = nullptr;
  void* a = nullptr;
  void* b = nullptr;
  std::uintptr_t c = 0;
};

class ReadyQueue {
 public:
  ReadyQueue() : buf_(64), mask_(63) {}

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }

  [[gnu::always_inline]] void push(const ReadyEntry& e) {
    if (size_ > mask_) [[unlikely]] grow();
    buf_[(head_ + size_) & mask_] = e;
    ++size_;
  }

  [[gnu::always_inline]] ReadyEntry pop() {
    ReadyEntry e = buf_[head_];
    head_ = (head_ + 1) & mask_;
    --size_;
    return e;
  }

  // The i-th entry from the front (for describing the loop).
  const ReadyEntry& at(std::size_t i) const { return buf_[(head_ + i) & mask_]; }

 private:
  [[gnu::noinline]] void grow() {
    std::vector<ReadyEntry> bigger(buf_.size() * 2);
    for (std::size_t i = 0; i < size_; ++i) bigger[i] = at(i);
    buf_.swap(bigger);
    mask_ = buf_.size() - 1;
    head_ = 0;
  }

  std::vector<ReadyEntry> buf_;  // capacity is always a power of two
  std::size_t mask_;             // capacity - 1
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace ls::loop
