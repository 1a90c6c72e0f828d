// Test-only: a run whose trace is written event by event, so panel tests state
// exactly what the loop did. The loop itself runs nothing; the Session folds the
// events as it would a real run's.
#pragma once

#include <memory>
#include <string>

#include "loop/loop.h"
#include "model/session.h"

namespace ls::app::test {

class HandTrace {
 public:
  HandTrace() : loop_(std::make_unique<loop::EventLoop>()) {}

  HandTrace& at(double seconds) {
    now_ = trace::from_seconds(seconds);
    return *this;
  }
  HandTrace& event(trace::EventKind kind, trace::TaskId task, std::uint32_t target = 0,
                   const std::string& text = {}, std::int64_t value = 0,
                   trace::WaitKind wait = trace::WaitKind::None) {
    trace::Trace& t = loop_->trace();
    t.append({now_, value, task, target, t.text(text), 0, kind, wait});
    return *this;
  }
  HandTrace& task(trace::TaskId id, const std::string& name) {
    return event(trace::EventKind::TaskCreated, id, 0, name);
  }
  HandTrace& print(trace::TaskId id, const std::string& text) {
    return event(trace::EventKind::Print, id, 0, text);
  }
  // The run lasts until `seconds` even if its last event is earlier.
  std::unique_ptr<loop::EventLoop> finish(double seconds) {
    loop_->trace().set_end_time(trace::from_seconds(seconds));
    return std::move(loop_);
  }

 private:
  std::unique_ptr<loop::EventLoop> loop_;
  trace::Nanos now_ = 0;
};

// One timer (Task-1's sleep(2), due at 2 s), and Task-2 blocking the loop from
// 0.5 s to 2.5 s with time.sleep(2): between 2 s and 2.5 s the timer is late.
// Task-1 prints before it sleeps and after; Task-2 prints when its block ends.
inline std::unique_ptr<loop::EventLoop> blocked_timer_run() {
  using K = trace::EventKind;
  HandTrace h;
  h.at(0.0)
      .task(1, "Task-1")
      .task(2, "Task-2")
      .event(K::Running, 1)
      .print(1, "sleeping\n")
      .event(K::TimerScheduled, 1, 1, "sleep(2)", trace::from_seconds(2.0))
      .event(K::Awaiting, 1, 1, "sleep(2)", trace::from_seconds(2.0), trace::WaitKind::Timer);
  h.at(0.5).event(K::Running, 2).event(K::Blocking, 2, 0, "time.sleep(2)", trace::from_seconds(2.0));
  h.at(2.5)
      .event(K::BlockEnd, 2)
      .print(2, "woke up late\n")
      .event(K::Done, 2)
      .event(K::TimerFired, 0, 1)
      .event(K::Queued, 1);
  h.at(2.5).event(K::Running, 1).print(1, "done\n").event(K::Done, 1);
  return h.finish(3.0);
}

inline Session blocked_timer_session() {
  return Session({{"blocked", [] { return blocked_timer_run(); }}});
}

}  // namespace ls::app::test
