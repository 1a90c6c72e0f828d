#include "loop/loop.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "loop/gather.h"

namespace ls::loop {

namespace {

// Ready-queue entry for call_soon(std::function): a owns the heap function.
void run_function_entry(ReadyEntry& e) {
  auto* fn = static_cast<std::function<void()>*>(e.a);
  std::unique_ptr<std::function<void()>> owned(fn);
  (*owned)();
}

// Ready-queue entry for a timer that came due: a is the TimerFn, b its ctx.
void timer_entry(ReadyEntry& e) {
  auto fn = reinterpret_cast<TimerFn>(e.a);
  fn(e.b);
}

}  // namespace

EventLoop::EventLoop(LoopOptions opts)
    : opts_(opts), trace_(std::make_shared<trace::Trace>()), start_(std::chrono::steady_clock::now()) {
  if (opts_.tracing && opts_.reserve_events) trace_->reserve(opts_.reserve_events);
}

EventLoop::~EventLoop() {
  // Worker threads first: after this no call_soon_threadsafe can arrive.
  pool_.reset();
  // Timer contexts point into coroutine frames that are about to go away.
  timers_.clear();
  // Queued handles may hold references (future callbacks) or own functions.
  while (!ready_.empty()) {
    ReadyEntry e = ready_.pop();
    if (e.fn == &run_function_entry) delete static_cast<std::function<void()>*>(e.a);
    else if (e.fn == &FutureBase::run_callback) reinterpret_cast<FutureBase*>(e.c)->release();
  }
  inbox_.clear();
  // Drop the loop's reference to every task still pending; their frames die.
  while (tasks_head_) unlink_task(tasks_head_);
}

Nanos EventLoop::now() const {
  if (opts_.clock == ClockKind::Virtual) return virtual_now_;
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_).count();
}

void EventLoop::charge(Nanos d) {
  if (opts_.clock != ClockKind::Virtual || d <= 0) return;
  if (opts_.pace) opts_.pace(virtual_now_ + d);
  virtual_now_ += d;
}

void EventLoop::call_soon(std::function<void()> fn, std::string_view label) {
  const trace::TextId l = text(label.empty() ? std::string_view("callback") : label);
  schedule_entry(ReadyEntry{&run_function_entry, new std::function<void()>(std::move(fn)), nullptr, l}, l);
}

void EventLoop::call_soon_threadsafe(std::function<void()> fn) {
  {
    std::lock_guard lock(inbox_mutex_);
    inbox_.push_back(std::move(fn));
  }
  inbox_cv_.notify_one();
}

TimerId EventLoop::call_at(Nanos when, TimerFn fn, void* ctx, std::string_view label,
                           WaitKind stands_for) {
  const TaskId owner = current_ ? current_->id() : 0;
  const trace::TextId l = text(label.empty() ? std::string_view("timer") : label);
  TimerId id = timers_.add(when, fn, ctx, owner, l);
  if (opts_.tracing) {
    emit(trace::EventKind::TimerScheduled, owner, timers_.number_of(id), l, when, stands_for);
  }
  return id;
}

TimerId EventLoop::call_soon_cancellable(TimerFn fn, void* ctx, std::string_view label) {
  const trace::TextId l = text(label.empty() ? std::string_view("callback") : label);
  const TimerId id = timers_.add_soon(fn, ctx, current_ ? current_->id() : 0, l);
  const std::uintptr_t packed = (std::uintptr_t(id.generation) << 32) | id.slot;
  schedule_entry(ReadyEntry{&EventLoop::soon_entry, this, reinterpret_cast<void*>(packed), l}, l);
  return id;
}

void EventLoop::soon_entry(ReadyEntry& e) {
  const auto packed = reinterpret_cast<std::uintptr_t>(e.b);
  const TimerId id{static_cast<std::uint32_t>(packed), static_cast<std::uint32_t>(packed >> 32)};
  TimerFn fn;
  void* ctx;
  // A cancelled handle stays in the queue (as in asyncio) and does nothing.
  if (static_cast<EventLoop*>(e.a)->timers_.take_soon(id, fn, ctx)) fn(ctx);
}

bool EventLoop::cancel_timer(TimerId id) {
  const std::uint32_t number = timers_.number_of(id);
  if (!timers_.cancel(id)) return false;
  // A call_soon handle has no number: the trace never showed it as a timer.
  if (number) emit(trace::EventKind::TimerCancelled, current_ ? current_->id() : 0, number);
  return true;
}

void EventLoop::move_due_timers(Nanos limit) {
  TimerFn fn;
  void* ctx;
  TimerInfo info;
  while (timers_.pop_due(limit, fn, ctx, info)) {
    // Only a near-tie after a jump can be ahead of the clock: time moves on to
    // it, so no callback ever sees the clock go backwards.
    if (opts_.clock == ClockKind::Virtual && info.deadline > virtual_now_) virtual_now_ = info.deadline;
    emit(trace::EventKind::TimerFired, info.owner, info.id, info.label, info.deadline);
    schedule_entry(ReadyEntry{&timer_entry, reinterpret_cast<void*>(fn), ctx, info.label}, info.label);
  }
}

