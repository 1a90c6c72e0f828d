#include "model/session.h"

#include <algorithm>

#include "loop/demo.h"

namespace ls::app {

namespace {

// The axis and the playhead's end must be known before anything plays, or the view
// would rescale under the class' eyes. A throwaway copy of each run, taken to the
// end in virtual time (microseconds of work), tells us its length.
trace::Nanos dry_run_length(const RunSpec& spec) {
  LazyRun probe(spec.make());
  probe.run_to_end();
  return probe.total();
}

}  // namespace

Session::Session(const std::vector<RunSpec>& specs) {
  trace::Nanos longest = 0;
  runs_.reserve(specs.size());
  for (const RunSpec& spec : specs) {
    longest = std::max(longest, dry_run_length(spec));
    runs_.push_back({spec.title, LazyRun(spec.make())});
  }
  player_.set_duration(longest);
  sync();
}

void Session::tick(double real_seconds) {
  player_.advance(real_seconds);
  sync();
}

void Session::sync() {
  for (SessionRun& r : runs_) r.run.advance_to(player_.position());
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
  using demo::Variant;
  return {
      {"one after another", [] { return demo::make_download_demo(Variant::Sequential); }},
      {"gathered", [] { return demo::make_download_demo(Variant::Gathered); }},
  };
}

Session make_demo_session() { return Session(demo_runs()); }

}  // namespace ls::app
