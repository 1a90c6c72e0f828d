// asyncio.gather: run awaitables concurrently, collect results in argument order.
//
// Rules (CPython 3.11 tasks.gather):
//  * coroutines become tasks in argument order; futures and tasks keep theirs;
//  * results come back in argument order, whatever finishes first;
//  * without return_exceptions the first exception (or a child's cancellation)
//    goes to the awaiter at once; the other children keep running;
//  * with return_exceptions every child's exception takes its place in the list;
//  * the outer future completes one iteration after the last child's done
//    callback runs; cancelling it cancels every child.
#pragma once

#include <exception>
#include <optional>
#include <vector>

#include "loop/loop.h"

namespace ls::loop {

// One child's outcome when gathering with return_exceptions.
template <class T>
struct Outcome {
  std::optional<stored_t<T>> value;
  std::exception_ptr error;  // the exception, or a CancelledError for a cancelled child
  bool ok() const { return !error; }
};

class GatheringFuture : public FutureBase {
 public:
  GatheringFuture(EventLoop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions);
  // Registers the done callbacks (and processes children already done).
  void start();
  // Cancels every child; the gather finishes once they have.
  bool cancel(const std::string& msg = {}) override;
  const std::vector<Ref<FutureBase>>& children() const { return children_; }
  std::string wait_text() const override;

 protected:
  // Stores the typed results of all children (all are done).
  virtual void collect() = 0;
  bool return_exceptions() const { return return_exceptions_; }
  std::exception_ptr child_error(FutureBase& child) const;

 private:
  static void on_child_done(void* self, FutureBase& child);
  void child_done(FutureBase& child);

  std::vector<Ref<FutureBase>> children_;  // argument order, duplicates kept
  std::size_t distinct_ = 0;
  std::size_t finished_ = 0;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// A gather whose result is a V (the typed part both kinds of gather share).
template <class V>
class TypedGather : public GatheringFuture {
 public:
  using value_type = V;
  using GatheringFuture::GatheringFuture;
  value_type& result() {
    if (!done()) throw InvalidStateError("Result is not set.");
    check_result();
    return *value_;
  }
  void* value_slot() override { return &value_; }

 protected:
  std::optional<value_type> value_;
};

// gather(...) without return_exceptions: a std::vector of the children's results.
template <class T>
class GatherAll final : public TypedGather<std::vector<stored_t<T>>> {
 public:
  using value_type = std::vector<stored_t<T>>;
  using TypedGather<value_type>::TypedGather;

 private:
  void collect() override {
    value_type out;
    out.reserve(this->children().size());
    for (auto& c : this->children()) out.push_back(value_of<T>(*c));
    this->value_.emplace(std::move(out));
  }
};

// gather(..., return_exceptions=True): each child's value or exception.
template <class T>
class GatherSettled final : public TypedGather<std::vector<Outcome<T>>> {
 public:
  using value_type = std::vector<Outcome<T>>;
  using TypedGather<value_type>::TypedGather;

 private:
  void collect() override {
    value_type out;
    for (auto& c : this->children()) {
      Outcome<T> o;
      o.error = this->child_error(*c);
      if (!o.error) o.value = value_of<T>(*c);
      out.push_back(std::move(o));
    }
    this->value_.emplace(std::move(out));
  }
};

// Gathers existing futures or tasks whose results are of type T.
template <class T, class G = GatherAll<T>>
Ref<G> gather_futures(EventLoop& loop, std::vector<Ref<FutureBase>> children) {
  Ref<G> g(new G(loop, std::move(children), std::is_same_v<G, GatherSettled<T>>));
  g->start();
  return g;
}

template <class T>
Ref<GatheringFuture> gather_futures(EventLoop& loop, std::vector<Ref<FutureBase>> children,
                                    bool return_exceptions) {
  if (return_exceptions) return gather_futures<T, GatherSettled<T>>(loop, std::move(children));
  return gather_futures<T, GatherAll<T>>(loop, std::move(children));
}

// Spawns each coroutine as a task, in argument order, and gathers them.
template <class T>
Ref<GatherAll<T>> gather(EventLoop& loop, std::vector<Task<T>> coros) {
  std::vector<Ref<FutureBase>> children;
  for (auto& c : coros) children.emplace_back(loop.spawn(std::move(c)));
  return gather_futures<T, GatherAll<T>>(loop, std::move(children));
}

template <class T>
Ref<GatherSettled<T>> gather_settled(EventLoop& loop, std::vector<Task<T>> coros) {
  std::vector<Ref<FutureBase>> children;
  for (auto& c : coros) children.emplace_back(loop.spawn(std::move(c)));
  return gather_futures<T, GatherSettled<T>>(loop, std::move(children));
}

template <class T>
Ref<GatherAll<T>> gather(EventLoop& loop, const std::vector<Ref<TaskState<T>>>& tasks) {
  std::vector<Ref<FutureBase>> children(tasks.begin(), tasks.end());
  return gather_futures<T, GatherAll<T>>(loop, std::move(children));
}

}  // namespace ls::loop
