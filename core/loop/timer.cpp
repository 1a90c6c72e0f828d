#include "loop/timer.h"

#include <algorithm>
#include <functional>

namespace ls::loop {

std::uint32_t TimerHeap::take_slot() {
  if (!free_.empty()) {
    const std::uint32_t slot = free_.back();
    free_.pop_back();
    return slot;
  }
  slots_.emplace_back();
  return static_cast<std::uint32_t>(slots_.size() - 1);
}

TimerId TimerHeap::add(Nanos deadline, TimerFn fn, void* ctx, trace::TaskId owner,
                       trace::TextId label) {
  const std::uint32_t slot = take_slot();
  Slot& s = slots_[slot];
  s.fn = fn;
  s.ctx = ctx;
  s.info = TimerInfo{++numbers_, deadline, owner, label};
  s.live = true;
  s.soon = false;
  heap_.push_back(Entry{deadline, seq_++, slot, s.generation});
  std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
  ++live_;
  return TimerId{slot, s.generation};
}

TimerId TimerHeap::add_soon(TimerFn fn, void* ctx, trace::TaskId owner, trace::TextId label) {
  const std::uint32_t slot = take_slot();
  Slot& s = slots_[slot];
  s.fn = fn;
  s.ctx = ctx;
  s.info = TimerInfo{0, 0, owner, label};
  s.live = true;
  s.soon = true;
  ++live_;
  return TimerId{slot, s.generation};
}

bool TimerHeap::take_soon(TimerId id, TimerFn& fn, void*& ctx) {
  if (id.slot >= slots_.size()) return false;
  Slot& s = slots_[id.slot];
  if (!s.live || s.generation != id.generation) return false;
  fn = s.fn;
  ctx = s.ctx;
  release_slot(id.slot);
  return true;
}

void TimerHeap::release_slot(std::uint32_t slot) {
  // A new generation marks any heap entry still naming the slot as dead, and
  // lets the slot be reused at once.
  Slot& s = slots_[slot];
  s.live = false;
  ++s.generation;
  free_.push_back(slot);
  --live_;
}

bool TimerHeap::cancel(TimerId id) {
  if (!id.valid() || id.slot >= slots_.size()) return false;
  Slot& s = slots_[id.slot];
  if (!s.live || s.generation != id.generation) return false;
  // The heap entry stays until it reaches the top.
  release_slot(id.slot);
  return true;
}

void TimerHeap::drop_dead_top() {
  while (!heap_.empty()) {
    const Entry& top = heap_.front();
    if (slots_[top.slot].live && slots_[top.slot].generation == top.generation) return;
    std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
    heap_.pop_back();
  }
}

bool TimerHeap::next_deadline(Nanos& out) {
  drop_dead_top();
  if (heap_.empty()) return false;
  out = heap_.front().deadline;
  return true;
}

bool TimerHeap::pop_due(Nanos now, TimerFn& fn, void*& ctx, TimerInfo& info) {
  drop_dead_top();
  if (heap_.empty() || heap_.front().deadline > now) return false;
  const Entry top = heap_.front();
  std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
  heap_.pop_back();
  Slot& s = slots_[top.slot];
  fn = s.fn;
  ctx = s.ctx;
  info = s.info;
  release_slot(top.slot);
  return true;
}

std::vector<TimerInfo> TimerHeap::pending() const {
  std::vector<TimerInfo> out;
  for (const Slot& s : slots_)
    if (s.live && !s.soon) out.push_back(s.info);
  std::sort(out.begin(), out.end(), [](const TimerInfo& a, const TimerInfo& b) {
    return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
  });
  return out;
}

std::uint32_t TimerHeap::number_of(TimerId id) const {
  if (!id.valid() || id.slot >= slots_.size()) return 0;
  const Slot& s = slots_[id.slot];
  return (s.live && s.generation == id.generation) ? s.info.id : 0;
}

void TimerHeap::clear() {
  heap_.clear();
  slots_.clear();
  free_.clear();
  live_ = 0;
}

}  // namespace ls::loop
