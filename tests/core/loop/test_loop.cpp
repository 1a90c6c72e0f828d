// EventLoop scheduling rules, checked against what CPython 3.11 does for the
// same programs (each test names the Python it mirrors).
#include <catch2/catch.hpp>

#include "helpers.h"
#include "loop/gather.h"

using namespace ls::test;
using ls::loop::LoopMisuseError;
using ls::trace::EventKind;

namespace {

Task<void> worker(EventLoop& loop, Log& log, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    log.push_back(name + std::to_string(i));
    co_await loop.sleep(0);
  }
}

}  // namespace

TEST_CASE("a new task does not run until its creator yields, then round robin", "[loop][ordering]") {
  // create_task(worker("a",3)); create_task(worker("b",2)); sleep(0); await both.
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    auto t1 = loop.spawn(worker(loop, log, "a", 3));
    auto t2 = loop.spawn(worker(loop, log, "b", 2));
    log.push_back("main-after-create");
    co_await loop.sleep(0);
    log.push_back("main-after-yield");
    co_await t1;
    co_await t2;
    log.push_back("main-end");
  };
  loop.run_main(main());
  CHECK(log == Log{"main-after-create", "a0", "b0", "main-after-yield", "a1", "b1", "a2", "main-end"});
}

TEST_CASE("tasks are named Task-1, Task-2... in creation order unless named", "[loop][naming]") {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Task<void> {
    auto a = loop.spawn(worker(loop, log, "a", 1));
    auto b = loop.spawn(worker(loop, log, "b", 1), "fetcher");
    auto c = loop.spawn(worker(loop, log, "c", 1));
    log.push_back(loop.current_task()->name());
    log.push_back(a->name());
    log.push_back(b->name());
    log.push_back(c->name());
    co_await c;
  };
  loop.run_main(main());
  CHECK(Log(log.begin(), log.begin() + 4) == Log{"Task-1", "Task-2", "fetcher", "Task-4"});
}

TEST_CASE("callbacks added during an iteration wait for the next one", "[loop][ordering]") {
  EventLoop loop;
  Log log;
  loop.call_soon([&] {
    log.push_back("first@" + std::to_string(loop.iteration()));
    loop.call_soon([&] { log.push_back("added@" + std::to_string(loop.iteration())); });
  });
  loop.call_soon([&] { log.push_back("second@" + std::to_string(loop.iteration())); });
  loop.run();
  CHECK(log == Log{"first@1", "second@1", "added@2"});
}

TEST_CASE("timers with equal deadlines fire in the order they were scheduled", "[loop][timer]") {
  // gather(w("x",1), w("y",1), w("z",0.5), w("q",1)) -> z x y q
  EventLoop loop;
  Log log;
  auto w = [&](std::string name, double d) -> Task<void> {
    co_await loop.sleep(seconds(d));
    log.push_back(name);
  };
  auto main = [&]() -> Task<void> {
    std::vector<Task<void>> v;
    v.push_back(w("x", 1));
    v.push_back(w("y", 1));
    v.push_back(w("z", 0.5));
    v.push_back(w("q", 1));
    co_await ls::loop::gather(loop, std::move(v));
    log.push_back("done");
  };
  loop.run_main(main());
  CHECK(log == Log{"z", "x", "y", "q", "done"});
  CHECK(loop.now() == seconds(1));
}

TEST_CASE("the virtual clock jumps to the next deadline when nothing is ready", "[loop][clock]") {
  EventLoop loop;
  auto main = [&]() -> Task<ls::trace::Nanos> {
    co_await loop.sleep(seconds(2.5));
    co_return loop.now();
  };
  CHECK(loop.run_main(main()) == seconds(2.5));
}

