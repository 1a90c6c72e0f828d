// `loopscope demo`: the two download runs without a window.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "model/exports.h"
#include "model/session.h"
#include "trace/export.h"

namespace ls::app {

int run_demo(const DemoOptions& opts) {
  std::vector<SessionRun> runs;
  for (const RunSpec& spec : demo_runs()) {
    runs.push_back({spec.title, spec.start()});
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
