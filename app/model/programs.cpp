#include "model/programs.h"

#include <string>
#include <vector>

#include "loop/call_scope.h"
#include "loop/gather.h"

namespace ls::app::programs {

namespace {

using loop::EventLoop;
using loop::Task;

// print(text): a Print event on the running task, as the interpreter will emit.
void print(EventLoop& loop, const std::string& text) {
  loop::TaskBase* t = loop.current_task();
  loop.emit(trace::EventKind::Print, t ? t->id() : 0, 0, loop.text(text + "\n"));
}

Task<int> download(EventLoop& loop, int secs) {
  const std::string name = "download(" + std::to_string(secs) + ")";
  loop::CallScope call(loop, name);
  print(loop, "start " + name);
  co_await loop.sleep(loop::seconds(secs));
  print(loop, "done  " + name + " after " + std::to_string(secs) + " s");
  co_return secs;
}

Task<void> one_after_another(EventLoop& loop) {
  loop::CallScope call(loop, "main()");
  for (int secs = 1; secs <= 3; ++secs) co_await download(loop, secs);
  print(loop, "all done");
}

Task<void> gathered(EventLoop& loop) {
  loop::CallScope call(loop, "main()");
  std::vector<Task<int>> downloads;
  for (int secs = 1; secs <= 3; ++secs) downloads.push_back(download(loop, secs));
  auto all = loop::gather(loop, std::move(downloads));
  const auto& kids = all->children();
  for (std::size_t i = 0; i < kids.size(); ++i) {
    loop.trace().set_task_label(static_cast<loop::TaskBase*>(kids[i].get())->id(),
                                "download(" + std::to_string(i + 1) + ")");
  }
  co_await all;
  print(loop, "all done");
}

Task<void> worker(EventLoop& loop, std::uint32_t seed, int sleeps) {
  loop::CallScope call(loop, "worker()");
  std::uint32_t x = seed * 2654435761u + 1u;
  for (int i = 0; i < sleeps; ++i) {
    x = x * 1664525u + 1013904223u;  // a small LCG: deterministic, no <random> state
    co_await loop.sleep(loop::seconds(0.001 * (1 + (x >> 24) % 20)));
  }
}

Task<void> spawn_workers(EventLoop& loop, int tasks, int sleeps) {
  std::vector<Task<void>> all;
  all.reserve(static_cast<std::size_t>(tasks));
  for (int i = 0; i < tasks; ++i) all.push_back(worker(loop, static_cast<std::uint32_t>(i), sleeps));
  co_await loop::gather(loop, std::move(all));
}

std::unique_ptr<EventLoop> with_main(std::unique_ptr<EventLoop> loop, Task<void> main) {
  auto task = loop->spawn(std::move(main));
  loop->trace().set_task_label(task->id(), "main()");
  return loop;
}

}  // namespace

std::unique_ptr<EventLoop> downloads_one_after_another() {
  auto loop = std::make_unique<EventLoop>();
  EventLoop& l = *loop;
  return with_main(std::move(loop), one_after_another(l));
}

std::unique_ptr<EventLoop> downloads_gathered() {
  auto loop = std::make_unique<EventLoop>();
  EventLoop& l = *loop;
  return with_main(std::move(loop), gathered(l));
}

std::unique_ptr<EventLoop> synthetic(int tasks, int sleeps) {
  loop::LoopOptions opts;
  // Roughly six events per sleep; reserved up front so tracing never reallocates.
  opts.reserve_events = static_cast<std::size_t>(tasks) * static_cast<std::size_t>(sleeps) * 6;
  auto loop = std::make_unique<EventLoop>(opts);
  EventLoop& l = *loop;
  return with_main(std::move(loop), spawn_workers(l, tasks, sleeps));
}

}  // namespace ls::app::programs
