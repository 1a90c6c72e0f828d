// to_thread: blocking work on a worker thread, the result back on the loop.
#include <catch2/catch.hpp>

#include <thread>

#include "helpers.h"
#include "loop/gather.h"

using namespace ls::test;

TEST_CASE("to_thread runs work on another thread and resumes the task on the loop thread", "[threads]") {
  EventLoop loop;
  const auto loop_thread = std::this_thread::get_id();
  std::thread::id worker_id, resumed_on;
  auto main = [&]() -> Task<int> {
    int r = co_await loop.to_thread([&] {
      worker_id = std::this_thread::get_id();
      return 21 * 2;
    });
    resumed_on = std::this_thread::get_id();
    co_return r;
  };
  CHECK(loop.run_main(main()) == 42);
  CHECK(worker_id != loop_thread);
  CHECK(resumed_on == loop_thread);
}

TEST_CASE("an exception on a worker thread reaches the awaiting task", "[threads]") {
  EventLoop loop;
  auto main = [&]() -> Task<std::string> {
    try {
      co_await loop.to_thread([]() -> int { throw std::runtime_error("OSError: disk"); });
    } catch (const std::runtime_error& e) {
      co_return e.what();
    }
    co_return "";
  };
  CHECK(loop.run_main(main()) == "OSError: disk");
}

TEST_CASE("other tasks keep running while a thread works", "[threads]") {
  EventLoop loop(ls::loop::LoopOptions{ls::loop::ClockKind::Steady});
  Log log;
  auto main = [&]() -> Task<void> {
    auto ticker = [&]() -> Task<void> {
      for (int i = 0; i < 3; ++i) {
        co_await loop.sleep(seconds(0.01));
        log.push_back("tick");
      }
    };
    auto t = loop.spawn(ticker());
    co_await loop.to_thread([] {
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
      return 0;
    });
    log.push_back("thread done");
    co_await t;
  };
  loop.run_main(main());
  CHECK(log == Log{"tick", "tick", "tick", "thread done"});
}
