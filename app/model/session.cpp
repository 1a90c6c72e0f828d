#include "model/session.h"

#include <algorithm>

#include "model/playback.h"
#include "model/programs.h"

namespace ls::app {

namespace {

// The axis and the playhead's end must be known before anything plays, or the view
// would rescale under the class' eyes. A throwaway copy of each run, taken to the
// end in virtual time (microseconds of work), tells us its length.
trace::Nanos dry_run_length(const RunSpec& spec) {
  LazyRun probe = spec.start();
  probe.run_to_end();
  return probe.total();
}

}  // namespace

LazyRun RunSpec::start() const {
  if (make_source) return LazyRun(make_source());
  return LazyRun(make());
}

Session::Session(const std::vector<RunSpec>& specs) {
  trace::Nanos longest = 0;
  runs_.reserve(specs.size());
  for (const RunSpec& spec : specs) {
    longest = std::max(longest, dry_run_length(spec));
    runs_.emplace_back(spec.title, spec.start());
  }
  snapshots_.resize(runs_.size());
  player_.set_duration(longest);
  sync();
}

void Session::tick(double real_seconds) {
  player_.advance(real_seconds);
  sync();
}

void Session::sync(std::size_t budget) {
  for (SessionRun& r : runs_) {
    r.run.advance_to(player_.position(), budget);
    r.console.update(r.run.trace());
  }
}

void Session::finish_runs() {
  for (SessionRun& r : runs_) {
    r.run.run_to_end();
    r.console.update(r.run.trace());
  }
}

void Session::step_forward() {
  ++steps_taken_;
  // After a full sync each unfinished program has run one step past the
  // playhead, so the next event of every run is already in its trace.
  sync(RunSource::kNoBudget);
  std::vector<const trace::Trace*> traces;
  for (const SessionRun& r : runs_) traces.push_back(&r.run.trace());
  player_.pause();
  player_.seek(next_event_time(traces, player_.position(), player_.duration()));
  sync(RunSource::kNoBudget);
}

void Session::step_back() {
  ++steps_taken_;
  std::vector<const trace::Trace*> traces;
  for (const SessionRun& r : runs_) traces.push_back(&r.run.trace());
  player_.pause();
  player_.seek(prev_event_time(traces, player_.position()));
  sync(RunSource::kNoBudget);
}

const trace::LoopSnapshot& Session::snapshot(std::size_t i) const {
  const trace::Trace& tr = runs_.at(i).run.trace();
  // The number of events at or before the playhead: the snapshot's identity.
  std::size_t lo = 0, hi = tr.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (tr[mid].time <= player_.position()) lo = mid + 1; else hi = mid;
  }
  SnapshotCache& c = snapshots_[i];
  if (c.events != lo) {
    c.snap = c.folder.at_event(tr, lo);
    c.events = lo;
  }
  return c.snap;
}

std::vector<RunTotal> Session::totals() const {
  std::vector<RunTotal> out;
  for (const SessionRun& r : runs_) {
    const bool reached = r.run.finished() && player_.position() >= r.run.total();
    out.push_back({r.title, r.run.total(), reached});
  }
  return out;
}

std::vector<RunSpec> demo_runs() {
  return {
      {"one after another", [] { return programs::downloads_one_after_another(); }},
      {"gathered", [] { return programs::downloads_gathered(); }},
  };
}

Session make_demo_session() { return Session(demo_runs()); }

Session make_synthetic_session(int tasks) {
  return Session({{std::to_string(tasks) + " tasks", [tasks] { return programs::synthetic(tasks); }}});
}

}  // namespace ls::app
