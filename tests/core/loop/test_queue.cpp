// asyncio.Queue: bounded put waits, get waits, join/task_done.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "loop/queue.h"

using namespace ls::test;

TEST_CASE("a bounded queue makes the producer wait for the consumer", "[queue]") {
  // Python (maxsize=2, 4 items + None, consumer sleeps 1 per item):
  // put0 put1 got0 put2 got1 put3 got2 got3 joined
  EventLoop loop;
  Log log;
  ls::loop::Queue<int> q(loop, 2);
  auto consumer = [&]() -> Task<void> {
    for (;;) {
      int item = co_await q.get();
      if (item < 0) {
        q.task_done();
        break;
      }
      log.push_back("got" + std::to_string(item));
      co_await loop.sleep(seconds(1));
      q.task_done();
    }
  };
  auto main = [&]() -> Task<void> {
    auto c = loop.spawn(consumer());
    for (int i = 0; i < 4; ++i) {
      co_await q.put(i);
      log.push_back("put" + std::to_string(i));
    }
    co_await q.put(-1);
    co_await q.join();
    log.push_back("joined");
    co_await c;
  };
  loop.run_main(main());
  CHECK(log == Log{"put0", "put1", "got0", "put2", "got1", "put3", "got2", "got3", "joined"});
  CHECK(loop.now() == seconds(4));
}

TEST_CASE("get_nowait on an empty queue and put_nowait on a full one raise", "[queue]") {
  EventLoop loop;
  ls::loop::Queue<int> q(loop, 1);
  CHECK_THROWS_AS(q.get_nowait(), ls::loop::QueueEmpty);
  q.put_nowait(1);
  CHECK(q.full());
  CHECK_THROWS_AS(q.put_nowait(2), ls::loop::QueueFull);
  CHECK(q.get_nowait() == 1);
  q.task_done();
  CHECK_THROWS_AS(q.task_done(), std::invalid_argument);
}

TEST_CASE("getters are served in the order they started waiting", "[queue][ordering]") {
  EventLoop loop;
  Log log;
  ls::loop::Queue<std::string> q(loop);
  auto getter = [&](std::string name) -> Task<void> {
    auto item = co_await q.get();
    log.push_back(name + ":" + item);
  };
  auto main = [&]() -> Task<void> {
    auto a = loop.spawn(getter("a"));
    auto b = loop.spawn(getter("b"));
    co_await loop.sleep(seconds(1));
    q.put_nowait("x");
    q.put_nowait("y");
    co_await a;
    co_await b;
  };
  loop.run_main(main());
  CHECK(log == Log{"a:x", "b:y"});
}
