// A Python program that runs while someone watches: the program runs on a thread
// of its own (run_source's), and a gate holds it whenever its virtual clock would
// move past the point the watcher has allowed. The app moves that point with the
// playhead, so the coroutines really run as the animation reaches them
// (DESIGN.md, "The data path"), and the trace grows under the reader's eyes.
//
//   ProgramRun run("async.py", text, opts);  // parked at time 0
//   run.advance_to(seconds(1.5), 20ms);      // runs what happens up to 1.5 s
//   draw(*run.trace());                      // safe while the program runs
//
// Thread states: running (between gates) -> parked (waiting at the gate for the
// allowed time to pass `next`) -> running ... -> done. Once released
// (run_to_end, or the destructor), the gate never holds it again.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

#include "python/run.h"

namespace ls::py {

struct WatchLimits {
  // Wall-clock seconds the program may compute, not counting time held at the
  // gate (the run's own time_limit_s would count the class watching).
  double compute_s = 10.0;
  // Virtual seconds after which the run is stopped: a program that sleeps in a
  // loop forever must still end, so its length is known.
  double virtual_s = 600.0;
};

class ProgramRun {
 public:
  // Starts the program; returns once its loop exists (or it failed to parse).
  // opts.pace, opts.on_loop and opts.stop are the run's own and are replaced.
  ProgramRun(std::string file_name, std::string text, RunOptions opts, WatchLimits limits = {});
  // Stops a program still running (within a few statements) and waits for it.
  ~ProgramRun();
  ProgramRun(const ProgramRun&) = delete;
  ProgramRun& operator=(const ProgramRun&) = delete;

  // Lets the program run until its clock would pass `t`, and waits up to
  // `max_wait` for it to get there. True when it is held at the gate past `t`
  // or finished; false when it is still computing (the caller draws what the
  // trace holds so far and asks again next frame).
  bool advance_to(trace::Nanos t, std::chrono::milliseconds max_wait);
  // Releases the gate for good and waits for the end.
  void run_to_end();

  bool finished() const;
  // While held at the gate: the time the program waits to move its clock to
  // (its next event is there or later); else 0.
  trace::Nanos waiting_for() const;
  // The program's clock: where it is held, or where it ended.
  trace::Nanos now() const;
  // The run's trace, null when the program could not be parsed. It outlives
  // the program's loop, and may be read while the program runs.
  const trace::Trace* trace() const { return trace_.get(); }

  // Valid once finished().
  int exit_code() const;
  std::string output() const;  // what it printed on stdout
  std::string errors() const;  // stderr: tracebacks, SyntaxError, limit messages
  // Why the run was stopped early ("" when it was not).
  std::string stopped_because() const;

 private:
  // On the program's thread, before its virtual clock moves to `next`.
  void pace(trace::Nanos next);
  void body(std::string file_name, std::string text, RunOptions opts);

  WatchLimits limits_;
  mutable std::mutex m_;
  std::condition_variable cv_;
  // Guarded by m_.
  trace::Nanos allowed_ = 0;  // the gate lets the clock reach this
  trace::Nanos next_ = 0;     // while parked: the time the program waits to move to
  bool parked_ = false;
  bool released_ = false;  // the gate is open for good
  bool started_ = false;   // the loop exists (or the run ended before it did)
  bool done_ = false;
  int exit_code_ = 0;
  std::string stopped_because_;
  std::shared_ptr<const trace::Trace> trace_;

  loop::EventLoop* loop_ = nullptr;  // the program's thread reads it, in pace()
  std::atomic<bool> stop_{false};
  std::atomic<trace::Nanos> now_{0};
  // Compute time, on the program's thread only.
  std::chrono::steady_clock::duration computed_{};
  std::chrono::steady_clock::time_point resumed_;
  std::ostringstream out_, err_;  // written by the program's thread until done_
  std::thread thread_;
};

}  // namespace ls::py
