#include "model/lesson_runs.h"

#include "model/python_program.h"

namespace ls::app {

// The program really runs on the core loop, advanced lazily as the playhead
// moves (model/python_program.h), on the lesson's simulated network.
RunSpec lesson_run_spec(const lesson::Lesson& lesson, const lesson::Variant& variant,
                        const std::string& source) {
  return python_run_spec(variant.name, variant.path, source, &lesson);
}

}  // namespace ls::app