TEST_CASE("a sleeping task resumes one iteration after its timer fires", "[loop][timer]") {
  EventLoop loop;
  std::uint64_t fired_in = 0, resumed_in = 0;
  auto main = [&]() -> Task<void> {
    co_await loop.sleep(seconds(1));
    resumed_in = loop.iteration();
  };
  loop.spawn(main());
  loop.run();
  const auto& tr = loop.trace();
  std::uint64_t iter = 0;
  for (std::size_t i = 0; i < tr.size(); ++i) {
    if (tr[i].kind == EventKind::LoopIteration) iter = static_cast<std::uint64_t>(tr[i].value);
    if (tr[i].kind == EventKind::TimerFired) fired_in = iter;
  }
  REQUIRE(fired_in > 0);
  CHECK(resumed_in == fired_in + 1);
}

TEST_CASE("asyncio.run lets the stopping iteration finish, then cancels leftovers", "[loop][run]") {
  // Two endless tickers; main yields twice and returns -> Python prints
  // tick1 tick2 tick1 tick2 main-done tick1 tick2 fin1 fin2.
  EventLoop loop;
  Log log;
  auto forever = [&](int n) -> Task<void> {
    std::exception_ptr err;
    try {
      for (;;) {
        log.push_back("tick" + std::to_string(n));
        co_await loop.sleep(0);
      }
    } catch (...) {
      err = std::current_exception();
    }
    log.push_back("fin" + std::to_string(n));
    std::rethrow_exception(err);
  };
  auto main = [&]() -> Task<void> {
    loop.spawn(forever(1));
    loop.spawn(forever(2));
    co_await loop.sleep(0);
    co_await loop.sleep(0);
    log.push_back("main-done");
  };
  loop.run_main(main());
  CHECK(log == Log{"tick1", "tick2", "tick1", "tick2", "main-done", "tick1", "tick2", "fin1", "fin2"});
  CHECK(loop.pending_tasks().empty());
}

TEST_CASE("step runs one handle at a time and reports when nothing is left", "[loop][step]") {
  EventLoop loop;
  Log log;
  loop.call_soon([&] { log.push_back("a"); });
  loop.call_soon([&] { log.push_back("b"); });
  CHECK(loop.step());
  CHECK(log == Log{"a"});
  CHECK(loop.step());
  CHECK(log == Log{"a", "b"});
  CHECK_FALSE(loop.step());
  CHECK(loop.idle());
}

TEST_CASE("run_until stops before the first timer past the limit", "[loop][step]") {
  EventLoop loop;
  Log log;
  auto w = [&](std::string name, double d) -> Task<void> {
    co_await loop.sleep(seconds(d));
    log.push_back(name + "@" + fmt_time(loop.now()));
  };
  loop.spawn(w("one", 1));
  loop.spawn(w("three", 3));
  CHECK(loop.run_until(seconds(2)));
  CHECK(log == Log{"one@1.0"});
  CHECK(loop.now() == seconds(2));
  CHECK_FALSE(loop.run_until(seconds(10)));
  CHECK(log == Log{"one@1.0", "three@3.0"});
}

TEST_CASE("running a loop inside itself is refused with a clear error", "[loop][misuse]") {
  EventLoop loop;
  std::string error;
  auto main = [&]() -> Task<void> {
    try {
      loop.run();
    } catch (const LoopMisuseError& e) {
      error = e.what();
    }
    co_return;
  };
  loop.run_main(main());
  CHECK(error == "This event loop is already running");
}

TEST_CASE("asyncio.run inside a running loop is refused", "[loop][misuse]") {
  EventLoop loop;
  std::string error;
  auto inner = []() -> Task<void> { co_return; };
  auto main = [&]() -> Task<void> {
    try {
      loop.run_main(inner());
    } catch (const LoopMisuseError& e) {
      error = e.what();
    }
    co_return;
  };
  loop.run_main(main());
  CHECK(error == "asyncio.run() cannot be called from a running event loop");
}

