// `loopscope check PATH...`: validates lesson folders, folders of lessons and
// single .py programs. Every problem is printed as file:line: message on stdout
// (one a line, easy to grep or to jump to from an editor); exit 1 if any.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>

#include "lesson/loader.h"
#include "lesson/runner.h"

namespace ls::app {

namespace fs = std::filesystem;

namespace {

// With an interpreter, pauses can be checked against the real runs' lengths.
std::vector<lesson::Problem> check_pauses_by_running(const std::string& path, const lesson::ProgramRunner& runner) {
  std::vector<lesson::Problem> out;
  std::error_code ec;
  if (!runner || !fs::is_directory(path, ec)) return out;
  std::vector<lesson::Lesson> lessons;
  if (fs::exists(fs::path(path) / "lesson.md")) {
    if (auto r = lesson::load_lesson(path); r.lesson) lessons.push_back(std::move(*r.lesson));
  } else {
    lessons = lesson::load_catalog(path).lessons;
  }
  for (const auto& l : lessons) {
    std::map<std::string, double> totals;
    for (const auto& t : lesson::compute_totals(l, runner)) {
      if (t.total_seconds) totals[t.name] = *t.total_seconds;
      else out.push_back(lesson::Problem{t.file, 0, 0, "does not run to the end: " + t.error});
    }
    auto p = lesson::check_pauses(l, totals);
    out.insert(out.end(), p.begin(), p.end());
  }
  return out;
}

int run_check(const std::vector<std::string>& paths) {
  const lesson::ProgramRunner runner = lesson::interpreter_runner();
  std::size_t problems = 0;
  for (const auto& path : paths) {
    auto found = lesson::check_path(path);
    if (found.empty()) found = check_pauses_by_running(path, runner);
    for (const auto& p : found) std::cout << p.to_string() << "\n";
    problems += found.size();
  }
  if (problems > 0) {
    std::cerr << "loopscope check: " << problems << " problem" << (problems == 1 ? "" : "s") << "\n";
    return 1;
  }
  std::cerr << "loopscope check: no problems\n";
  return 0;
}

}  // namespace

// Adds `check` to `cli`; `run` is set to its action.
CLI::App* add_check_command(CLI::App& cli, std::function<int()>& run) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto* cmd = cli.add_subcommand("check", "Validate lesson folders and .py programs; print file:line problems");
  cmd->add_option("PATH", *paths, "Lesson folders, folders of lessons, or .py files")->required();
  run = [paths] { return run_check(*paths); };
  return cmd;
}

}  // namespace ls::app
