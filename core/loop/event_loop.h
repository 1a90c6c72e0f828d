// EventLoop: an asyncio-faithful event loop running C++20 coroutine tasks.
//
// The rules follow CPython 3.11's BaseEventLoop._run_once:
//  * the ready queue is FIFO; one iteration first moves every due timer onto it,
//    then runs exactly the handles that were ready when the iteration began —
//    handles added meanwhile wait for the next iteration;
//  * timers fire by deadline, equal deadlines in scheduling order;
//  * when nothing is ready the clock jumps to the next deadline (virtual clock)
//    or the loop waits for it (steady clock); after a jump, timers due within
//    LoopOptions::near_timer_window of that deadline fire in the same iteration,
//    as they do in CPython, whose wake-up from select() always comes a little late.
// Every state change is appended to the loop's Trace (when tracing is on), which
// is the single source of truth for every view.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "loop/errors.h"
#include "loop/ready_queue.h"
#include "loop/ref.h"
#include "loop/task.h"
#include "loop/timer.h"
#include "trace/trace.h"

namespace ls::loop {

using trace::Nanos;
using trace::TaskId;
using trace::WaitKind;

class FutureBase;
class TaskBase;
template <class T>
class TaskState;
class ThreadPool;

enum class ClockKind {
  Virtual,  // time stands still while code runs and jumps to the next deadline
  Steady,   // the machine's steady clock: the loop really waits
};

struct LoopOptions {
  ClockKind clock = ClockKind::Virtual;
  bool tracing = true;
  // Events to reserve room for up front (so tracing never allocates mid-run).
  std::size_t reserve_events = 0;
  int worker_threads = 4;
  // Virtual clock only: when the clock jumps to the next deadline, every timer
  // due within this much after it is moved to the ready queue in the same
  // iteration, and the clock advances to the latest deadline moved. CPython gets
  // the same effect from its real clock: epoll rounds the wait up to whole
  // milliseconds and the OS wakes the loop tens of microseconds late, so two
  // sleeps started a few statements apart come due together. 100 us covers the
  // interpreter's CPU charge of 1 us per statement for ~100 statements, and
  // stays ten times below the millisecond steps programs use for sleeps they
  // mean to be different. 0 turns the rule off.
  Nanos near_timer_window = 100'000;
  // Called on the loop thread just before the virtual clock moves forward to
  // `next` (a jump to a timer, a blocking call, charged CPU time); it may block.
  // The app sets it to hold a program at the playhead while it is animated
  // (python/program_run.h). Never called on the steady clock.
  std::function<void(Nanos next)> pace = nullptr;
};

// The loop as it stands now, read from its live data structures.
struct LoopDescription {
  Nanos time = 0;
  std::uint64_t iteration = 0;
  std::string running;                 // the running task's name, or ""
  std::vector<std::string> ready;      // the ready queue, front first
  struct Timer { std::uint32_t id; Nanos deadline; std::string label; };
  std::vector<Timer> timers;           // by deadline
  struct Waiting { std::string task; WaitKind wait; std::string what; };
  std::vector<Waiting> waiting;        // suspended tasks in creation order
};

// A number of seconds, the unit Python programs speak in.
inline Nanos seconds(double s) { return trace::from_seconds(s); }

class EventLoop {
 public:
  explicit EventLoop(LoopOptions opts = {});
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // ---- clock -------------------------------------------------------------
  Nanos now() const;
  ClockKind clock() const { return opts_.clock; }
  // Charges CPU time the code just spent: moves the virtual clock (no-op on the
  // steady clock, where the time really passed).
  void charge(Nanos d);

  // ---- scheduling (call_soon / call_at / call_later) ---------------------
  // Queues fn to run in a later iteration. `label` names it in the snapshot.
  void call_soon(std::function<void()> fn, std::string_view label = {});
  // Queues fn from any thread; wakes the loop if it is waiting.
  void call_soon_threadsafe(std::function<void()> fn);
  // `stands_for` Io marks a timer that plays the operating system's part (the
  // simulated network's next delivery), not one asyncio would hold: it is traced
  // with that wait kind so views list it with the I/O waits, not the loop's timers.
  TimerId call_at(Nanos when, TimerFn fn, void* ctx, std::string_view label = {},
                  WaitKind stands_for = WaitKind::None);
  TimerId call_later(Nanos delay, TimerFn fn, void* ctx, std::string_view label = {}) {
    return call_at(now() + delay, fn, ctx, label);
  }
  // call_soon for a TimerFn, returning a handle that cancel_timer can cancel
  // until the callback runs (asyncio's Handle.cancel on a call_soon handle).
  TimerId call_soon_cancellable(TimerFn fn, void* ctx, std::string_view label = {});
  // Cancels a timer or a call_soon_cancellable handle; false if it already ran.
  bool cancel_timer(TimerId id);
  // The user-facing number of a pending timer (as in the trace), 0 if none.
  std::uint32_t timer_number(TimerId id) const { return timers_.number_of(id); }

  // ---- tasks --------------------------------------------------------------
  // asyncio.create_task: the task's first step is queued with call_soon; it does
  // not run until the creator yields. Named "Task-N" in creation order unless named.
  template <class T>
  Ref<TaskState<T>> spawn(Task<T> coro, std::string name = {});
  // The task whose code is running now (nullptr between steps).
  TaskBase* current_task() const { return current_; }
  // Tasks created and not yet finished, in creation order.
  std::vector<TaskBase*> pending_tasks() const;
  std::size_t task_count() const { return tasks_created_; }

