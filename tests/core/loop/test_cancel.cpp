// Cancellation: CancelledError at the await point, cleanup runs, state queries.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace ls::test;
using ls::loop::CancelledError;

TEST_CASE("cancelling a sleeping task throws CancelledError at its await and runs cleanup", "[cancel]") {
  // Python: cancel->True, cleanup, main saw cancel, cancelled=True t=1.0
  EventLoop loop;
  Log log;
  auto sleeper = [&]() -> Task<void> {
    try {
      co_await loop.sleep(seconds(10));
    } catch (const CancelledError&) {
      log.push_back("cleanup");
      throw;
    }
  };
  auto main = [&]() -> Task<void> {
    auto t = loop.spawn(sleeper());
    co_await loop.sleep(seconds(1));
    log.push_back(std::string("cancel->") + (t->cancel() ? "True" : "False"));
    try {
      co_await t;
    } catch (const CancelledError&) {
      log.push_back("main saw cancel");
    }
    log.push_back(std::string("cancelled=") + (t->cancelled() ? "True" : "False") + " t=" + fmt_time(loop.now()));
  };
  loop.run_main(main());
  CHECK(log == Log{"cancel->True", "cleanup", "main saw cancel", "cancelled=True t=1.0"});
}

TEST_CASE("a task cancelled before its first step never runs its body", "[cancel]") {
  EventLoop loop;
  bool ran = false;
  auto body = [&]() -> Task<void> {
    ran = true;
    co_return;
  };
  auto main = [&]() -> Task<void> {
    auto t = loop.spawn(body());
    CHECK(t->cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
    }
    CHECK(t->cancelled());
  };
  loop.run_main(main());
  CHECK_FALSE(ran);
}

TEST_CASE("cancel returns False for a finished task", "[cancel]") {
  EventLoop loop;
  auto quick = []() -> Task<int> { co_return 1; };
  auto main = [&]() -> Task<bool> {
    auto t = loop.spawn(quick());
    co_await t;
    co_return t->cancel();
  };
  CHECK_FALSE(loop.run_main(main()));
}

TEST_CASE("a task can catch CancelledError and carry on", "[cancel]") {
  EventLoop loop;
  auto stubborn = [&]() -> Task<int> {
    try {
      co_await loop.sleep(seconds(5));
    } catch (const CancelledError&) {
    }
    co_await loop.sleep(seconds(1));
    co_return 7;
  };
  auto main = [&]() -> Task<int> {
    auto t = loop.spawn(stubborn());
    co_await loop.sleep(seconds(1));
    t->cancel();
    co_return co_await t;
  };
  CHECK(loop.run_main(main()) == 7);
  CHECK(loop.now() == seconds(2));
}

TEST_CASE("cancelling a task that awaits another task cancels the inner one too", "[cancel]") {
  EventLoop loop;
  Log log;
  auto inner = [&]() -> Task<void> {
    try {
      co_await loop.sleep(seconds(10));
    } catch (const CancelledError&) {
      log.push_back("inner cancelled");
      throw;
    }
  };
  auto outer = [&]() -> Task<void> {
    auto t = loop.spawn(inner());
    try {
      co_await t;
    } catch (const CancelledError&) {
      log.push_back("outer cancelled");
      throw;
    }
  };
  auto main = [&]() -> Task<void> {
    auto o = loop.spawn(outer());
    co_await loop.sleep(seconds(1));
    o->cancel();
    try {
      co_await o;
    } catch (const CancelledError&) {
      log.push_back("main done");
    }
  };
  loop.run_main(main());
  CHECK(log == Log{"inner cancelled", "outer cancelled", "main done"});
}

TEST_CASE("cancelling a task after its sleep fired still cancels it at the next step", "[cancel][ordering]") {
  EventLoop loop;
  Log log;
  auto sleeper = [&]() -> Task<void> {
    try {
      co_await loop.sleep(seconds(1));
      log.push_back("woke normally");
    } catch (const CancelledError&) {
      log.push_back("cancelled at wake-up");
      throw;
    }
  };
  auto main = [&]() -> Task<void> {
    auto t = loop.spawn(sleeper());
    // Both timers are due at 1.0 and ours was scheduled first, so we run first
    // in the iteration after they fire: the sleeper's timer has already queued
    // its wake-up when we cancel it. Python: cancel True, cancelled at wake-up.
    co_await loop.sleep(seconds(1));
    log.push_back(std::string("cancel ") + (t->cancel() ? "True" : "False"));
    try {
      co_await t;
    } catch (const CancelledError&) {
    }
  };
  loop.run_main(main());
  CHECK(log == Log{"cancel True", "cancelled at wake-up"});
}

TEST_CASE("cancellation carries its message", "[cancel]") {
  EventLoop loop;
  auto sleeper = [&]() -> Task<void> { co_await loop.sleep(seconds(5)); };
  auto main = [&]() -> Task<std::string> {
    auto t = loop.spawn(sleeper());
    co_await loop.sleep(0);
    t->cancel("stop now");
    try {
      co_await t;
    } catch (const CancelledError& e) {
      co_return e.message();
    }
    co_return "";
  };
  CHECK(loop.run_main(main()) == "stop now");
}
