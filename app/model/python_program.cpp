#include "model/python_program.h"

#include <chrono>

#include "lesson/lesson.h"
#include "lesson/runner.h"

namespace ls::app {

using namespace std::chrono_literals;

PythonSource::PythonSource(std::string path, std::string source, py::RunOptions opts)
    : run_(std::move(path), std::move(source), std::move(opts)) {}

bool PythonSource::advance_to(trace::Nanos t, std::size_t budget) {
  // A frame waits a little for the program to reach the playhead, never long:
  // a program still computing is drawn as far as it got and asked again next
  // frame. With no budget it waits for as long as the program computes (its
  // compute limit ends a runaway).
  const auto wait = budget == kNoBudget ? std::chrono::milliseconds(std::chrono::hours(1)) : 15ms;
  const std::size_t before = trace().size();
  if (run_.advance_to(t, wait) && !run_.finished()) {
    // Like a native run stepped one callback past the playhead: let the program
    // run up to its next stop, so its next event is already in the trace (the
    // "one event forward" key looks for it there).
    const trace::Nanos next = run_.waiting_for();
    if (next > t) run_.advance_to(next, wait);
  }
  return trace().size() != before || run_.finished();
}

const trace::Trace& PythonSource::trace() const {
  const trace::Trace* t = run_.trace();
  return t ? *t : empty_;
}

std::string PythonSource::errors() const {
  std::string e = run_.errors();
  const std::string why = run_.stopped_because();
  if (!why.empty()) e += "loopscope: " + why + "\n";
  return e;
}

RunSpec python_run_spec(std::string title, std::string path, std::string source,
                        const lesson::Lesson* lesson) {
  RunSpec spec;
  spec.title = std::move(title);
  // Each run gets a fresh sandbox folder (the interpreter makes and removes it).
  py::RunOptions opts = lesson::lesson_run_options(lesson && lesson->network ? &*lesson->network : nullptr);
  spec.make_source = [path = std::move(path), source = std::move(source), opts]() -> std::unique_ptr<RunSource> {
    return std::make_unique<PythonSource>(path, source, opts);
  };
  return spec;
}

RunSpec lesson_run_spec(const lesson::Lesson& lesson, const lesson::Variant& variant,
                        const std::string& source) {
  return python_run_spec(variant.name, variant.path, source, &lesson);
}

}  // namespace ls::app
