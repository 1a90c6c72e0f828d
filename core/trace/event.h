// One trace event: the unit of truth every Loopscope view is folded from.
//
// The event loop appends one event per state change, in the order the changes
// happened; an event's sequence number is its index in the Trace. Nothing is ever
// edited or removed, so a view of "the loop at event N" is a pure fold of 0..N.
#pragma once

#include <cstdint>
#include <string_view>

namespace ls::trace {

// Times are nanoseconds since the loop's start, on the loop's clock (virtual or
// steady). Integers keep virtual runs exact and reproducible.
using Nanos = std::int64_t;
constexpr Nanos kNanosPerSecond = 1'000'000'000;
inline double to_seconds(Nanos t) { return static_cast<double>(t) / 1e9; }
inline Nanos from_seconds(double s) { return static_cast<Nanos>(s * 1e9 + (s >= 0 ? 0.5 : -0.5)); }

// Task id 0 stands for the event loop itself (callbacks that belong to no task).
using TaskId = std::uint32_t;
constexpr TaskId kLoopTask = 0;

// Interned string id (Trace::text); 0 is the empty string.
using TextId = std::uint32_t;
// Interned source location id (Trace::location); 0 is "no location".
using LocId = std::uint32_t;

enum class EventKind : std::uint8_t {
  TaskCreated,    // a task exists; text = its name, target = creating task, loc = where
  Queued,         // a handle joined the ready queue (FIFO). task != 0: that task's next
                  // step (the task is now "ready"); task == 0: a plain callback, text = label
  Running,        // the loop popped a task step and resumed the task
  CallbackRun,    // the loop popped a plain callback (task = 0) and ran it
  Awaiting,       // the running task suspended; wait = on what, target = timer/task id,
                  // text = description, value = deadline for timers
  Blocking,       // the running task holds the loop without yielding; value = duration,
                  // text = what (time.sleep, requests.get, CPU work...)
  BlockEnd,       // the blocking call returned; the task is running again
  Done,           // the task's coroutine returned
  Failed,         // the task's coroutine raised; text = the exception, "Type: message"
  Cancelled,      // the task's coroutine ended with CancelledError
  CallEnter,      // a coroutine/function frame began inside a task; text = its name
  CallExit,       // the innermost open frame of the task ended
  Line,           // the task now stands on loc (emitted where no other event says so;
                  // loc 0: it stands on no line of the program any more)
  Print,          // the program printed text (as written, newline included)
  LoopIteration,  // _run_once began; value = iteration number, target = handles ready
  TimerScheduled, // target = timer id, value = deadline, task = owner, text = label;
                  // wait = Io when the timer plays the OS's part (simulated network)
  TimerFired,     // the timer (target) was due and moved to the ready queue
  TimerCancelled, // the timer (target) was cancelled before it fired
  ThreadStart,    // work handed to a worker thread; target = thread lane, text = what
  ThreadEnd,      // that work finished; target = thread lane
  Log,            // a diagnostic from the loop (e.g. "Task exception was never retrieved")
};

// What a suspended task is waiting on.
enum class WaitKind : std::uint8_t {
  None,
  Timer,      // asyncio.sleep(d > 0)
  Io,         // a socket or file becoming ready
  Task,       // another task (await task)
  Future,     // a plain future
  Gather,     // the result of gather(...)
  Lock,
  Event,
  Semaphore,
  Queue,
  Thread,     // work running on a worker thread (to_thread)
};

struct TraceEvent {
  Nanos time = 0;        // when, on the loop's clock
  std::int64_t value = 0;  // kind-specific number: deadline, duration, count
  TaskId task = kLoopTask; // whose state changed
  std::uint32_t target = 0;  // kind-specific id: timer, awaited task, thread lane
  TextId text = 0;       // kind-specific text
  LocId loc = 0;         // source location where the task stands
  EventKind kind = EventKind::Log;
  WaitKind wait = WaitKind::None;
};

std::string_view to_string(EventKind k);
std::string_view to_string(WaitKind k);

}  // namespace ls::trace
