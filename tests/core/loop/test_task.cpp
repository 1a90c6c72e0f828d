// Task<T>: the lazy coroutine type.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ls::test;
using ls::loop::LoopMisuseError;

namespace {
Task<int> answer() { co_return 42; }
Task<int> add_one(Task<int> inner) { co_return (co_await std::move(inner)) + 1; }
Task<void> fail() {
  throw std::runtime_error("boom");
  co_return;
}
Task<int> chain(int depth) {
  if (depth == 0) co_return 0;
  co_return 1 + co_await chain(depth - 1);
}
Task<void> awaits_twice(Task<int>& t, Log& log) {
  log.push_back(std::to_string(co_await t));
  try {
    co_await t;
  } catch (const LoopMisuseError& e) {
    log.push_back(e.what());
  }
}
}  // namespace

TEST_CASE("a task does nothing until it is awaited or spawned", "[task]") {
  bool ran = false;
  auto body = [&]() -> Task<void> {
    ran = true;
    co_return;
  };
  Task<void> t = body();
  CHECK_FALSE(ran);
  CHECK_FALSE(t.done());
  EventLoop loop;
  loop.run_main(std::move(t));
  CHECK(ran);
}

TEST_CASE("awaiting a task runs it inline and returns its value", "[task]") {
  EventLoop loop;
  CHECK(loop.run_main(add_one(answer())) == 43);
  // Inline awaits create no new tasks: only the main task exists.
  CHECK(loop.task_count() == 1);
}

TEST_CASE("an exception in an awaited task propagates to the awaiter", "[task]") {
  EventLoop loop;
  auto outer = []() -> Task<std::string> {
    try {
      co_await fail();
    } catch (const std::runtime_error& e) {
      co_return std::string("caught ") + e.what();
    }
    co_return "not caught";
  };
  CHECK(loop.run_main(outer()) == "caught boom");
}

TEST_CASE("a long chain of awaits does not grow the stack", "[task]") {
  // 200,000 nested awaits would overflow an 8 MB stack without symmetric transfer.
  EventLoop loop;
  CHECK(loop.run_main(chain(200000)) == 200000);
}

TEST_CASE("awaiting the same coroutine twice is reported, not undefined", "[task][misuse]") {
  EventLoop loop;
  Log log;
  Task<int> t = answer();
  loop.run_main(awaits_twice(t, log));
  REQUIRE(log.size() == 2);
  CHECK(log[0] == "42");
  CHECK(log[1] == "cannot reuse already awaited coroutine");
}

TEST_CASE("run_main rethrows the main task's exception", "[task]") {
  EventLoop loop;
  CHECK_THROWS_WITH(loop.run_main(fail()), "boom");
}
