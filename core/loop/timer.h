// Timers: asyncio's `_scheduled` heap of TimerHandles.
//
// A min-heap ordered by (deadline, sequence): equal deadlines fire in the order
// they were scheduled, which is what CPython shows because its real clock makes
// two "equal" delays differ by microseconds. Cancelling marks the slot; the heap
// entry is dropped lazily when it reaches the top, as asyncio does.
#pragma once

#include <cstdint>
#include <vector>

#include "trace/event.h"

namespace ls::loop {

using trace::Nanos;

// What a timer calls when it fires. ctx is the caller's (often the awaiter that
// parked a task, which lives in the task's coroutine frame).
using TimerFn = void (*)(void* ctx);

// Identifies a scheduled timer: the slot plus the slot's generation, so a stale id
// never cancels a later timer that reused the slot.
struct TimerId {
  std::uint32_t slot = 0;
  std::uint32_t generation = 0;
  bool valid() const { return generation != 0; }
};

struct TimerInfo {
  std::uint32_t id = 0;  // the number shown to users: scheduling order, from 1
  Nanos deadline = 0;
  trace::TaskId owner = 0;
  trace::TextId label = 0;
};

class TimerHeap {
 public:
  TimerId add(Nanos deadline, TimerFn fn, void* ctx, trace::TaskId owner, trace::TextId label);
  // A slot with no heap entry: a call_soon handle that can be cancelled like a
  // timer until it runs. It has no user-facing number (info.id stays 0).
  TimerId add_soon(TimerFn fn, void* ctx, trace::TaskId owner, trace::TextId label);
  // Frees a call_soon slot; false (and nothing filled) if it was cancelled.
  bool take_soon(TimerId id, TimerFn& fn, void*& ctx);
  // True if the timer was pending and is now cancelled.
  bool cancel(TimerId id);

  // Earliest live deadline; drops cancelled entries from the top first.
  bool next_deadline(Nanos& out);
  // Pops the earliest live timer if its deadline <= now. Fills fn/ctx/info and
  // frees the slot.
  bool pop_due(Nanos now, TimerFn& fn, void*& ctx, TimerInfo& info);

  std::size_t live() const { return live_; }
  // Live timers, sorted by (deadline, id), for describing the loop.
  std::vector<TimerInfo> pending() const;
  // The user-facing number of a live timer id, 0 if it is not live.
  std::uint32_t number_of(TimerId id) const;
  void clear();

 private:
  struct Slot {
    TimerFn fn = nullptr;
    void* ctx = nullptr;
    TimerInfo info;
    std::uint32_t generation = 1;
    bool live = false;
    bool soon = false;  // a call_soon handle: in the ready queue, not the heap
  };
  std::uint32_t take_slot();
  void release_slot(std::uint32_t slot);
  struct Entry {
    Nanos deadline;
    std::uint64_t seq;
    std::uint32_t slot;
    std::uint32_t generation;
    bool operator>(const Entry& o) const {
      return deadline != o.deadline ? deadline > o.deadline : seq > o.seq;
    }
  };
  void drop_dead_top();

  std::vector<Entry> heap_;
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> free_;
  std::uint64_t seq_ = 0;
  std::uint32_t numbers_ = 0;
  std::size_t live_ = 0;
};

}  // namespace ls::loop
