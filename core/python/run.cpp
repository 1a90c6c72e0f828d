// run_source: the interpreter's entry point. The program runs on a thread of
// its own with a large stack, so deep (but limited) Python recursion can never
// overflow the C++ stack, even in a Debug build.
#include "python/run.h"

#include <pthread.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <functional>
#include <mutex>
#include <ostream>
#include <sstream>

#include "net/sandbox.h"
#include "net/sim_network.h"
#include "python/interpreter.h"

namespace ls::py {

namespace {

constexpr size_t kStackBytes = size_t{512} << 20;  // reserved, committed only as used

void run_on_big_stack(std::function<void()> fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  pthread_t th;
  auto* heap_fn = new std::function<void()>(std::move(fn));
  auto entry = [](void* p) -> void* {
    std::unique_ptr<std::function<void()>> f(static_cast<std::function<void()>*>(p));
    (*f)();
    return nullptr;
  };
  if (pthread_create(&th, &attr, entry, heap_fn) != 0) {
    // No thread: run here (a smaller stack, but still correct for most programs).
    pthread_attr_destroy(&attr);
    std::unique_ptr<std::function<void()>> f(heap_fn);
    (*f)();
    return;
  }
  pthread_attr_destroy(&attr);
  pthread_join(th, nullptr);
}

// The loop reports through spdlog, whose default sink is stdout: keep it quiet
// while programs own stdout (their errors are printed to `err` instead). Runs
// may overlap (the app shows several at once): the first one in turns the log
// off, the last one out restores its level.
class QuietLog {
 public:
  QuietLog() {
    std::lock_guard lock(mutex_);
    if (active_++ == 0) {
      saved_ = spdlog::get_level();
      spdlog::set_level(spdlog::level::off);
    }
  }
  ~QuietLog() {
    std::lock_guard lock(mutex_);
    if (--active_ == 0) spdlog::set_level(saved_);
  }
  QuietLog(const QuietLog&) = delete;
  QuietLog& operator=(const QuietLog&) = delete;

 private:
  static inline std::mutex mutex_;
  static inline int active_ = 0;
  static inline spdlog::level::level_enum saved_ = spdlog::level::info;
};

// The tasks the program made: task_count() also counts the two numbers
// asyncio.run's shutdown uses up without making tasks the program could see.
std::size_t tasks_created(const loop::EventLoop& loop) {
  if (!loop.tracing()) return loop.task_count();
  const trace::Trace& tr = loop.trace();
  std::size_t n = 0;
  for (std::size_t i = 0; i < tr.size(); ++i) n += tr[i].kind == trace::EventKind::TaskCreated;
  return n;
}

void run_inside(const std::string& file_name, std::string text, const RunOptions& opts, std::ostream& out,
                std::ostream& err, RunResult& result) {
  ParseResult parsed = parse_program(file_name, std::move(text));
  if (!parsed.ok()) {
    err << parsed.error->to_python() << "\n";
    result.exit_code = 1;
    return;
  }
  loop::LoopOptions lo;
  lo.clock = opts.clock;
  lo.tracing = opts.tracing;
  lo.pace = opts.pace;
  // The sandbox first: a folder that cannot be made or found stops the run
  // before anything of the program has happened.
  std::optional<net::Sandbox> sandbox;
  try {
    sandbox.emplace(opts.sandbox.empty() ? net::Sandbox::create("run") : net::Sandbox::adopt(opts.sandbox));
  } catch (const std::exception& e) {
    err << "loopscope: cannot use the sandbox folder '" << opts.sandbox << "': " << e.what() << "\n";
    result.exit_code = 2;
    return;
  }
  auto loop = std::make_unique<loop::EventLoop>(lo);
  if (opts.on_loop) opts.on_loop(*loop);
  // Declared after the loop so it goes first (it cancels its timers on the loop).
  auto network = std::make_unique<net::SimNetwork>(*loop, opts.network.value_or(net::NetworkProfile{}));
  InterpOptions io;
  io.cpu_ns_per_statement = opts.cpu_ns_per_statement;
  io.cpu_block_threshold = opts.cpu_block_threshold;
  io.time_limit_s = opts.time_limit_s;
  io.recursion_limit = opts.recursion_limit;
  io.random_seed = opts.random_seed;
  io.stop = opts.stop;
  auto I = std::make_unique<Interp>(*parsed.program, *loop, io, out, err);
  I->network = network.get();
  I->sandbox = &*sandbox;
  Memory::limit = opts.memory_limit;
  try {
    result.exit_code = I->run_module();
  } catch (const RunAborted& e) {
    I->flush_output();
    err << "loopscope: " << e.what() << "\n";
    result.exit_code = 1;
    result.time_limit_exceeded = true;
  }
  I->flush_output();
  // Drop the program's values first: tasks nobody looked at report their
  // exceptions now, as CPython does when they are garbage-collected.
  I->clear();
  I.reset();
  network.reset();
  for (const std::string& e : loop->errors()) err << e << "\n";
  result.elapsed = loop->now();
  result.tasks = tasks_created(*loop);
  if (loop->pending_tasks().empty()) result.loop = std::move(loop);
  err.flush();
}

}  // namespace

RunResult run_source(const std::string& file_name, std::string text, const RunOptions& opts, std::ostream& out,
                     std::ostream& err) {
  RunResult result;
  QuietLog quiet;
  run_on_big_stack([&] { run_inside(file_name, std::move(text), opts, out, err, result); });
  return result;
}

RunResult run_file(const std::string& path, const RunOptions& opts, std::ostream& out, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "loopscope: can't open file '" << path << "': [Errno 2] No such file or directory\n";
    RunResult r;
    r.exit_code = 2;
    return r;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return run_source(path, ss.str(), opts, out, err);
}

}  // namespace ls::py
