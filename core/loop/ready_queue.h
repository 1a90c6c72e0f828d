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

// One handle in the ready queue. `fn` is called with the entry itself; what a,
// b and c mean depends on fn (a task step, a future's done callback, a timer).
struct ReadyEntry {
  void (*fn)(ReadyEntry&) = nullptr;
  void* a = nullptr;
  void* b = nullptr;
  void* c = nullptr;
  trace::TextId label = 0;    // what the snapshot calls it (plain callbacks)
  trace::TaskId task = 0;     // the task this handle steps, 0 for a plain callback
};

class ReadyQueue {
 public:
  ReadyQueue() : buf_(64) {}

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }

  void push(const ReadyEntry& e) {
    if (size_ == buf_.size()) grow();
    buf_[(head_ + size_) & (buf_.size() - 1)] = e;
    ++size_;
  }

  ReadyEntry pop() {
    ReadyEntry e = buf_[head_];
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
    return e;
  }

  // The i-th entry from the front (for describing the loop).
  const ReadyEntry& at(std::size_t i) const { return buf_[(head_ + i) & (buf_.size() - 1)]; }

 private:
  void grow() {
    std::vector<ReadyEntry> bigger(buf_.size() * 2);
    for (std::size_t i = 0; i < size_; ++i) bigger[i] = at(i);
    buf_.swap(bigger);
    head_ = 0;
  }

  std::vector<ReadyEntry> buf_;  // capacity is always a power of two
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace ls::loop
