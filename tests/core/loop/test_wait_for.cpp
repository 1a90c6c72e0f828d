// wait_for and the timeout scope.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "loop/wait_for.h"

using namespace ls::test;
using ls::loop::TimeoutError;

namespace {
Task<int> slow(EventLoop& loop, Log& log, double d) {
  struct Finally {
    Log& log;
    ~Finally() { log.push_back("slow-finally"); }
  } fin{log};
  co_await loop.sleep(seconds(d));
  co_return 1;
}
}  // namespace

TEST_CASE("wait_for cancels the inner task and waits for its cleanup before TimeoutError", "[wait_for]") {
  // Python: slow-finally, timeout, Task-1, slow-finally, 1
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    try {
      co_await ls::loop::wait_for(loop, slow(loop, log, 5), seconds(1));
    } catch (const TimeoutError&) {
      log.push_back("timeout");
    }
    log.push_back(loop.current_task()->name());
    const int r = co_await ls::loop::wait_for(loop, slow(loop, log, 1), seconds(10));
    log.push_back(std::to_string(r));
  };
  loop.run_main(main());
  CHECK(log == Log{"slow-finally", "timeout", "Task-1", "slow-finally", "1"});
  CHECK(loop.now() == seconds(2));
}

TEST_CASE("wait_for makes a task of its coroutine, which takes the next task name", "[wait_for][naming]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<std::string> {
    auto named = [&]() -> Task<std::string> { co_return loop.current_task()->name(); };
    co_return co_await ls::loop::wait_for(loop, named(), seconds(1));
  };
  CHECK(loop.run_main(main()) == "Task-2");
}

TEST_CASE("wait_for with no timeout just awaits", "[wait_for]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<int> { co_return co_await ls::loop::wait_for(loop, slow(loop, log, 3), std::nullopt); };
  CHECK(loop.run_main(main()) == 1);
  CHECK(loop.now() == seconds(3));
}

TEST_CASE("a timeout scope turns its own cancellation into TimeoutError", "[timeout]") {
  // async with asyncio.timeout(0.5): await slow()  -> slow-finally, timeout2
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    try {
      co_await ls::loop::with_timeout(loop, seconds(0.5), slow(loop, log, 5));
    } catch (const TimeoutError&) {
      log.push_back("timeout2");
    }
    log.push_back("t=" + fmt_time(loop.now()));
  };
  loop.run_main(main());
  CHECK(log == Log{"slow-finally", "timeout2", "t=0.5"});
}

TEST_CASE("a timeout scope that is not reached changes nothing", "[timeout]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<int> { co_return co_await ls::loop::with_timeout(loop, seconds(5), slow(loop, log, 1)); };
  CHECK(loop.run_main(main()) == 1);
  CHECK(loop.now() == seconds(1));
  CHECK(loop.describe().timers.empty());
}

TEST_CASE("an outside cancel inside a timeout scope stays a CancelledError", "[timeout][cancel]") {
  EventLoop loop;
  Log log;
  auto body = [&]() -> Task<void> {
    try {
      co_await ls::loop::with_timeout(loop, seconds(10), slow(loop, log, 5));
    } catch (const TimeoutError&) {
      log.push_back("wrongly a timeout");
    } catch (const ls::loop::CancelledError&) {
      log.push_back("cancelled");
      throw;
    }
  };
  auto main = [&]() -> Task<void> {
    auto t = loop.spawn(body());
    co_await loop.sleep(seconds(1));
    t->cancel();
    try {
      co_await t;
    } catch (const ls::loop::CancelledError&) {
    }
  };
  loop.run_main(main());
  CHECK(log == Log{"slow-finally", "cancelled"});
}
