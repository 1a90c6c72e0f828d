#include "trace/trace.h"

#include <stdexcept>

namespace ls::trace {

Trace::Trace() : chunks_(new std::unique_ptr<TraceEvent[]>[kMaxChunks]) {
  texts_.emplace_back();  // id 0: the empty string
  text_ids_.emplace(std::string(), 0);
  locations_.emplace_back();  // id 0: no location
}

Trace::~Trace() { delete[] chunks_; }

void Trace::add_chunk(std::size_t index) {
  if (index >= kMaxChunks) throw std::length_error("trace is full");
  if (!chunks_[index]) chunks_[index] = std::make_unique<TraceEvent[]>(kChunkSize);
}

void Trace::reserve(std::size_t n) {
  const std::size_t chunks = (n + kChunkSize - 1) >> kChunkBits;
  for (std::size_t i = 0; i < chunks && i < kMaxChunks; ++i) add_chunk(i);
}

TextId Trace::text(std::string_view s) {
  if (s.empty()) return 0;
  std::lock_guard lock(tables_mutex_);
  auto it = text_ids_.find(std::string(s));
  if (it != text_ids_.end()) return it->second;
  const auto id = static_cast<TextId>(texts_.size());
  texts_.emplace_back(s);
  text_ids_.emplace(texts_.back(), id);
  return id;
}

const std::string& Trace::text_of(TextId id) const {
  std::lock_guard lock(tables_mutex_);
  if (id >= texts_.size()) return texts_.front();
  return texts_[id];
}

LocId Trace::location(std::string_view file, int line) {
  if (file.empty() && line <= 0) return 0;
  std::string key(file);
  key += ':';
  key += std::to_string(line);
  std::lock_guard lock(tables_mutex_);
  auto it = location_ids_.find(key);
  if (it != location_ids_.end()) return it->second;
  const auto id = static_cast<LocId>(locations_.size());
  locations_.push_back(SourceLocation{std::string(file), line});
  location_ids_.emplace(std::move(key), id);
  return id;
}

SourceLocation Trace::location_of(LocId id) const {
  std::lock_guard lock(tables_mutex_);
  if (id >= locations_.size()) return {};
  return locations_[id];
}

void Trace::set_task_label(TaskId task, std::string_view label) {
  std::lock_guard lock(tables_mutex_);
  task_labels_[task] = std::string(label);
}

std::string Trace::task_label(TaskId task) const {
  std::lock_guard lock(tables_mutex_);
  auto it = task_labels_.find(task);
  return it == task_labels_.end() ? std::string() : it->second;
}

std::string_view to_string(EventKind k) {
  switch (k) {
    case EventKind::TaskCreated: return "task-created";
    case EventKind::Queued: return "queued";
    case EventKind::Running: return "running";
    case EventKind::CallbackRun: return "callback";
    case EventKind::Awaiting: return "awaiting";
    case EventKind::Blocking: return "blocking";
    case EventKind::BlockEnd: return "block-end";
    case EventKind::Done: return "done";
    case EventKind::Failed: return "failed";
    case EventKind::Cancelled: return "cancelled";
    case EventKind::CallEnter: return "call-enter";
    case EventKind::CallExit: return "call-exit";
    case EventKind::Line: return "line";
    case EventKind::Print: return "print";
    case EventKind::LoopIteration: return "loop-iteration";
    case EventKind::TimerScheduled: return "timer-scheduled";
    case EventKind::TimerFired: return "timer-fired";
    case EventKind::TimerCancelled: return "timer-cancelled";
    case EventKind::ThreadStart: return "thread-start";
    case EventKind::ThreadEnd: return "thread-end";
    case EventKind::Log: return "log";
  }
  return "?";
}

std::string_view to_string(WaitKind k) {
  switch (k) {
    case WaitKind::None: return "";
    case WaitKind::Timer: return "timer";
    case WaitKind::Io: return "I/O";
    case WaitKind::Task: return "task";
    case WaitKind::Future: return "future";
    case WaitKind::Gather: return "gather";
    case WaitKind::Lock: return "lock";
    case WaitKind::Event: return "event";
    case WaitKind::Semaphore: return "semaphore";
    case WaitKind::Queue: return "queue";
    case WaitKind::Thread: return "thread";
  }
  return "?";
}

}  // namespace ls::trace
