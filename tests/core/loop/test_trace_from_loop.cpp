// What the loop writes into its trace, and the demo's totals.
#include <catch2/catch.hpp>

#include <deque>

#include "helpers.h"
#include "loop/demo.h"

using namespace ls::test;
using ls::trace::EventKind;

TEST_CASE("the download demo takes 6 s one after another and 3 s gathered", "[demo]") {
  auto seq = ls::demo::make_download_demo(ls::demo::Variant::Sequential);
  seq->run();
  CHECK(seq->now() == seconds(6));
  auto par = ls::demo::make_download_demo(ls::demo::Variant::Gathered);
  par->run();
  CHECK(par->now() == seconds(3));
  CHECK(par->task_count() == 4);  // main plus three downloads
}

TEST_CASE("trace events are in time order with consecutive sequence numbers", "[trace][loop]") {
  auto loop = ls::demo::make_download_demo(ls::demo::Variant::Gathered);
  loop->run();
  const auto& tr = loop->trace();
  REQUIRE(tr.size() > 10);
  for (std::size_t i = 1; i < tr.size(); ++i) CHECK(tr[i].time >= tr[i - 1].time);
}

TEST_CASE("every queued task step is later popped as running, in FIFO order", "[trace][loop]") {
  auto loop = ls::demo::make_download_demo(ls::demo::Variant::Gathered);
  loop->run();
  const auto& tr = loop->trace();
  std::deque<ls::trace::TaskId> queue;
  for (std::size_t i = 0; i < tr.size(); ++i) {
    if (tr[i].kind == EventKind::Queued) queue.push_back(tr[i].task);
    if (tr[i].kind == EventKind::Running || tr[i].kind == EventKind::CallbackRun) {
      REQUIRE_FALSE(queue.empty());
      CHECK(queue.front() == tr[i].task);
      queue.pop_front();
    }
  }
  CHECK(queue.empty());
}

TEST_CASE("tracing off records nothing and changes no result", "[trace][loop]") {
  EventLoop loop(ls::loop::LoopOptions{ls::loop::ClockKind::Virtual, false});
  auto main = [&]() -> Task<int> {
    co_await loop.sleep(seconds(1));
    co_return 5;
  };
  CHECK(loop.run_main(main()) == 5);
  CHECK(loop.trace().size() == 0);
}
