// What the window shows: a few runs of one lesson (for now the built-in download
// demo, "one after another" and "gathered") on one shared time axis, and the
// playhead that drives them. No GUI here; panels read it and call its actions.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/lazy_run.h"
#include "model/player.h"
#include "model/totals.h"

namespace ls::app {

struct RunSpec {
  std::string title;  // what the class calls this run: "gathered"
  std::function<std::unique_ptr<loop::EventLoop>()> make;
};

struct SessionRun {
  std::string title;
  LazyRun run;
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
  // Runs the loops up to the playhead after a seek or restart.
  void sync();

  // Each run's total, counted as finished once the playhead has reached it.
  std::vector<RunTotal> totals() const;

 private:
  std::vector<SessionRun> runs_;
  Player player_;
};

// The issue-2 demo: three downloads of 1, 2 and 3 s, awaited one after another,
// then gathered.
std::vector<RunSpec> demo_runs();
Session make_demo_session();

}  // namespace ls::app
