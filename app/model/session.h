// What the window shows: a few runs of one lesson (for now the built-in download
// demo, "one after another" and "gathered") on one shared time axis, and the
// playhead that drives them. No GUI here; panels read it and call its actions.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/console_log.h"
#include "model/lazy_run.h"
#include "model/player.h"
#include "model/totals.h"
#include "trace/snapshot.h"

namespace ls::app {

// How to make one run, fresh each time it is asked (the session makes two: a
// throwaway one to learn the run's length, and the one it shows).
struct RunSpec {
  RunSpec() = default;
  RunSpec(std::string t, std::function<std::unique_ptr<loop::EventLoop>()> m)
      : title(std::move(t)), make(std::move(m)) {}
  RunSpec(std::string t, std::function<std::unique_ptr<RunSource>()> m)
      : title(std::move(t)), make_source(std::move(m)) {}

  std::string title;  // what the class calls this run: "gathered"
  // A native program on a loop (the demo, synthetic traces)...
  std::function<std::unique_ptr<loop::EventLoop>()> make;
  // ...or any other source (a Python program, model/python_program.h); used
  // when set.
  std::function<std::unique_ptr<RunSource>()> make_source;

  LazyRun start() const;
};

struct SessionRun {
  SessionRun(std::string t, LazyRun r) : title(std::move(t)), run(std::move(r)) {}

  std::string title;
  LazyRun run;
  ConsoleLog console;  // its Print events as lines, kept up to date by Session::sync
};

class Session {
 public:
  explicit Session(const std::vector<RunSpec>& specs);

  Player& player() { return player_; }
  const Player& player() const { return player_; }
  const std::vector<SessionRun>& runs() const { return runs_; }
  // The shared axis' extent: the longest run's total.
  trace::Nanos duration() const { return player_.duration(); }

  // Moves the playhead by `real_seconds` of wall time (if playing) and runs the
  // loops as far as the playhead now needs.
  void tick(double real_seconds);
  // Runs the programs up to the playhead after a seek or restart. A frame
  // gives each program a budget and draws what it got; screenshots and tests
  // pass RunSource::kNoBudget to get exactly the picture at the playhead.
  void sync(std::size_t budget = LazyRun::kDefaultBudget);
  // Runs every loop to its end at once (benchmarks, exports of whole runs), not
  // just as far as the playhead and a frame's budget allow.
  void finish_runs();

  // Each run's total, counted as finished once the playhead has reached it.
  std::vector<RunTotal> totals() const;

  // One loop event forward / back over every run (see model/playback.h); both
  // pause, as a debugger's step does.
  void step_forward();
  void step_back();
  // How many steps were taken: a view that keeps still while the playhead is
  // scrubbed (the code panel) follows the code when this changes.
  std::uint64_t steps_taken() const { return steps_taken_; }

  // Run `i`'s loop at the playhead: made again only when the playhead crosses an
  // event, folded on from the last one (trace::SnapshotFolder), so playing a
  // long run costs the events it passes, not a fold from the start per frame.
  const trace::LoopSnapshot& snapshot(std::size_t i) const;

 private:
  std::uint64_t steps_taken_ = 0;
  struct SnapshotCache {
    std::size_t events = static_cast<std::size_t>(-1);  // events folded into `snap`
    trace::LoopSnapshot snap;
    trace::SnapshotFolder folder;
  };

  std::vector<SessionRun> runs_;
  Player player_;
  mutable std::vector<SnapshotCache> snapshots_;
};

// The issue-2 demo: three downloads of 1, 2 and 3 s, awaited one after another,
// then gathered, each printing as it starts and ends.
std::vector<RunSpec> demo_runs();
Session make_demo_session();
// One generated run of `tasks` tasks with about 100 spans each (frame-time tests).
Session make_synthetic_session(int tasks);

}  // namespace ls::app
