// Benchmarks of the core event loop against a bare FIFO of coroutine handles.
//
// core.switch_ns         ns per task switch: 100,000 tasks x 10 sleep(0), tracing off
// core.switch_traced_ns  the same with tracing on (trace reserved ahead)
// core.bare_switch_ns    the same work on a bare std::deque of coroutine handles
// core.task_bytes        bytes per task parked on a timer beyond its coroutine frame
#include <coroutine>
#include <cstdlib>
#include <deque>
#include <new>

#include "bench_util.h"
#include "loop/loop.h"

namespace ls::bench {

using loop::EventLoop;
using loop::Task;

constexpr int kTasks = 100'000;
constexpr int kSwitches = 10;

// ---- the practical limit: a bare FIFO of coroutine handles ------------------

struct BareTask {
  struct promise_type {
    BareTask get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};

struct BareYield {
  std::deque<std::coroutine_handle<>>* fifo;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { fifo->push_back(h); }
  void await_resume() const noexcept {}
};

BareTask bare_worker(std::deque<std::coroutine_handle<>>* fifo) {
  for (int i = 0; i < kSwitches; ++i) co_await BareYield{fifo};
}

double bare_switch_ns() {
  std::deque<std::coroutine_handle<>> fifo;
  std::vector<BareTask> tasks;
  tasks.reserve(kTasks);
  for (int i = 0; i < kTasks; ++i) {
    tasks.push_back(bare_worker(&fifo));
    fifo.push_back(tasks.back().h);
  }
  // The same work as the loop does: run every task to its end and free it.
  const auto t0 = std::chrono::steady_clock::now();
  while (!fifo.empty()) {
    auto h = fifo.front();
    fifo.pop_front();
    h.resume();
    if (h.done()) h.destroy();
  }
  const double s = seconds_since(t0);
  return s * 1e9 / (double(kTasks) * kSwitches);
}

// ---- the real loop ------------------------------------------------------------

Task<void> yielder(EventLoop& loop) {
  for (int i = 0; i < kSwitches; ++i) co_await loop.sleep(0);
}

double loop_switch_ns(bool tracing) {
  loop::LoopOptions opts;
  opts.tracing = tracing;
  opts.reserve_events = tracing ? std::size_t(kTasks) * (2 * kSwitches + 8) : 0;
  EventLoop loop(opts);
  for (int i = 0; i < kTasks; ++i) loop.spawn(yielder(loop));
  // Run the tasks' first steps (which include start-up) before timing.
  for (int i = 0; i < kTasks; ++i) loop.step();
  const auto t0 = std::chrono::steady_clock::now();
  loop.run();
  const double s = seconds_since(t0);
  return s * 1e9 / (double(kTasks) * kSwitches);
}

// ---- memory per parked task -----------------------------------------------------

// Counts bytes allocated while `counting` is set: used to learn the exact size
// of one coroutine frame (calling a coroutine allocates only its frame).
static bool counting = false;
static std::size_t counted = 0;

Task<void> parked(EventLoop& loop) { co_await loop.sleep(loop::seconds(1000)); }

double task_bytes() {
  constexpr int kParked = 1'000'000;
  loop::LoopOptions opts;
  opts.tracing = false;
  EventLoop loop(opts);
  counting = true;
  counted = 0;
  { auto probe = parked(loop); }
  counting = false;
  const double frame = double(counted);

  const long before = rss_bytes();
  for (int i = 0; i < kParked; ++i) loop.spawn(parked(loop));
  loop.run_until(loop::seconds(1));  // every task is now parked on its timer
  const long after = rss_bytes();
  const double per_task = double(after - before) / kParked;
  std::printf("core.task_frame_bytes %.0f\n", frame);
  return per_task - frame;
}

int run_core_benchmarks() {
  // Rounds interleave the three measurements so that load from other processes
  // on a shared machine hits all of them alike; the ratios are the medians of
  // each round's own ratio.
  constexpr int kRounds = 7;
  std::vector<double> bare, plain, traced, plain_ratio, traced_ratio;
  for (int r = 0; r < kRounds; ++r) {
    bare.push_back(bare_switch_ns());
    plain.push_back(loop_switch_ns(false));
    traced.push_back(loop_switch_ns(true));
    plain_ratio.push_back(plain.back() / bare.back());
    traced_ratio.push_back(traced.back() / bare.back());
  }
  report("core.bare_switch_ns", median(bare));
  report("core.switch_ns", median(plain));
  report("core.switch_traced_ns", median(traced));
  const double pr = median(plain_ratio), tr = median(traced_ratio);
  report("core.switch_vs_bare", pr);
  report("core.traced_vs_bare", tr);
  const double bytes = task_bytes();
  report("core.task_bytes", bytes);
  const bool ok = pr <= 3 && tr <= 6 && bytes <= 256;
  std::printf("core.targets %s (switch <= 3x bare, traced <= 6x bare, task_bytes <= 256)\n",
              ok ? "met" : "MISSED");
  return ok ? 0 : 1;
}

}  // namespace ls::bench

void* operator new(std::size_t n) {
  if (ls::bench::counting) ls::bench::counted += n;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
