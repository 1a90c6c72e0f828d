#include "loop/loop.h"

namespace ls::loop {

namespace {

// Free blocks by size in 16-byte steps up to 512 bytes (every TaskState<T> of
// a small T). The lists keep what the program's peak number of tasks needed,
// as the ready queue keeps its peak capacity; they go back at thread exit.
constexpr std::size_t kStep = 16;
constexpr std::size_t kMaxPooled = 512;

struct FreeBlock {
  FreeBlock* next;
};

struct TaskMemory {
  FreeBlock* free[kMaxPooled / kStep + 1] = {};
  ~TaskMemory() {
    for (FreeBlock*& head : free) {
      while (FreeBlock* b = head) {
        head = b->next;
        ::operator delete(b);
      }
    }
  }
};

thread_local TaskMemory task_memory;

std::size_t size_class(std::size_t n) { return (n + kStep - 1) / kStep; }

}  // namespace

void* TaskBase::operator new(std::size_t n) {
  if (n > kMaxPooled) return ::operator new(n);
  FreeBlock*& head = task_memory.free[size_class(n)];
  if (FreeBlock* b = head) {
    head = b->next;
    return b;
  }
  return ::operator new(size_class(n) * kStep);
}

void TaskBase::operator delete(void* p, std::size_t n) noexcept {
  if (n > kMaxPooled) return ::operator delete(p);
  auto* b = static_cast<FreeBlock*>(p);
  FreeBlock*& head = task_memory.free[size_class(n)];
  b->next = head;
  head = b;
}

TaskBase::TaskBase(EventLoop& loop, std::coroutine_handle<> root, std::string name)
    : FutureBase(loop, WaitKind::Task), root_(root), resume_(root), id_(loop.next_task_id()),
      name_(name.empty() ? nullptr : std::make_unique<std::string>(std::move(name))) {
  TaskBase* parent = loop.current_task();
  loop.emit(trace::EventKind::TaskCreated, id_, parent ? parent->id() : 0,
            loop.tracing() ? loop.text(this->name()) : 0, 0, WaitKind::None,
            parent ? parent->loc() : 0);
}

TaskBase::~TaskBase() = default;

std::string TaskBase::name() const {
  return name_ ? *name_ : "Task-" + std::to_string(id_);
}

std::string TaskBase::wait_text() const { return name(); }

bool TaskBase::cancel(const std::string& msg) {
  log_traceback_ = false;
  if (done()) return false;
  ++num_cancels_requested_;
  // Cancelling what the task waits on wakes it with CancelledError; a task
  // waiting on another task cancels that task in turn.
  if (waiting_ && waiting_->cancel_wait(msg)) return true;
  must_cancel_ = true;
  set_cancel_message(msg);
  return true;
}

void TaskBase::suspend_on(Waitable& w, std::coroutine_handle<> h) {
  resume_ = h;
  waiting_ = &w;
  EventLoop& l = loop();
  if (l.tracing())
    l.emit(trace::EventKind::Awaiting, id_, w.wait_target(), l.text(w.wait_text()), w.wait_value(),
           w.wait_kind(), loc_);
  // A cancel requested while the task was running cancels the new wait at once.
  if (must_cancel_ && w.cancel_wait(cancel_message())) must_cancel_ = false;
}

void TaskBase::throw_cancelled() {
  throw_cancel_ = false;
  throw CancelledError(cancel_message());
}

// Only the first step can find started_ false: every other step entry is
// queued by something the task suspended on, so it has run already.
void TaskBase::start_entry(ReadyEntry& e) { static_cast<TaskBase*>(e.a)->step_slow(); }

void TaskBase::step_slow() {
  if (done()) return;
  EventLoop& l = loop();
  if (must_cancel_) {
    must_cancel_ = false;
    throw_cancel_ = true;
  }
  waiting_ = nullptr;
  l.set_current(this);
  l.emit(trace::EventKind::Running, id_, 0, 0, 0, WaitKind::None, loc_);
  if (!started_) {
    started_ = true;
    if (throw_cancel_) {
      // Cancelled before its first step: the coroutine never runs (throwing
      // into a fresh Python coroutine ends it before its first line).
      throw_cancel_ = false;
      l.set_current(nullptr);
      complete(std::make_exception_ptr(CancelledError(cancel_message())), false);
      return;
    }
  }
  resume_.resume();
  l.set_current(nullptr);
  if (root_.done()) complete_from_root();
}

void TaskBase::complete(std::exception_ptr ex, bool has_value) {
  EventLoop& l = loop();
  FutureStatus status = FutureStatus::Done;
  if (ex) {
    if (is_cancellation(ex)) {
      try {
        std::rethrow_exception(ex);
      } catch (const CancelledError& c) {
        set_cancel_message(c.message());
      }
      status = FutureStatus::Cancelled;
    } else {
      exception_ = ex;
      log_traceback_ = true;
      status = FutureStatus::Failed;
    }
  } else if (must_cancel_ || !has_value) {
    // Cancelled right before the coroutine returned (Task.__step).
    must_cancel_ = false;
    status = FutureStatus::Cancelled;
  }
  switch (status) {
    case FutureStatus::Done: l.emit(trace::EventKind::Done, id_, 0, 0, 0, WaitKind::None, loc_); break;
    case FutureStatus::Failed:
      l.emit(trace::EventKind::Failed, id_, 0, l.tracing() ? l.text(describe_exception(ex)) : 0, 0,
             WaitKind::None, loc_);
      break;
    default: l.emit(trace::EventKind::Cancelled, id_, 0, 0, 0, WaitKind::None, loc_); break;
  }
  finish(status);
  l.unlink_task(this);
}

void TaskBase::last_release() {
  if (failed() && log_traceback_) {
    loop().log_error("Task exception was never retrieved\nfuture: <Task finished name='" + name() +
                         "' exception=" + describe_exception(exception_) + ">",
                     id_);
  }
  delete this;
}

}  // namespace ls::loop
