#include "trace/wakeups.h"

namespace ls::trace {

namespace {

// Same bound as the Timeline's: a larger id can only come from a corrupt trace.
constexpr TaskId kMaxTaskId = TaskId{1} << 26;

bool is_terminal(EventKind k) {
  return k == EventKind::Done || k == EventKind::Failed || k == EventKind::Cancelled;
}

// Waits that another task ends by handing something over (a release, a set, a put).
bool handed_over(WaitKind w) {
  switch (w) {
    case WaitKind::Lock:
    case WaitKind::Event:
    case WaitKind::Semaphore:
    case WaitKind::Queue:
    case WaitKind::Future:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string_view to_string(WakeCause c) {
  switch (c) {
    case WakeCause::Timer: return "timer";
    case WakeCause::Io: return "I/O";
    case WakeCause::TaskDone: return "task finished";
    case WakeCause::Gather: return "gather";
    case WakeCause::Release: return "release";
    case WakeCause::Thread: return "thread";
    case WakeCause::Cancel: return "cancel";
  }
  return "?";
}

std::string describe(const Wakeup& w, std::string_view waker_name) {
  const std::string who(waker_name);
  switch (w.cause) {
    case WakeCause::Timer: return "woken by its timer";
    case WakeCause::Io: return "woken by I/O";
    case WakeCause::TaskDone: return "woken by " + who + " finishing";
    case WakeCause::Gather: return "woken by " + who + " finishing (gather)";
    case WakeCause::Release:
      switch (w.wait) {
        case WaitKind::Lock: return "woken by " + who + " releasing the lock";
        case WaitKind::Semaphore: return "woken by " + who + " releasing the semaphore";
        case WaitKind::Event: return "woken by " + who + " setting the event";
        case WaitKind::Queue: return "woken by " + who + " using the queue";
        default: return "woken by " + who + " setting the future";
      }
    case WakeCause::Thread: return "woken by its thread finishing";
    case WakeCause::Cancel:
      return w.waker != 0 ? "woken to be cancelled by " + who : "woken by a timeout";
  }
  return "woken";
}

WakeupFold::Waiting* WakeupFold::waiting_of(TaskId task) {
  if (task == kLoopTask || task >= kMaxTaskId) return nullptr;
  if (task >= tasks_.size()) tasks_.resize(task + 1);
  return &tasks_[task];
}

bool WakeupFold::apply(const TraceEvent& e) {
  using K = Origin::Kind;
  switch (e.kind) {
    case EventKind::Running:
    case EventKind::BlockEnd:
      if (e.task == kLoopTask) {
        // The main thread outside the loop wakes no task, but may itself have
        // been waiting for asyncio.run's main task, which has just ended.
        const bool woke = e.kind == EventKind::Running && main_woken(e);
        now_ = {};
        return woke;
      }
      now_ = {K::Task, false, e.task, e.time};
      if (Waiting* w = waiting_of(e.task)) w->waiting = false;
      return false;
    case EventKind::Awaiting:
      if (e.task == kLoopTask) main_ = {true, e.wait, e.target};
      if (Waiting* w = waiting_of(e.task)) *w = {true, e.wait, e.target};
      return false;
    case EventKind::TimerFired:
      // The timer's callback is queued right after this event.
      now_ = {K::Timer, false, e.target, e.time};
      return false;
    case EventKind::ThreadEnd:
      // Emitted by the callback that hands the thread's result to the loop.
      now_ = {K::Thread, false, 0, e.time};
      return false;
    case EventKind::CallbackRun:
      // The ready queue is one FIFO, so plain callbacks run in the order they were
      // queued: the callback now running acts for whoever queued it.
      if (callbacks_.empty()) {
        now_ = {};
      } else {
        now_ = callbacks_.front();
        callbacks_.pop_front();
      }
      return false;
    case EventKind::LoopIteration:
      now_ = {};
      return false;
    case EventKind::Queued:
      if (e.task == kLoopTask) {
        callbacks_.push_back(now_);
        return false;
      }
      if (Waiting* w = waiting_of(e.task); w != nullptr && w->waiting) {
        // A task queued without having waited is a new task's first step or a
        // sleep(0): nothing woke it.
        const Waiting was = *w;
        w->waiting = false;
        woken(e, was);
        return true;
      }
      return false;
    default:
      if (is_terminal(e.kind) && e.task != kLoopTask) {
        // Its waiters are queued next, while it is still the loop's current task.
        now_ = {K::Task, true, e.task, e.time};
        if (Waiting* w = waiting_of(e.task)) w->waiting = false;
      }
      return false;
  }
}

bool WakeupFold::main_woken(const TraceEvent& e) {
  const Waiting w = main_;
  main_.waiting = false;
  // The main lane has no Queued event: its thread simply goes on once the loop
  // returns. Only asyncio.run's wait is a wake-up, by the main task's end.
  if (!w.waiting || w.wait != WaitKind::Task || w.target == kLoopTask) return false;
  Wakeup out;
  out.time = e.time;
  out.task = kLoopTask;
  out.waker = w.target;
  out.cause = WakeCause::TaskDone;
  out.wait = w.wait;
  const bool ended_now = now_.kind == Origin::Kind::Task && now_.finished && now_.id == w.target;
  out.from_time = ended_now ? now_.time : e.time;
  wakeups_.push_back(out);
  return true;
}

void WakeupFold::woken(const TraceEvent& e, const Waiting& w) {
  using K = Origin::Kind;
  Wakeup out;
  out.time = e.time;
  out.from_time = e.time;
  out.task = e.task;
  out.wait = w.wait;
  if (w.wait == WaitKind::Io) {
    // The simulated network moves every connection of a host along whenever any
    // of them is touched, so a task reading its body may deliver another's bytes:
    // whoever was running, an I/O wait ends because the I/O became ready.
    out.cause = WakeCause::Io;
    if (now_.kind == K::Timer) {
      out.timer = now_.id;
      out.from_time = now_.time;
    }
    wakeups_.push_back(out);
    return;
  }
  switch (now_.kind) {
    case K::Timer:
      out.timer = now_.id;
      out.from_time = now_.time;
      // A timer that is not the task's own sleep timer woke it: a timeout, which
      // cancels what the task waited on.
      if (w.wait == WaitKind::Timer && w.target == now_.id) out.cause = WakeCause::Timer;
      else if (w.wait == WaitKind::Thread) out.cause = WakeCause::Thread;
      else out.cause = WakeCause::Cancel;
      break;
    case K::Thread:
      out.cause = WakeCause::Thread;
      break;
    case K::Task:
      out.waker = now_.id;
      if (now_.id == e.task) {
        // Queued by itself as it suspended: a cancel requested earlier took effect.
        out.waker = 0;
        out.cause = WakeCause::Cancel;
      } else if (now_.finished && (w.wait == WaitKind::Gather || w.wait == WaitKind::Task ||
                                   w.wait == WaitKind::None || handed_over(w.wait))) {
        // Whatever a finished task's done-callback sets (the future wait_for waits
        // on, the queue as_completed reads) is woken by that task finishing: a
        // task releasing a lock does so while it runs, before it ends.
        out.cause = w.wait == WaitKind::Gather ? WakeCause::Gather : WakeCause::TaskDone;
        out.from_time = now_.time;
      } else if (handed_over(w.wait)) {
        out.cause = WakeCause::Release;
      } else {
        // A task woke one waiting on a timer, I/O, a thread or an unfinished task:
        // only cancel() does that.
        out.cause = WakeCause::Cancel;
      }
      break;
    case K::None:
      // Queued by the loop itself (a call_soon from outside any task): say what
      // the task waited on, with no waker.
      out.cause = w.wait == WaitKind::Thread  ? WakeCause::Thread
                  : w.wait == WaitKind::Timer ? WakeCause::Timer
                                              : WakeCause::Cancel;
      break;
  }
  wakeups_.push_back(out);
}

}  // namespace ls::trace
