// CallScope: marks a coroutine frame inside a task on the timeline (a nested
// call span), from construction to destruction. Lives in the coroutine frame,
// so it spans suspensions.
#pragma once

#include <string_view>

#include "loop/loop.h"

namespace ls::loop {

class CallScope {
 public:
  CallScope(EventLoop& loop, std::string_view name, trace::LocId loc = 0) : loop_(&loop) {
    TaskBase* t = loop.current_task();
    task_ = t ? t->id() : 0;
    loop.emit(trace::EventKind::CallEnter, task_, 0, loop.text(name), 0, WaitKind::None, loc);
  }
  ~CallScope() { loop_->emit(trace::EventKind::CallExit, task_); }
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;

 private:
  EventLoop* loop_;
  TaskId task_;
};

}  // namespace ls::loop
