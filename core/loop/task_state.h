// TaskBase / TaskState<T>: asyncio.Task — a coroutine the loop drives step by
// step. A task is a future of its coroutine's result.
//
// Step rule (Task.__step): the loop resumes the task's innermost suspended frame;
// the coroutine runs until its next suspension (the awaiter records where to
// resume and what the task now waits on) or until it finishes (the task's future
// completes). A cancel request is thrown in as CancelledError at the next resume.
#pragma once

#include <coroutine>
#include <memory>
#include <string>

#include "loop/future.h"
#include "loop/event_loop.h"
#include "loop/sleep_wait.h"

namespace ls::loop {

class TaskBase : public FutureBase {
 public:
  TaskBase(EventLoop& loop, std::coroutine_handle<> root, std::string name);
  ~TaskBase() override;

  // Tasks come and go by the thousand, so their memory is recycled through
  // per-thread free lists of line-aligned blocks: glibc's free of a block this
  // size merges it with its neighbours and costs more than a task's last step,
  // and the alignment keeps the hot fields in one cache line.
  static void* operator new(std::size_t n);
  static void operator delete(void* p, std::size_t n) noexcept;

  TaskId id() const { return id_; }
  std::string name() const;
  void set_name(std::string n) { name_ = n.empty() ? nullptr : std::make_unique<std::string>(std::move(n)); }

  // Task.cancel(): False if done. Otherwise cancels what the task waits on (so
  // it wakes with CancelledError) or, if it is not waiting, makes its next step
  // throw CancelledError.
  bool cancel(const std::string& msg = {}) override;
  int cancelling() const { return num_cancels_requested_; }
  int uncancel() {
    if (num_cancels_requested_ > 0) --num_cancels_requested_;
    return num_cancels_requested_;
  }

  // ---- for awaiters (called from await_suspend / await_resume) ------------
  // Suspends on w; `h` is the frame to resume.
  void suspend_on(Waitable& w, std::coroutine_handle<> h);
  // A bare yield (sleep(0)): the task requeues itself.
  void suspend_yield(std::coroutine_handle<> h) {
    resume_ = h;
    waiting_ = nullptr;
    loop().schedule_step(this);
  }
  // The task's sleep(d > 0) wait (one per task: it waits on one thing at a time).
  SleepWait& sleep_wait() { return sleep_; }
  // Called first in every await_resume: throws CancelledError if a cancel
  // request is pending for this step.
  void throw_if_cancel_requested() {
    if (throw_cancel_) [[unlikely]] throw_cancelled();
  }
  // The source location the task stands on (set by the interpreter).
  void set_loc(trace::LocId loc) { loc_ = loc; }
  trace::LocId loc() const { return loc_; }
  Waitable* waiting_on() const { return waiting_; }
  bool started() const { return started_; }
  void* resume_address() const { return resume_.address(); }
  void note_cancel_message(const std::string& msg) { set_cancel_message(msg); }

  // The loop's entry points: a task's first step, and every later one.
  static void start_entry(ReadyEntry& e);
  static void step_entry(ReadyEntry& e) { static_cast<TaskBase*>(e.a)->step(); }
  static bool is_step(void (*fn)(ReadyEntry&)) { return fn == &step_entry || fn == &start_entry; }

  std::string wait_text() const override;
  std::uint32_t wait_target() const override { return id_; }

 protected:
  // Moves the root coroutine's outcome into the future once it has finished.
  virtual void complete_from_root() = 0;
  // Completes the task from its root promise: result, CancelledError or exception.
  void complete(std::exception_ptr ex, bool has_value);
  void last_release() override;

  // Fields a task switch touches come first, right after FutureBase's own
  // (loop_, status_), so that a switch reads one or two cache lines of the task.
  std::coroutine_handle<> root_;

 private:
  // One step, inline in the loop's hot path; the rare cases go to step_slow().
  void step();
  // A step that must first turn a cancel request into CancelledError, or the
  // task's first step (which may end it before its first line), or a stale one.
  [[gnu::noinline]] void step_slow();
  [[noreturn]] void throw_cancelled();

  std::coroutine_handle<> resume_;   // innermost suspended frame
  Waitable* waiting_ = nullptr;      // what the task waits on (asyncio's _fut_waiter)
  TaskId id_;
  trace::LocId loc_ = 0;
  bool must_cancel_ = false;         // cancel requested while not waiting on anything
  bool throw_cancel_ = false;        // this step must throw CancelledError in
  bool started_ = false;
  int num_cancels_requested_ = 0;
  std::unique_ptr<std::string> name_;  // null: the default "Task-<id>"
  SleepWait sleep_;

