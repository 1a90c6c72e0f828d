// The Trace: an append-only log of TraceEvents plus the string and source-location
// tables they refer to.
//
// One writer (the loop thread) appends; any number of readers (the UI thread in
// live mode) may read the events already published at the same time. Events live
// in fixed-size chunks that never move, and `size()` is published with release
// semantics after an event is complete, so a reader never sees a half-written
// event and never races a reallocation.
#pragma once

#include <atomic>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trace/event.h"

namespace ls::trace {

struct SourceLocation {
  std::string file;
  int line = 0;
};

class Trace {
 public:
  static constexpr std::size_t kChunkBits = 16;  // 65,536 events per chunk
  static constexpr std::size_t kChunkSize = std::size_t{1} << kChunkBits;
  static constexpr std::size_t kMaxChunks = 1 << 14;  // ~1 billion events

  Trace();
  ~Trace();
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;

  // Writer side (the loop thread only). Returns the event's sequence number.
  std::size_t append(const TraceEvent& e) {
    const std::size_t n = size_.load(std::memory_order_relaxed);
    if ((n & (kChunkSize - 1)) == 0) add_chunk(n >> kChunkBits);
    chunks_[n >> kChunkBits][n & (kChunkSize - 1)] = e;
    size_.store(n + 1, std::memory_order_release);
    return n;
  }

  // Pre-allocates room for `n` events so appends never allocate (benchmarks).
  void reserve(std::size_t n);

  // Interns a string; 0 is reserved for "". Safe from any thread.
  TextId text(std::string_view s);
  // The string behind an id; the reference stays valid for the Trace's life.
  const std::string& text_of(TextId id) const;

  // Interns a source location; 0 means none. Safe from any thread.
  LocId location(std::string_view file, int line);
  SourceLocation location_of(LocId id) const;

  // Reader side: events [0, size()) are complete and immutable.
  std::size_t size() const { return size_.load(std::memory_order_acquire); }
  bool empty() const { return size() == 0; }
  const TraceEvent& operator[](std::size_t i) const {
    return chunks_[i >> kChunkBits][i & (kChunkSize - 1)];
  }

  // Display names a task lane can be labelled with (set when known; for example
  // the coroutine's function name, "say_hello()"). Safe from any thread.
  void set_task_label(TaskId task, std::string_view label);
  std::string task_label(TaskId task) const;

  // Nanoseconds the loop's clock had reached when the trace was last appended to
  // or explicitly advanced (a run that ends on a timer has no event at the end).
  Nanos end_time() const { return end_time_.load(std::memory_order_acquire); }
  void set_end_time(Nanos t) { end_time_.store(t, std::memory_order_release); }

 private:
  void add_chunk(std::size_t index);

  std::unique_ptr<TraceEvent[]>* chunks_;  // kMaxChunks slots, filled on demand
  std::atomic<std::size_t> size_{0};
  std::atomic<Nanos> end_time_{0};

  mutable std::mutex tables_mutex_;
  std::deque<std::string> texts_;  // deque: references stay valid as it grows
  std::unordered_map<std::string, TextId> text_ids_;
  std::vector<SourceLocation> locations_;
  std::unordered_map<std::string, LocId> location_ids_;
  std::unordered_map<TaskId, std::string> task_labels_;
};

}  // namespace ls::trace
