#include "model/lesson_runs.h"

#include <sstream>
#include <stdexcept>

#include "python/run.h"

namespace ls::app {

// Until python_program.h (a run the playhead advances lazily) is on main, the
// program is interpreted to its end when the run is made, and the Session plays
// back the finished trace. Output goes to the trace's Print events only.
RunSpec lesson_run_spec(const lesson::Lesson&, const lesson::Variant& variant,
                        const std::string& source) {
  const std::string path = variant.path;
  return {variant.name, [path, source] {
            std::ostringstream out, err;
            py::RunResult r = py::run_source(path, source, py::RunOptions{}, out, err);
            if (!r.loop) throw std::runtime_error(path + ": " + err.str());
            return std::move(r.loop);
          }};
}

}  // namespace ls::app