void EventLoop::drain_inbox() {
  if (pending_external_.load(std::memory_order_relaxed) == 0) {
    // Fast path: nothing can be in the inbox unless someone used it directly.
    std::lock_guard lock(inbox_mutex_);
    if (inbox_.empty()) return;
  }
  std::vector<std::function<void()>> batch;
  {
    std::lock_guard lock(inbox_mutex_);
    batch.swap(inbox_);
  }
  for (auto& fn : batch) call_soon(std::move(fn), "from a thread");
}

void EventLoop::wait_for_inbox(Nanos until, bool has_deadline) {
  std::unique_lock lock(inbox_mutex_);
  auto ready = [this] { return !inbox_.empty(); };
  if (has_deadline) inbox_cv_.wait_until(lock, start_ + std::chrono::nanoseconds(until), ready);
  else inbox_cv_.wait(lock, ready);
}

bool EventLoop::begin_iteration() {
  for (;;) {
    drain_inbox();
    Nanos deadline = 0;
    const bool has_timer = timers_.next_deadline(deadline);
    bool jumped = false;  // the virtual clock just moved to `deadline`
    if (ready_.empty()) {
      const bool external = pending_external_.load() > 0;
      if (!has_timer && !external) return false;
      if (opts_.clock == ClockKind::Virtual) {
        // Thread work takes no virtual time: wait for it before jumping ahead,
        // so a virtual run is deterministic.
        if (external) {
          wait_for_inbox(0, false);
          continue;
        }
        if (deadline > virtual_now_) {
          if (opts_.pace) opts_.pace(deadline);
          virtual_now_ = deadline;
          jumped = true;
        }
      } else if (!has_timer || deadline > now()) {
        wait_for_inbox(deadline, has_timer);
        continue;
      }
    }
    if (ready_.empty() && !(has_timer && deadline <= now())) continue;
    ++iteration_;
    emit(trace::EventKind::LoopIteration, 0, static_cast<std::uint32_t>(ready_.size()), 0,
         static_cast<std::int64_t>(iteration_));
    move_due_timers(jumped ? deadline + opts_.near_timer_window : now());
    remaining_ = ready_.size();
    return true;
  }
}

bool EventLoop::step() {
  if (remaining_ == 0 && !begin_iteration()) {
    if (opts_.tracing) trace_->set_end_time(now());
    return false;
  }
  ReadyEntry e = ready_.pop();
  --remaining_;
  run_entry(e);
  if (opts_.tracing) trace_->set_end_time(now());
  return true;
}

inline void EventLoop::run_entry(ReadyEntry& e) {
  // With many tasks each switch would wait on a cache miss for the next task
  // and its frame. The FIFO says which handle runs a few steps from now: ask
  // for its task and frame while this one runs, far enough ahead (12 steps of
  // ~17 ns) to cover a trip to main memory; with fewer handles queued they are
  // in cache anyway. (On the core.switch_ns workload a switch took about a
  // third less time at 7 ahead than at 1 on a busy machine; on an idle one 12
  // ahead beat 7 by another ~8%: medians 17.3 vs 18.9 ns.)
  constexpr std::size_t kAhead = 12;
  if (ready_.size() > kAhead) {
    const ReadyEntry& next = ready_.at(kAhead);
    // A task's hot fields sit at bytes 72-123 (FutureBase's last fields and
    // TaskBase's first), one cache line: tasks are carved 64-byte aligned.
    __builtin_prefetch(static_cast<char*>(next.a) + 72);
    __builtin_prefetch(next.b);
    __builtin_prefetch(static_cast<char*>(next.b) + 64);
  }
  // A task step is by far the most common entry: call it inline.
  if (e.fn == &TaskBase::step_entry) [[likely]] {
    TaskBase::step_entry(e);  // inline
    return;
  }
  if (opts_.tracing && e.fn != &TaskBase::start_entry)
    emit(trace::EventKind::CallbackRun, 0, 0,
         e.fn == &FutureBase::run_callback ? 0 : static_cast<trace::TextId>(e.c));
  e.fn(e);
}

void EventLoop::run_iteration() {
  while (remaining_ > 0) {
    ReadyEntry e = ready_.pop();
    --remaining_;
    run_entry(e);
  }
  if (opts_.tracing) trace_->set_end_time(now());
}

void EventLoop::run() {
  if (running()) throw LoopMisuseError("This event loop is already running");
  ++running_depth_;
  try {
    for (;;) {
      if (remaining_ == 0 && !begin_iteration()) break;
      run_iteration();
    }
    if (opts_.tracing) trace_->set_end_time(now());
  } catch (...) {
    --running_depth_;
    throw;
  }
  --running_depth_;
}

void EventLoop::run_until_stopped() {
  // stop() takes effect at the end of the iteration in which it was called.
  for (;;) {
    if (remaining_ > 0) run_iteration();
    if (stopping_) break;
    if (!begin_iteration()) break;
  }
  if (opts_.tracing) trace_->set_end_time(now());
}

