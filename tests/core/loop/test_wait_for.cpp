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

TEST_CASE("rescheduling a timeout to a passed deadline expires it with call_soon", "[timeout]") {
  // python3 3.11 prints only "timeout" for
  //   async def main():
  //       loop = asyncio.get_running_loop()
  //       try:
  //           async with asyncio.timeout(10) as cm:
  //               cm.reschedule(loop.time() - 1)
  //               await asyncio.sleep(0)
  //               print("after sleep(0)")
  //               await asyncio.sleep(1)
  //               print("after sleep(1)")
  //       except TimeoutError:
  //           print("timeout")
  // The expiry is queued before the task's own wake-up, so the sleep(0) already
  // raises. (A timer at `now` would come due only in the next iteration, after it.)
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    ls::loop::Timeout scope(loop, loop.now() + seconds(10));
    scope.enter();
    std::exception_ptr error;
    try {
      scope.reschedule(loop.now() - seconds(1));
      co_await loop.sleep(0);
      log.push_back("after sleep(0)");
      co_await loop.sleep(seconds(1));
      log.push_back("after sleep(1)");
    } catch (...) {
      error = std::current_exception();
    }
    if (scope.exit(error && ls::loop::is_cancellation(error))) log.push_back("timeout");
    else if (error) std::rethrow_exception(error);
  };
  loop.run_main(main());
  CHECK(log == Log{"timeout"});
  CHECK(loop.now() == 0);
}

TEST_CASE("a timeout rescheduled to a passed deadline and then disarmed never fires", "[timeout]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    ls::loop::Timeout scope(loop, loop.now() + seconds(10));
    scope.enter();
    scope.reschedule(loop.now());
    scope.reschedule(std::nullopt);  // cancels the queued expiry
    co_await loop.sleep(0);
    co_await loop.sleep(seconds(1));
    log.push_back(scope.exit(false) ? "timeout" : "no timeout");
    log.push_back(scope.expired() ? "expired" : "not expired");
  };
  loop.run_main(main());
  CHECK(log == Log{"no timeout", "not expired"});
}