  // ---- running ------------------------------------------------------------
  // asyncio.run(main): runs main as Task-1 until it completes (plus the rest of
  // the iteration that notices it), cancels every task still pending and waits
  // for them, then returns main's result or rethrows its exception.
  template <class T>
  T run_main(Task<T> main);
  // Runs until nothing is ready, no timer is pending and no thread work is out.
  void run();
  // Runs one handle, starting a new iteration first when the last one is over.
  // Returns false when there is nothing left to do.
  bool step();
  // Runs handles while the next one would run at or before `t`; then, in virtual
  // time, moves the clock to t if it was earlier. False once nothing is left.
  bool run_until(Nanos t);
  // Nothing ready, no timers, no outstanding thread work.
  bool idle() const;
  bool running() const { return running_depth_ > 0; }
  // Set by a callback to make run()/run_main() return at the end of this iteration.
  void stop() { stopping_ = true; }

  // ---- blocking -----------------------------------------------------------
  // The running task holds the loop for d without yielding (time.sleep,
  // requests.get, plain file I/O): nothing else runs, timers come due late.
  // Virtual clock: time jumps by d. Steady clock: the thread really sleeps.
  // `where` is the source location when no task is running (the program's
  // main thread); a task's own location is used otherwise.
  void block_for(Nanos d, std::string_view what, trace::LocId where = 0);

  // ---- sleep --------------------------------------------------------------
  class SleepAwaiter;
  // asyncio.sleep(d): d <= 0 is a bare yield (the task requeues itself once);
  // otherwise a timer wakes the task one iteration after it fires.
  SleepAwaiter sleep(Nanos d);

  // ---- threads --------------------------------------------------------------
  // Runs fn on a worker thread; the returned Task completes on the loop thread.
  template <class F>
  auto to_thread(F fn, std::string label = "thread") -> Task<decltype(fn())>;

  // ---- introspection and trace ------------------------------------------------
  LoopDescription describe() const;
  trace::Trace& trace() { return *trace_; }
  const trace::Trace& trace() const { return *trace_; }
  // The trace, kept alive beyond the loop: a reader on another thread may still
  // be drawing it when the loop is destroyed.
  std::shared_ptr<const trace::Trace> shared_trace() const { return trace_; }
  bool tracing() const { return opts_.tracing; }
  bool finished() const { return idle(); }
  std::uint64_t iteration() const { return iteration_; }

  // Appends one event at the current time (no-op when tracing is off).
  void emit(trace::EventKind kind, TaskId task, std::uint32_t target = 0,
            trace::TextId text = 0, std::int64_t value = 0,
            WaitKind wait = WaitKind::None, trace::LocId loc = 0) {
    if (!opts_.tracing) return;
    trace_->append(trace::TraceEvent{now(), value, task, target, text, loc, kind, wait});
  }
  trace::TextId text(std::string_view s) { return opts_.tracing ? trace_->text(s) : 0; }
  // Reports a problem the way asyncio's exception handler would: spdlog + trace.
  void log_error(const std::string& message, TaskId task = 0);
  // Messages passed to log_error, for tests and the log panel.
  const std::vector<std::string>& errors() const { return errors_; }
  // Optional: the traceback of an exception, appended to "Task exception was
  // never retrieved" as asyncio prints it (the interpreter knows the Python
  // frames; the loop does not). Empty text appends nothing.
  std::function<std::string(std::exception_ptr)> traceback_text;

  // ---- internals used by futures, tasks and awaiters -------------------------
  inline void schedule_step(TaskBase* task);  // defined in task_state.h
  // Queues a plain callback (task 0) under `label` for the trace.
  void schedule_entry(const ReadyEntry& e, trace::TextId label) {
    ready_.push(e);
    if (opts_.tracing) emit(trace::EventKind::Queued, 0, 0, label);
  }
  void thread_work_started() { ++pending_external_; }
  void thread_work_finished() { --pending_external_; }
  ThreadPool& thread_pool();
  TaskId next_task_id() { return ++tasks_created_; }
  void link_task(TaskBase* t);
  void unlink_task(TaskBase* t);
  void set_current(TaskBase* t) { current_ = t; }

 private:
  // Starts an iteration: waits or jumps the clock when nothing is ready, drains
  // thread-safe callbacks, moves due timers. False when there is nothing to do.
  bool begin_iteration();
  // Runs the handles left in the current iteration (the hot loop of run()).
  void run_iteration();
  // Runs iterations until stop() was called in one (or nothing is left).
  void run_entry(ReadyEntry& e);

 public:
  void run_until_stopped();

 private:
  // Ready-queue entry of call_soon_cancellable: a = the loop, b = the packed id.
  static void soon_entry(ReadyEntry& e);
  void drain_inbox();
  void wait_for_inbox(Nanos until, bool has_deadline);
  // Moves every timer due at or before `limit` to the ready queue, in
  // (deadline, sequence) order; the virtual clock follows the latest deadline.
  void move_due_timers(Nanos limit);
  void cancel_leftover_tasks();

  LoopOptions opts_;
  std::shared_ptr<trace::Trace> trace_;
  ReadyQueue ready_;
  TimerHeap timers_;
  Nanos virtual_now_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::size_t remaining_ = 0;     // handles left in the current iteration
  std::uint64_t iteration_ = 0;
  bool stopping_ = false;
  int running_depth_ = 0;
  TaskBase* current_ = nullptr;
  TaskBase* tasks_head_ = nullptr;  // pending tasks, intrusive list in creation order
  TaskBase* tasks_tail_ = nullptr;
  TaskId tasks_created_ = 0;
  std::vector<std::string> errors_;

  // Thread-safe inbox (call_soon_threadsafe) and the pool feeding it.
  std::mutex inbox_mutex_;
  std::condition_variable inbox_cv_;
  std::vector<std::function<void()>> inbox_;
  std::atomic<int> pending_external_{0};
  std::unique_ptr<ThreadPool> pool_;
};

}  // namespace ls::loop
