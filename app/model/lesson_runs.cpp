#include "model/lesson_runs.h"

#include <sstream>
#include <stdexcept>

#include "lesson/network_spec.h"
#include "net/profile.h"
#include "python/run.h"

namespace ls::app {

// Until python_program.h (a run the playhead advances lazily) is on main, the
// program is interpreted to its end when the run is made, and the Session plays
// back the finished trace. Output goes to the trace's Print events only.
RunSpec lesson_run_spec(const lesson::Lesson& lesson, const lesson::Variant& variant,
                        const std::string& source) {
  const std::string path = variant.path;
  // The lesson's network.json is what its requests/aiohttp programs talk to.
  const std::string profile = lesson.network ? lesson::to_net_profile_json(*lesson.network) : std::string();
  return {variant.name, [path, source, profile] {
            py::RunOptions opts;
            // A ProfileError escapes like a failed run (the caller reports it).
            if (!profile.empty()) opts.network = net::NetworkProfile::parse(profile, "network.json");
            std::ostringstream out, err;
            py::RunResult r = py::run_source(path, source, opts, out, err);
            if (!r.loop) throw std::runtime_error(path + ": " + err.str());
            return std::move(r.loop);
          }};
}

}  // namespace ls::app
