#include "loop/loop.h"

#include <new>
#include <vector>

namespace ls::loop {

namespace {

// Blocks by size in whole cache lines up to 512 bytes (every TaskState<T> of
// a small T), carved from line-aligned slabs: a task's hot fields (bytes
// 72-123, see TaskBase) then always sit in one line, its second, so a switch
// misses on one line of the task instead of two. Freed blocks are kept for the
// next tasks, as the ready queue keeps its peak capacity; the slabs go back
// at thread exit unless a block is still in use then (a task that outlives its
// thread's thread_locals, say one held by a static): then they stay, and blocks
// freed after that are left alone, so nothing is written to freed memory. Like
// every loop object, a task lives and dies on its loop's thread.
constexpr std::size_t kLine = 64;
constexpr std::size_t kMaxPooled = 512;
constexpr std::size_t kSlabBlocks = 64;

struct FreeBlock {
  FreeBlock* next;
};

// Trivially destructible, so it can still be read after ~TaskMemory has run.
thread_local bool task_memory_gone = false;

struct TaskMemory {
  FreeBlock* free[kMaxPooled / kLine + 1] = {};
  std::vector<void*> slabs;
  long live = 0;  // blocks this thread handed out minus blocks given back to it
  ~TaskMemory() {
    task_memory_gone = true;
    if (live != 0) return;
    for (void* slab : slabs) ::operator delete(slab, std::align_val_t{kLine});
  }
  [[gnu::noinline]] void refill(std::size_t lines) {
    const std::size_t block = lines * kLine;
    auto* slab = static_cast<char*>(::operator new(block * kSlabBlocks, std::align_val_t{kLine}));
    slabs.push_back(slab);
    // Linked in address order, so tasks created together lie in a row.
    for (std::size_t i = kSlabBlocks; i-- > 0;) {
      auto* b = reinterpret_cast<FreeBlock*>(slab + i * block);
      b->next = free[lines];
      free[lines] = b;
    }
  }
};

thread_local TaskMemory task_memory;

std::size_t lines_of(std::size_t n) { return (n + kLine - 1) / kLine; }

}  // namespace

void* TaskBase::operator new(std::size_t n) {
  if (n > kMaxPooled) return ::operator new(n);
  // Tasks made during thread exit are rare: they get plain (leaked) memory.
  if (task_memory_gone) [[unlikely]] return ::operator new(lines_of(n) * kLine, std::align_val_t{kLine});
  const std::size_t lines = lines_of(n);
  FreeBlock*& head = task_memory.free[lines];
  if (!head) [[unlikely]] task_memory.refill(lines);
  FreeBlock* b = head;
  head = b->next;
  ++task_memory.live;
  return b;
}

void TaskBase::operator delete(void* p, std::size_t n) noexcept {
  if (n > kMaxPooled) return ::operator delete(p);
  if (task_memory_gone) [[unlikely]] return;
  auto* b = static_cast<FreeBlock*>(p);
  FreeBlock*& head = task_memory.free[lines_of(n)];
  b->next = head;
  head = b;
  --task_memory.live;
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
    std::string message = "Task exception was never retrieved\nfuture: <Task finished name='" + name() +
                          "' exception=" + describe_exception(exception_) + ">";
    if (loop().traceback_text) {
      const std::string tb = loop().traceback_text(exception_);
      if (!tb.empty()) message += "\n" + tb;
    }
    loop().log_error(message, id_);
  }
  delete this;
}

}  // namespace ls::loop
