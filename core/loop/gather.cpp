#include "loop/gather.h"

#include <algorithm>

namespace ls::loop {

GatheringFuture::GatheringFuture(EventLoop& loop, std::vector<Ref<FutureBase>> children,
                                 bool return_exceptions)
    : FutureBase(loop, WaitKind::Gather), children_(std::move(children)),
      return_exceptions_(return_exceptions) {}

void GatheringFuture::start() {
  // Each distinct child gets one callback; children already done are processed
  // right away, after all registrations, as asyncio does.
  std::vector<FutureBase*> seen;
  std::vector<FutureBase*> already_done;
  for (auto& c : children_) {
    if (std::find(seen.begin(), seen.end(), c.get()) != seen.end()) continue;
    seen.push_back(c.get());
    ++distinct_;
    if (c->done()) {
      already_done.push_back(c.get());
    } else {
      add_ref();  // released by on_child_done
      c->add_done_callback(&GatheringFuture::on_child_done, this, "gather: child done");
    }
  }
  if (children_.empty()) {
    collect();
    finish(FutureStatus::Done);
    return;
  }
  for (FutureBase* c : already_done) child_done(*c);
}

void GatheringFuture::on_child_done(void* self, FutureBase& child) {
  auto* g = static_cast<GatheringFuture*>(self);
  g->child_done(child);
  g->release();
}

std::exception_ptr GatheringFuture::child_error(FutureBase& child) const {
  if (child.cancelled()) return std::make_exception_ptr(CancelledError(child.cancel_message()));
  return child.exception();
}

void GatheringFuture::child_done(FutureBase& child) {
  ++finished_;
  if (done()) {
    // The gather already failed: still mark this child's exception retrieved.
    if (!child.cancelled()) child.exception();
    return;
  }
  if (!return_exceptions_) {
    if (std::exception_ptr err = child_error(child)) {
      set_exception(err);
      return;
    }
  }
  if (finished_ < distinct_) return;
  if (cancel_requested_) {
    // Some child was cancelled through us: the awaiter sees CancelledError.
    std::exception_ptr err;
    for (auto& c : children_)
      if (c->cancelled()) err = std::make_exception_ptr(CancelledError(c->cancel_message()));
    set_exception(err ? err : std::make_exception_ptr(CancelledError()));
    return;
  }
  collect();
  finish(FutureStatus::Done);
}

bool GatheringFuture::cancel(const std::string& msg) {
  if (done()) return false;
  bool any = false;
  for (auto& c : children_)
    if (c->cancel(msg)) any = true;
  if (any) cancel_requested_ = true;
  return any;
}

std::string GatheringFuture::wait_text() const {
  return "gather of " + std::to_string(distinct_) + (distinct_ == 1 ? " task" : " tasks");
}

}  // namespace ls::loop
