#include "model/exports.h"

#include <ctime>

#include "trace/export.h"

namespace ls::app {

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
      // Flow ids count from 1 in every run: kept apart per run, so an arrow
      // never joins the blocking run to the async one.
      if (e.contains("id") && e["id"].is_number()) {
        e["id"] = (static_cast<std::uint64_t>(pid) << 32) + e["id"].get<std::uint64_t>();
      }
      events.push_back(std::move(e));
    }
    ++pid;
  }
  return {{"traceEvents", std::move(events)}, {"displayTimeUnit", "ms"}};
}

std::string session_text_timeline(const Session& session) {
  std::string out;
  for (const SessionRun& r : session.runs()) {
    trace::TextTimelineOptions t;
    t.title = r.title;
    out += trace::to_text_timeline(r.run.trace(), t) + "\n";
  }
  return out + totals_line(session.totals()) + "\n";
}

std::string export_stem() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "loopscope-%Y%m%d-%H%M%S", &tm);
  return buf;
}

}  // namespace ls::app
