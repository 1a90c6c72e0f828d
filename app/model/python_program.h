// A lesson's Python program as a run the app shows: really interpreted on the
// core loop (core/python), on a thread of its own held at the playhead, so its
// coroutines run as the animation reaches them.
#pragma once

#include <memory>
#include <string>

#include "model/run_source.h"
#include "model/session.h"
#include "python/program_run.h"

namespace ls::lesson {
struct Lesson;
struct Variant;
}

namespace ls::app {

class PythonSource final : public RunSource {
 public:
  PythonSource(std::string path, std::string source, py::RunOptions opts);
  bool advance_to(trace::Nanos t, std::size_t budget) override;
  void run_to_end() override { run_.run_to_end(); }
  bool finished() const override { return run_.finished(); }
  trace::Nanos now() const override { return run_.now(); }
  const trace::Trace& trace() const override;
  std::string errors() const override;

 private:
  py::ProgramRun run_;
  trace::Trace empty_;  // the trace of a program that did not parse
};

// A run of `source` (the text of the program at `path`, maybe edited) titled
// `title`, with the lesson's network; lesson may be null.
RunSpec python_run_spec(std::string title, std::string path, std::string source,
                        const lesson::Lesson* lesson);

// The run of `variant` of `lesson` with the program text `source` (the file's,
// or an edit of it): titled with the variant's name, on the lesson's network.
RunSpec lesson_run_spec(const lesson::Lesson& lesson, const lesson::Variant& variant,
                        const std::string& source);

}  // namespace ls::app