TEST_CASE("a task that fails with nobody awaiting it is logged as never retrieved", "[loop][misuse]") {
  EventLoop loop;
  auto bad = []() -> Task<void> {
    throw std::runtime_error("ValueError: nobody listens");
    co_return;
  };
  auto main = [&]() -> Task<void> {
    loop.spawn(bad());  // the reference is dropped at once
    co_await loop.sleep(seconds(1));
  };
  loop.run_main(main());
  REQUIRE(loop.errors().size() == 1);
  CHECK(loop.errors()[0].find("Task exception was never retrieved") == 0);
  CHECK(loop.errors()[0].find("ValueError: nobody listens") != std::string::npos);
}

TEST_CASE("a task awaiting a future nobody completes ends run_main with an error", "[loop][misuse]") {
  EventLoop loop;
  auto main = [&]() -> Task<void> {
    auto never = ls::loop::make_future<int>(loop);
    co_await never;
  };
  CHECK_THROWS_AS(loop.run_main(main()), LoopMisuseError);
}

TEST_CASE("blocking holds the loop: a timer due meanwhile fires late", "[loop][blocking]") {
  // ticker sleeps 0.1 three times; a sibling blocks 0.3 s with time.sleep:
  // CPython prints blocked, tick0 0.3, tick1 0.4, tick2 0.5.
  EventLoop loop;
  Log log;
  auto ticker = [&]() -> Task<void> {
    for (int i = 0; i < 3; ++i) {
      co_await loop.sleep(seconds(0.1));
      log.push_back("tick" + std::to_string(i) + " " + fmt_time(loop.now()));
    }
  };
  auto blocker = [&]() -> Task<void> {
    loop.block_for(seconds(0.3), "time.sleep(0.3)");
    log.push_back("blocked");
    co_return;
  };
  auto main = [&]() -> Task<void> {
    std::vector<Task<void>> v;
    v.push_back(ticker());
    v.push_back(blocker());
    co_await ls::loop::gather(loop, std::move(v));
  };
  loop.run_main(main());
  CHECK(log == Log{"blocked", "tick0 0.3", "tick1 0.4", "tick2 0.5"});
  bool saw_blocking = false;
  for (std::size_t i = 0; i < loop.trace().size(); ++i)
    if (loop.trace()[i].kind == EventKind::Blocking) {
      saw_blocking = true;
      CHECK(loop.trace()[i].value == seconds(0.3));
      CHECK(loop.trace().text_of(loop.trace()[i].text) == "time.sleep(0.3)");
    }
  CHECK(saw_blocking);
}

TEST_CASE("describe shows the ready queue in order, timers and what tasks wait on", "[loop][describe]") {
  EventLoop loop;
  auto sleeper = [&](double d) -> Task<void> { co_await loop.sleep(seconds(d)); };
  auto a = loop.spawn(sleeper(2));
  auto b = loop.spawn(sleeper(1));
  auto d0 = loop.describe();
  CHECK(d0.ready == std::vector<std::string>{"Task-1", "Task-2"});
  CHECK(d0.timers.empty());
  loop.step();
  loop.step();
  auto d1 = loop.describe();
  CHECK(d1.ready.empty());
  REQUIRE(d1.timers.size() == 2);
  CHECK(d1.timers[0].deadline == seconds(1));
  CHECK(d1.timers[1].deadline == seconds(2));
  REQUIRE(d1.waiting.size() == 2);
  CHECK(d1.waiting[0].task == "Task-1");
  CHECK(d1.waiting[0].wait == ls::trace::WaitKind::Timer);
  CHECK(d1.waiting[0].what == "sleep(2)");
  loop.run();
}

TEST_CASE("the steady clock really waits for timers", "[loop][clock]") {
  EventLoop loop(ls::loop::LoopOptions{ls::loop::ClockKind::Steady});
  auto main = [&]() -> Task<void> { co_await loop.sleep(seconds(0.05)); };
  const auto t0 = std::chrono::steady_clock::now();
  loop.run_main(main());
  const auto waited = std::chrono::steady_clock::now() - t0;
  CHECK(waited >= std::chrono::milliseconds(50));
  CHECK(loop.now() >= seconds(0.05));
}
