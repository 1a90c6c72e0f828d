// Running a Python program headless: parse, run on a fresh EventLoop, report.
//
//   ls::py::RunOptions opts;                      // virtual clock, 30 s limit
//   ls::py::RunResult r = ls::py::run_file("main.py", opts, std::cout, std::cerr);
//   if (r.loop) std::string json = ls::trace::to_chrome_json(r.loop->trace());
//   return r.exit_code;
//
// `out` receives exactly what the program prints. `err` receives what CPython
// would print on stderr: tracebacks, "Task exception was never retrieved",
// SyntaxErrors (CPython's layout), and Loopscope's own limit messages.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "loop/loop.h"
#include "net/profile.h"

namespace ls::py {

struct RunOptions {
  loop::ClockKind clock = loop::ClockKind::Virtual;
  double time_limit_s = 30.0;                  // wall clock; the run stops past it
  trace::Nanos cpu_ns_per_statement = 1000;    // virtual CPU time per statement
  trace::Nanos cpu_block_threshold = 1000000;  // longer runs without an await show as blocking
  int64_t memory_limit = int64_t{1} << 30;     // MemoryError past this many bytes of values
  int recursion_limit = 1000;                  // RecursionError past this call depth
  bool tracing = true;                         // record the trace (timeline, --trace-json)
  uint64_t random_seed = 20240601;
  // The simulated internet requests/aiohttp talk to; nullopt: issue 3's
  // defaults (every http(s) URL answers 200 after 100 ms plus its size at 1 MB/s).
  std::optional<net::NetworkProfile> network;
  // The folder open() and aiofiles work in. Empty: a fresh folder under
  // $TMPDIR/loopscope-runs/ made for this run and removed after it. A folder
  // given here belongs to the caller: it must exist and is never removed.
  std::string sandbox;
  // For a run driven from another thread (python/program_run.h); unset otherwise.
  // pace: called before the virtual clock moves forward, may block (LoopOptions).
  std::function<void(trace::Nanos next)> pace = nullptr;
  // on_loop: called once with the loop, before the program's first statement.
  std::function<void(loop::EventLoop&)> on_loop = nullptr;
  // stop: when it becomes true the program stops within a few statements, as
  // with the time limit (RunResult::time_limit_exceeded is set).
  const std::atomic<bool>* stop = nullptr;
};

// Exit codes: 0 success, 1 uncaught exception / SyntaxError / limit exceeded,
// or the code passed to sys.exit()/exit().
struct RunResult {
  int exit_code = 0;
  // The loop the program ran on, with its trace; kept when the run finished
  // (null when the file could not be read or parsed).
  std::unique_ptr<loop::EventLoop> loop;
  trace::Nanos elapsed = 0;  // the loop's clock at the end
  std::size_t tasks = 0;     // tasks the program created (asyncio.run's main task included)
  bool time_limit_exceeded = false;
};

RunResult run_source(const std::string& file_name, std::string text, const RunOptions& opts,
                     std::ostream& out, std::ostream& err);
RunResult run_file(const std::string& path, const RunOptions& opts, std::ostream& out,
                   std::ostream& err);

}  // namespace ls::py