bool EventLoop::run_until(Nanos t) {
  for (;;) {
    if (remaining_ == 0) {
      // Between iterations: would the next one start after t?
      drain_inbox();
      if (ready_.empty()) {
        Nanos deadline = 0;
        const bool has_timer = timers_.next_deadline(deadline);
        if (!has_timer && pending_external_.load() == 0) {
          if (opts_.clock == ClockKind::Virtual && virtual_now_ < t) virtual_now_ = t;
          return false;
        }
        if (has_timer && deadline > t && pending_external_.load() == 0) {
          if (opts_.clock == ClockKind::Virtual && virtual_now_ < t) virtual_now_ = t;
          if (opts_.tracing) trace_->set_end_time(now());
          return true;
        }
      }
    }
    if (!step()) return false;
  }
}

bool EventLoop::idle() const {
  return ready_.empty() && timers_.live() == 0 && pending_external_.load() == 0;
}

void EventLoop::block_for(Nanos d, std::string_view what, trace::LocId where) {
  const TaskId task = current_ ? current_->id() : 0;
  const trace::LocId loc = current_ ? current_->loc() : where;
  emit(trace::EventKind::Blocking, task, 0, text(what), d, WaitKind::None, loc);
  if (d > 0) {
    if (opts_.clock == ClockKind::Virtual) {
      if (opts_.pace) opts_.pace(virtual_now_ + d);
      virtual_now_ += d;
    } else std::this_thread::sleep_for(std::chrono::nanoseconds(d));
  }
  emit(trace::EventKind::BlockEnd, task, 0, 0, 0, WaitKind::None, loc);
}

ThreadPool& EventLoop::thread_pool() {
  if (!pool_) pool_ = std::make_unique<ThreadPool>(opts_.worker_threads);
  return *pool_;
}

void EventLoop::link_task(TaskBase* t) {
  t->add_ref();
  t->prev_pending = tasks_tail_;
  t->next_pending = nullptr;
  if (tasks_tail_) tasks_tail_->next_pending = t;
  else tasks_head_ = t;
  tasks_tail_ = t;
}

void EventLoop::unlink_task(TaskBase* t) {
  if (t->prev_pending) t->prev_pending->next_pending = t->next_pending;
  else tasks_head_ = t->next_pending;
  if (t->next_pending) t->next_pending->prev_pending = t->prev_pending;
  else tasks_tail_ = t->prev_pending;
  t->prev_pending = t->next_pending = nullptr;
  t->release();
}

std::vector<TaskBase*> EventLoop::pending_tasks() const {
  std::vector<TaskBase*> out;
  for (TaskBase* t = tasks_head_; t; t = t->next_pending) out.push_back(t);
  return out;
}

void EventLoop::log_error(const std::string& message, TaskId task) {
  spdlog::error("{}", message);
  errors_.push_back(message);
  emit(trace::EventKind::Log, task, 0, text(message));
}

void stop_loop_callback(void* loop, FutureBase&) { static_cast<EventLoop*>(loop)->stop(); }

// asyncio.runners._cancel_all_tasks: cancel what is left, run until all of it
// has finished, and report exceptions nobody will ever see otherwise.
void EventLoop::cancel_leftover_tasks() {
  std::vector<Ref<FutureBase>> left;
  for (TaskBase* t = tasks_head_; t; t = t->next_pending) left.emplace_back(t);
  if (left.empty()) return;
  for (auto& t : left) t->cancel();
  auto all = gather_futures<void>(*this, left, /*return_exceptions=*/true);
  all->add_done_callback(&stop_loop_callback, this, "stop the loop");
  ++running_depth_;
  run_until_stopped();
  --running_depth_;
  stopping_ = false;
  for (auto& t : left) {
    if (!t->done() || t->cancelled()) continue;
    if (auto ex = t->exception()) {
      log_error("unhandled exception during asyncio.run() shutdown\ntask: " +
                    static_cast<TaskBase*>(t.get())->name() + "\n" + describe_exception(ex),
                static_cast<TaskBase*>(t.get())->id());
    }
  }
}

LoopDescription EventLoop::describe() const {
  LoopDescription d;
  d.time = now();
  d.iteration = iteration_;
  if (current_) d.running = current_->name();
  for (std::size_t i = 0; i < ready_.size(); ++i) {
    const ReadyEntry& e = ready_.at(i);
    if (TaskBase::is_step(e.fn)) d.ready.push_back(static_cast<TaskBase*>(e.a)->name());
    else if (e.fn == &FutureBase::run_callback) d.ready.push_back("done callback");
    else d.ready.push_back(e.c ? trace_->text_of(static_cast<trace::TextId>(e.c)) : std::string("callback"));
  }
  for (const TimerInfo& t : timers_.pending())
    d.timers.push_back({t.id, t.deadline, t.label ? trace_->text_of(t.label) : std::string("timer")});
  for (TaskBase* t = tasks_head_; t; t = t->next_pending) {
    if (Waitable* w = t->waiting_on())
      d.waiting.push_back({t->name(), w->wait_kind(), w->wait_text()});
  }
  return d;
}

}  // namespace ls::loop
