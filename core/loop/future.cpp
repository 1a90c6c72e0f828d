#include "loop/loop.h"

namespace ls::loop {

std::string describe_exception(std::exception_ptr e) {
  if (!e) return {};
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError& c) {
    return c.message().empty() ? "CancelledError" : "CancelledError: " + c.message();
  } catch (const std::exception& x) {
    return x.what();
  } catch (...) {
    return "unknown exception";
  }
}

bool is_cancellation(std::exception_ptr e) {
  if (!e) return false;
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError&) {
    return true;
  } catch (...) {
    return false;
  }
}

void FutureBase::add_done_callback(DoneFn fn, void* ctx, std::string_view label) {
  const trace::TextId l = loop_->text(label.empty() ? std::string_view("done callback") : label);
  if (done()) {
    // asyncio: a callback added to a done future is scheduled at once.
    add_ref();
    loop_->schedule_entry(ReadyEntry{&run_callback, reinterpret_cast<void*>(fn), ctx,
                                     reinterpret_cast<std::uintptr_t>(this)}, l);
    return;
  }
  callbacks_.push_back(Callback{fn, ctx, nullptr, l});
}

int FutureBase::remove_done_callback(DoneFn fn, void* ctx) {
  int removed = 0;
  for (auto it = callbacks_.begin(); it != callbacks_.end();) {
    if (it->fn == fn && it->ctx == ctx && !it->task) {
      it = callbacks_.erase(it);
      ++removed;
    } else {
      ++it;
    }
  }
  return removed;
}

void FutureBase::add_waiter(TaskBase* task) {
  if (done()) {
    loop_->schedule_step(task);
    return;
  }
  callbacks_.push_back(Callback{nullptr, nullptr, task, 0});
}

void FutureBase::remove_waiter(TaskBase* task) {
  for (auto it = callbacks_.begin(); it != callbacks_.end(); ++it) {
    if (!it->fn && it->task == task) {
      callbacks_.erase(it);
      return;
    }
  }
}

bool FutureBase::cancel(const std::string& msg) {
  log_traceback_ = false;
  if (done()) return false;
  set_cancel_message(msg);
  finish(FutureStatus::Cancelled);
  return true;
}

void FutureBase::set_exception(std::exception_ptr e) {
  if (done()) throw InvalidStateError("invalid state: the future is already done");
  exception_ = e;
  log_traceback_ = true;
  finish(FutureStatus::Failed);
}

std::exception_ptr FutureBase::exception() {
  if (cancelled()) throw CancelledError(cancel_message());
  if (!done()) throw InvalidStateError("Exception is not set.");
  log_traceback_ = false;
  return exception_;
}

void FutureBase::check_result() {
  if (cancelled()) throw CancelledError(cancel_message());
  if (status_ == FutureStatus::Failed) {
    log_traceback_ = false;
    std::rethrow_exception(exception_);
  }
}

std::string FutureBase::wait_text() const {
  return extra_ && !extra_->wait_text.empty() ? extra_->wait_text : "future";
}

const std::string& FutureBase::cancel_message() const {
  static const std::string none;
  return extra_ ? extra_->cancel_msg : none;
}

void FutureBase::finish(FutureStatus s) {
  status_ = s;
  // Each callback becomes its own handle on the ready queue, in registration
  // order (Future.__schedule_callbacks).
  std::vector<Callback> cbs;
  cbs.swap(callbacks_);
  for (const Callback& cb : cbs) {
    if (!cb.fn) {
      loop_->schedule_step(cb.task);
      continue;
    }
    add_ref();  // the queued handle keeps the future alive until it runs
    loop_->schedule_entry(ReadyEntry{&run_callback, reinterpret_cast<void*>(cb.fn), cb.ctx,
                                     reinterpret_cast<std::uintptr_t>(this)}, cb.label);
  }
}

void FutureBase::run_callback(ReadyEntry& e) {
  auto fn = reinterpret_cast<DoneFn>(e.a);
  auto* fut = reinterpret_cast<FutureBase*>(e.c);
  fn(e.b, *fut);
  fut->release();
}

}  // namespace ls::loop
