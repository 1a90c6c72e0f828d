#include "loop/demo.h"

#include <string>
#include <vector>

#include "loop/call_scope.h"
#include "loop/gather.h"

namespace ls::demo {

using loop::EventLoop;
using loop::Task;

namespace {

// A pretend download: it waits `secs` seconds on a timer (the network) and
// returns how many seconds it took.
Task<int> download(EventLoop& loop, int secs) {
  loop::CallScope call(loop, "download(" + std::to_string(secs) + ")");
  co_await loop.sleep(loop::seconds(secs));
  co_return secs;
}

Task<void> one_after_another(EventLoop& loop) {
  loop::CallScope call(loop, "main()");
  for (int secs = 1; secs <= 3; ++secs) co_await download(loop, secs);
}

Task<void> gathered(EventLoop& loop) {
  loop::CallScope call(loop, "main()");
  std::vector<Task<int>> downloads;
  for (int secs = 1; secs <= 3; ++secs) downloads.push_back(download(loop, secs));
  auto all = loop::gather(loop, std::move(downloads));
  const auto& kids = all->children();
  for (std::size_t i = 0; i < kids.size(); ++i)
    loop.trace().set_task_label(static_cast<loop::TaskBase*>(kids[i].get())->id(),
                                "download(" + std::to_string(i + 1) + ")");
  co_await all;
}

}  // namespace

std::unique_ptr<EventLoop> make_download_demo(Variant v) {
  auto loop = std::make_unique<EventLoop>();
  auto task = v == Variant::Sequential ? loop->spawn(one_after_another(*loop))
                                       : loop->spawn(gathered(*loop));
  loop->trace().set_task_label(task->id(), "main()");
  return loop;
}

}  // namespace ls::demo
