#include "lesson/runner.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ls::lesson {

namespace fs = std::filesystem;

// core/python/run.h is being written; once it lands this is where the lesson
// library calls it (and LS_LESSON_HAVE_RUN turns on the tests that need it).
ProgramRunner interpreter_runner() { return {}; }

std::string runner_unavailable_reason() {
  return "the interpreter cannot run programs yet (core/python/run.h has not landed)";
}

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::vector<VariantTotal> compute_totals(const Lesson& lesson, const ProgramRunner& runner) {
  std::vector<VariantTotal> out;
  for (const auto& v : lesson.variants) {
    VariantTotal t{v.name, v.path, std::nullopt, std::nullopt, "", ""};
    if (!runner) {
      t.error = runner_unavailable_reason();
      out.push_back(std::move(t));
      continue;
    }
    RunRequest req;
    req.path = v.path;
    req.text = read_all(v.path);
    req.network = lesson.network ? &*lesson.network : nullptr;
    std::error_code ec;
    req.sandbox = (fs::temp_directory_path(ec) / ("loopscope-" + lesson.id + "-" + v.name)).string();
    fs::create_directories(req.sandbox, ec);
    RunOutcome r = runner(req);
    fs::remove_all(req.sandbox, ec);
    t.output = std::move(r.output);
    if (r.ok) {
      t.total_seconds = r.total_seconds;
      t.tasks = r.tasks;
    } else {
      t.error = r.error.empty() ? "the program failed" : r.error;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ls::lesson