 public:
  // Intrusive list of pending tasks (owned by the loop); cold, so last.
  TaskBase* prev_pending = nullptr;
  TaskBase* next_pending = nullptr;
};

template <class T>
class TaskState final : public TaskBase {
 public:
  using value_type = T;
  TaskState(EventLoop& loop, Task<T> coro, std::string name)
      : TaskBase(loop, coro.handle(), std::move(name)), coro_(std::move(coro)) {}

  stored_t<T>& result() {
    if (!done()) throw InvalidStateError("Result is not set.");
    check_result();
    return *value_;
  }
  void* value_slot() override { return &value_; }

 protected:
  void complete_from_root() override {
    auto& p = coro_.handle().promise();
    if constexpr (std::is_void_v<T>) {
      if (!p.exception) value_.emplace();
    } else {
      if (!p.exception) value_.emplace(std::move(*p.value));
    }
    complete(p.exception, value_.has_value());
  }

 private:
  Task<T> coro_;
  std::optional<stored_t<T>> value_;
};

template <class F>
void FutureAwaiter<F>::await_suspend(std::coroutine_handle<> h) {
  TaskBase* task = fut->loop().current_task();
  if (!task) throw LoopMisuseError("a future can only be awaited inside a running task");
  if (static_cast<FutureBase*>(task) == static_cast<FutureBase*>(fut.get()))
    throw LoopMisuseError("Task cannot await on itself");
  fut->add_waiter(task);
  task->suspend_on(*fut, h);
}

template <class F>
decltype(auto) FutureAwaiter<F>::await_resume() {
  if (TaskBase* task = fut->loop().current_task()) task->throw_if_cancel_requested();
  if constexpr (std::is_same_v<typename F::value_type, void>) {
    fut->check_result();
  } else {
    return std::move(fut->result());
  }
}

template <class T>
Ref<TaskState<T>> EventLoop::spawn(Task<T> coro, std::string name) {
  if (!coro.valid()) throw LoopMisuseError("spawn: empty Task");
  if (coro.handle().promise().started)
    throw LoopMisuseError("spawn: the coroutine was already awaited or spawned");
  coro.handle().promise().started = true;
  Ref<TaskState<T>> t(new TaskState<T>(*this, std::move(coro), std::move(name)));
  link_task(t.get());
  // The first step has its own entry, so later steps need not check for it.
  ready_.push(ReadyEntry{&TaskBase::start_entry, t.get(), t->resume_address(), t->id()});
  if (opts_.tracing) emit(trace::EventKind::Queued, t->id(), 0, 0, 0, WaitKind::None, t->loc());
  return t;
}

inline void EventLoop::schedule_step(TaskBase* task) {
  // b is only a prefetch hint: the frame the step will resume.
  ready_.push(ReadyEntry{&TaskBase::step_entry, task, task->resume_address(), task->id()});
  if (opts_.tracing) emit(trace::EventKind::Queued, task->id(), 0, 0, 0, WaitKind::None, task->loc());
}

inline void TaskBase::step() {
  // Completing drops the loop's reference and may delete the task: it is always
  // the last thing a step does.
  if (must_cancel_ || done()) [[unlikely]] return step_slow();
  EventLoop& l = loop();
  waiting_ = nullptr;
  l.set_current(this);
  if (l.tracing()) l.emit(trace::EventKind::Running, id_, 0, 0, 0, WaitKind::None, loc_);
  resume_.resume();
  l.set_current(nullptr);
  if (root_.done()) [[unlikely]] complete_from_root();
}

// Sets the loop's stop flag when the future it is attached to completes.
void stop_loop_callback(void* loop, FutureBase& fut);

template <class T>
T EventLoop::run_main(Task<T> main) {
  if (running()) throw LoopMisuseError("asyncio.run() cannot be called from a running event loop");
  auto task = spawn(std::move(main));
  // run_until_complete: the done callback stops the loop at the end of the
  // iteration in which it runs, like asyncio.
  task->add_done_callback(&stop_loop_callback, this, "stop the loop");
  stopping_ = false;
  ++running_depth_;
  try {
    run_until_stopped();
  } catch (...) {
    --running_depth_;
    throw;
  }
  --running_depth_;
  stopping_ = false;
  const bool main_finished = task->done();
  cancel_leftover_tasks();
  if (!main_finished)
    throw LoopMisuseError(
        "the main task is waiting for something that can never happen: nothing is left to run");
  if constexpr (std::is_void_v<T>) {
    task->check_result();
  } else {
    return std::move(task->result());
  }
}

}  // namespace ls::loop
