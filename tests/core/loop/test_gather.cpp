// gather: argument order, exceptions, return_exceptions, cancellation.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "loop/gather.h"

using namespace ls::test;
using ls::loop::gather;
using ls::loop::gather_settled;

namespace {
Task<int> child(EventLoop& loop, Log& log, int n) {
  co_await loop.sleep(seconds(n));
  if (n == 2) throw std::runtime_error("ValueError: two");
  log.push_back("child" + std::to_string(n));
  co_return n * 10;
}
Task<int> after(EventLoop& loop, double d, int v) {
  co_await loop.sleep(seconds(d));
  co_return v;
}
}  // namespace

TEST_CASE("gather returns results in argument order whatever finishes first", "[gather]") {
  EventLoop loop;
  auto main = [&]() -> Task<std::vector<int>> {
    std::vector<Task<int>> v;
    v.push_back(after(loop, 3, 1));
    v.push_back(after(loop, 1, 2));
    v.push_back(after(loop, 2, 3));
    co_return co_await gather(loop, std::move(v));
  };
  CHECK(loop.run_main(main()) == std::vector<int>{1, 2, 3});
  CHECK(loop.now() == seconds(3));
}

TEST_CASE("gather wraps its arguments into tasks in argument order", "[gather]") {
  EventLoop loop;
  std::vector<std::string> names;
  auto main = [&]() -> Task<void> {
    std::vector<Task<int>> v;
    for (int i = 0; i < 3; ++i) v.push_back(after(loop, 1, i));
    auto g = gather(loop, std::move(v));
    for (auto& c : g->children()) names.push_back(static_cast<ls::loop::TaskBase*>(c.get())->name());
    co_await g;
  };
  loop.run_main(main());
  CHECK(names == std::vector<std::string>{"Task-2", "Task-3", "Task-4"});
}

TEST_CASE("the first exception in gather propagates while the other children keep running", "[gather]") {
  // Python: child1, caught two, child3 (child 3 still finishes after the catch).
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    try {
      std::vector<Task<int>> v;
      for (int n = 1; n <= 3; ++n) v.push_back(child(loop, log, n));
      co_await gather(loop, std::move(v));
    } catch (const std::runtime_error& e) {
      log.push_back(std::string("caught ") + e.what());
    }
    co_await loop.sleep(seconds(2));
  };
  loop.run_main(main());
  CHECK(log == Log{"child1", "caught ValueError: two", "child3"});
  CHECK(loop.errors().empty());  // gather retrieved every exception
}

TEST_CASE("gather with return_exceptions puts each exception in its place", "[gather]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    std::vector<Task<int>> v;
    v.push_back(child(loop, log, 1));
    v.push_back(child(loop, log, 2));
    auto results = co_await gather_settled(loop, std::move(v));
    REQUIRE(results.size() == 2);
    CHECK(results[0].ok());
    CHECK(*results[0].value == 10);
    CHECK_FALSE(results[1].ok());
    CHECK(ls::loop::describe_exception(results[1].error) == "ValueError: two");
  };
  loop.run_main(main());
  CHECK(log == Log{"child1"});
}

TEST_CASE("an empty gather completes without suspending", "[gather]") {
  EventLoop loop;
  auto main = [&]() -> Task<std::uint64_t> {
    const auto before = loop.iteration();
    auto r = co_await gather(loop, std::vector<Task<int>>{});
    CHECK(r.empty());
    co_return loop.iteration() - before;
  };
  CHECK(loop.run_main(main()) == 0);
}

TEST_CASE("the gathered result arrives one iteration after the last child's callback", "[gather][ordering]") {
  // child done (iteration k) -> gather callback (k+1) -> awaiting task (k+2)
  EventLoop loop;
  std::uint64_t child_done = 0, parent_resumed = 0;
  auto quick = [&]() -> Task<int> {
    child_done = loop.iteration();
    co_return 1;
  };
  auto main = [&]() -> Task<void> {
    std::vector<Task<int>> v;
    v.push_back(quick());
    co_await gather(loop, std::move(v));
    parent_resumed = loop.iteration();
  };
  loop.run_main(main());
  CHECK(parent_resumed == child_done + 2);
}

TEST_CASE("cancelling a gather cancels every child", "[gather][cancel]") {
  EventLoop loop;
  Log log;
  auto slow = [&](int n) -> Task<int> {
    try {
      co_await loop.sleep(seconds(10));
    } catch (const ls::loop::CancelledError&) {
      log.push_back("cancelled" + std::to_string(n));
      throw;
    }
    co_return n;
  };
  auto main = [&]() -> Task<void> {
    std::vector<Task<int>> v;
    v.push_back(slow(1));
    v.push_back(slow(2));
    auto g = gather(loop, std::move(v));
    co_await loop.sleep(seconds(1));
    CHECK(g->cancel());
    try {
      co_await g;
    } catch (const ls::loop::CancelledError&) {
      log.push_back("gather raised CancelledError");
    }
  };
  loop.run_main(main());
  CHECK(log == Log{"cancelled1", "cancelled2", "gather raised CancelledError"});
  CHECK(loop.now() == seconds(1));
}
