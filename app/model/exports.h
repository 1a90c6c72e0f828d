// The exports a teacher takes away, built from the session's recorded traces (no
// GUI here; the PNG is read back from the screen by the app itself).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/session.h"

namespace ls::app {

// Every run in one Chrome trace: one process per run, named after it and sorted in
// the app's order, so Perfetto shows "one after another" above "gathered".
nlohmann::json merged_chrome_trace(const std::vector<SessionRun>& runs);
// Each run's text timeline under its title, then the totals line.
std::string session_text_timeline(const Session& session);

// A file name stem for exports made now: "loopscope-20240131-142501".
std::string export_stem();

}  // namespace ls::app
