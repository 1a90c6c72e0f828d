// `loopscope demo`: the two download runs without a window.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "model/session.h"
#include "trace/export.h"

namespace ls::app {

namespace {

// Both runs in one Chrome trace: one process per run, named after it, so Perfetto
// shows "one after another" above "gathered" as the app does.
nlohmann::json merged_chrome_trace(const std::vector<SessionRun>& runs) {
  nlohmann::json events = nlohmann::json::array();
  int pid = 1;
  for (const SessionRun& r : runs) {
    nlohmann::json one = nlohmann::json::parse(trace::to_chrome_json(r.run.trace()));
    events.push_back({{"ph", "M"}, {"name", "process_name"}, {"pid", pid}, {"tid", 0},
                      {"args", {{"name", r.title}}}});
    events.push_back({{"ph", "M"}, {"name", "process_sort_index"}, {"pid", pid}, {"tid", 0},
                      {"args", {{"sort_index", pid}}}});
    for (auto& e : one["traceEvents"]) {
      e["pid"] = pid;
      events.push_back(std::move(e));
    }
    ++pid;
  }
  return {{"traceEvents", std::move(events)}, {"displayTimeUnit", "ms"}};
}

}  // namespace

int run_demo(const DemoOptions& opts) {
  std::vector<SessionRun> runs;
  for (const RunSpec& spec : demo_runs()) {
    runs.push_back({spec.title, LazyRun(spec.make())});
    runs.back().run.run_to_end();
  }
  std::vector<RunTotal> totals;
  for (const SessionRun& r : runs) totals.push_back({r.title, r.run.total(), true});

  if (opts.timeline) {
    for (const SessionRun& r : runs) {
      trace::TextTimelineOptions t;
      t.title = r.title;
      std::cout << trace::to_text_timeline(r.run.trace(), t) << '\n';
    }
  }
  std::cout << totals_line(totals) << '\n';

  if (!opts.trace_json.empty()) {
    std::ofstream out(opts.trace_json);
    out << merged_chrome_trace(runs).dump() << '\n';
    if (!out) {
      std::cerr << "loopscope: cannot write " << opts.trace_json << '\n';
      return 1;
    }
  }
  return 0;
}

}  // namespace ls::app
