// The code panel's model under load: indexing a 100k-event trace of a real
// interpreted run, the per-frame query of every task's line, and colouring.
//   code.trace_events        events in the generated run's trace
//   code.index_ms            indexing the whole trace once (it grows by frames in the app)
//   code.markers_us          one frame's query: every live task's line at a time t
//   code.colour_lesson_us    colouring a lesson-sized program (40 lines)
//   code.colour_2k_lines_ms  colouring a 2,000-line program (a long paste)
#include <sstream>
#include <string>

#include "bench_util.h"
#include "model/code_colour.h"
#include "model/code_lines.h"
#include "python/run.h"
#include "trace/timeline.h"

namespace ls::bench {

namespace {

// 1,000 tasks sleeping 20 times each: about 100,000 trace events.
constexpr const char* kWorkers =
    "import asyncio\n"
    "\n"
    "async def worker(i):\n"
    "    for k in range(20):\n"
    "        await asyncio.sleep(0.001 * (1 + (i * 7 + k) % 5))\n"
    "\n"
    "async def main():\n"
    "    await asyncio.gather(*[worker(i) for i in range(1000)])\n"
    "\n"
    "asyncio.run(main())\n";

constexpr const char* kLessonish =
    "# The same three requests as coroutines, handed to gather together.\n"
    "import asyncio\n"
    "import time\n"
    "\n"
    "\n"
    "async def fetch_data(url):\n"
    "    await asyncio.sleep(2)  # stands in for the time the server takes to answer\n"
    "    return f\"data from {url}\"\n"
    "\n"
    "\n"
    "async def main():\n"
    "    start = time.perf_counter()\n"
    "    urls = [\n"
    "        \"https://api.example.com/data1\",\n"
    "        \"https://api.example.com/data2\",\n"
    "        \"https://api.example.com/data3\",\n"
    "    ]\n"
    "    results = await asyncio.gather(*[fetch_data(url) for url in urls])\n"
    "    for result in results:\n"
    "        print(result)\n"
    "    print(f\"total: {time.perf_counter() - start:.1f} s\")\n"
    "\n"
    "\n"
    "asyncio.run(main())\n";

}  // namespace

int run_code_benchmarks() {
  std::ostringstream out, err;
  py::RunOptions opts;
  const py::RunResult r = py::run_source("workers.py", kWorkers, opts, out, err);
  if (!r.loop) {
    std::fprintf(stderr, "code bench: the program did not run:\n%s", err.str().c_str());
    return 1;
  }
  const trace::Trace& trace = r.loop->trace();
  const trace::Timeline timeline = trace::Timeline::fold(trace);
  report("code.trace_events", static_cast<double>(trace.size()));

  report("code.index_ms", median_of(7, [&] {
           const auto t0 = std::chrono::steady_clock::now();
           app::TaskLineIndex index("workers.py");
           index.update(trace);
           return seconds_since(t0) * 1e3;
         }));

  app::TaskLineIndex index("workers.py");
  index.update(trace);
  const trace::Nanos end = timeline.end_time();
  std::size_t shown = 0;
  report("code.markers_us", median_of(7, [&] {
           // 120 frames across the run, as playing it would ask.
           const auto t0 = std::chrono::steady_clock::now();
           for (int f = 0; f < 120; ++f) shown += index.at(end * f / 120, &timeline).size();
           return seconds_since(t0) * 1e6 / 120.0;
         }));
  report("code.markers_per_frame", static_cast<double>(shown) / (7.0 * 120.0));

  report("code.colour_lesson_us", median_of(7, [&] {
           const auto t0 = std::chrono::steady_clock::now();
           for (int i = 0; i < 100; ++i) app::colour_program(kLessonish);
           return seconds_since(t0) * 1e6 / 100.0;
         }));
  std::string big;
  for (int i = 0; i < 2000 / 24 + 1; ++i) big += kLessonish;
  report("code.colour_2k_lines_ms", median_of(7, [&] {
           const auto t0 = std::chrono::steady_clock::now();
           app::colour_program(big);
           return seconds_since(t0) * 1e3;
         }));
  return 0;
}

}  // namespace ls::bench
