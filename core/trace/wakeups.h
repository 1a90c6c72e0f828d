// Wake-ups: which timer, I/O, thread or task resumed a waiting task. The loop
// does not record why a task was queued, so this fold works it out from two
// things the trace does say: what the woken task was awaiting (its Awaiting event)
// and what the loop was doing when the task was queued (the task that was running
// or had just finished, a timer that fired, a thread's result arriving). Plain
// callbacks (a future's done-callbacks, gather's bookkeeping) are followed back to
// whatever queued them, so gather's waiter is traced to the child that finished last.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "trace/event.h"

namespace ls::trace {

enum class WakeCause : std::uint8_t {
  Timer,     // its asyncio.sleep timer fired
  Io,        // the socket or file it waited on became ready
  TaskDone,  // the task it awaited finished (done, failed or cancelled)
  Gather,    // the gather it awaited completed: waker = the child whose end completed it
             // (the last to finish, or the first to fail)
  Release,   // another task released a lock or semaphore, set an event, put on a queue
             // or set a future it waited on
  Thread,    // the work it handed to a worker thread came back
  Cancel,    // woken to be cancelled: by waker, or by a timeout's timer when waker is 0
};

std::string_view to_string(WakeCause c);

struct Wakeup {
  Nanos time = 0;       // the Queued event: the woken task joined the ready queue
  Nanos from_time = 0;  // the waker's end of the arrow: its Done, the timer's firing,
                        // or `time` when a running task woke it
  TaskId task = 0;      // the woken task (0: the main thread, once asyncio.run returns)
  TaskId waker = 0;     // the task that woke it; 0 for a timer, I/O or a thread
  std::uint32_t timer = 0;  // the timer that fired, when a timer was behind it
  WakeCause cause = WakeCause::Timer;
  WaitKind wait = WaitKind::None;  // what the woken task was waiting on
};

// "woken by Task-3 finishing", "woken by its timer": what a tooltip says about a
// wake-up; `waker_name` is the waker's lane name (unused when there is no waker).
std::string describe(const Wakeup& w, std::string_view waker_name);

// The incremental fold: feed every event in trace order; wake-ups come out sorted
// by time (the trace's clock never goes back).
class WakeupFold {
 public:
  // Returns true when `e` woke a task (the new wake-up is wakeups().back()).
  bool apply(const TraceEvent& e);
  const std::vector<Wakeup>& wakeups() const { return wakeups_; }

 private:
  // What the loop is doing right now: whoever queues something is acting for it.
  struct Origin {
    enum class Kind : std::uint8_t { None, Timer, Thread, Task };
    Kind kind = Kind::None;
    bool finished = false;  // Task: it had just finished (Done/Failed/Cancelled)
    std::uint32_t id = 0;   // timer id or task id
    Nanos time = 0;         // when the timer fired or the task finished
  };
  struct Waiting {
    bool waiting = false;
    WaitKind wait = WaitKind::None;
    std::uint32_t target = 0;
  };

  Waiting* waiting_of(TaskId task);
  void woken(const TraceEvent& e, const Waiting& w);
  bool main_woken(const TraceEvent& e);

  Origin now_;                  // the loop's current activity
  std::deque<Origin> callbacks_;  // queued plain callbacks, FIFO as the ready queue is
  std::vector<Waiting> tasks_;  // task id -> what it waits on
  Waiting main_;                // the main thread (task 0): asyncio.run() waiting
  std::vector<Wakeup> wakeups_;
};

}  // namespace ls::trace
