// Hand-built traces for the core/trace tests: one call per event, the way the loop
// would append them, with the clock set explicitly by at().
#pragma once

#include <functional>
#include <string_view>

#include "trace/trace.h"

namespace ls::trace::testing {

constexpr Nanos ms(std::int64_t n) { return n * 1'000'000; }
constexpr Nanos sec(std::int64_t n) { return n * kNanosPerSecond; }

class Builder {
 public:
  Trace trace;
  // Called after every append: lets a test fold while the trace grows.
  std::function<void()> after_append;

  Builder& at(Nanos t) { now_ = t; return *this; }
  Nanos now() const { return now_; }

  std::size_t event(EventKind kind, TaskId task, std::string_view text = {},
                    std::int64_t value = 0, std::uint32_t target = 0,
                    WaitKind wait = WaitKind::None, LocId loc = 0) {
    TraceEvent e;
    e.time = now_;
    e.kind = kind;
    e.task = task;
    e.text = trace.text(text);
    e.value = value;
    e.target = target;
    e.wait = wait;
    e.loc = loc;
    const std::size_t seq = trace.append(e);
    if (after_append) after_append();
    return seq;
  }

  std::size_t create(TaskId task, std::string_view name, TaskId parent = 0) {
    return event(EventKind::TaskCreated, task, name, 0, parent);
  }
  std::size_t queue(TaskId task) { return event(EventKind::Queued, task); }
  std::size_t queue_callback(std::string_view label) {
    return event(EventKind::Queued, kLoopTask, label);
  }
  std::size_t run(TaskId task) { return event(EventKind::Running, task); }
  std::size_t run_callback(std::string_view label = {}) {
    return event(EventKind::CallbackRun, kLoopTask, label);
  }
  std::size_t await(TaskId task, WaitKind wait, std::string_view what,
                    std::uint32_t target = 0, Nanos deadline = 0) {
    return event(EventKind::Awaiting, task, what, deadline, target, wait);
  }
  std::size_t block(TaskId task, std::string_view what, Nanos duration) {
    return event(EventKind::Blocking, task, what, duration);
  }
  std::size_t block_end(TaskId task) { return event(EventKind::BlockEnd, task); }
  std::size_t done(TaskId task) { return event(EventKind::Done, task); }
  std::size_t fail(TaskId task, std::string_view error) {
    return event(EventKind::Failed, task, error);
  }
  std::size_t cancel(TaskId task) { return event(EventKind::Cancelled, task); }
  std::size_t enter(TaskId task, std::string_view frame) {
    return event(EventKind::CallEnter, task, frame);
  }
  std::size_t exit(TaskId task) { return event(EventKind::CallExit, task); }
  std::size_t print(TaskId task, std::string_view text) {
    return event(EventKind::Print, task, text);
  }
  std::size_t iteration(std::int64_t n, std::uint32_t ready) {
    return event(EventKind::LoopIteration, kLoopTask, {}, n, ready);
  }
  std::size_t timer(std::uint32_t id, TaskId owner, Nanos deadline, std::string_view label) {
    return event(EventKind::TimerScheduled, owner, label, deadline, id);
  }
  std::size_t fired(std::uint32_t id) { return event(EventKind::TimerFired, kLoopTask, {}, 0, id); }
  std::size_t timer_cancelled(std::uint32_t id) {
    return event(EventKind::TimerCancelled, kLoopTask, {}, 0, id);
  }

 private:
  Nanos now_ = 0;
};

}  // namespace ls::trace::testing
