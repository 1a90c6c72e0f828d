// `loopscope lessons [--json] [--dir DIR]`: every lesson with each variant's total
// virtual time and task count, from really running the programs. While the
// interpreter cannot run programs yet, totals are shown as unavailable (null in
// JSON), never guessed.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>

#include "lesson/loader.h"
#include "lesson/runner.h"
#include "model/lesson_library.h"

namespace ls::app {

namespace fs = std::filesystem;

namespace {

struct LessonsOptions {
  bool json = false;
  std::string dir;  // empty: find lessons/ (see default_lessons_dir)
};

// A variant's path from the repository root (the lessons folder's parent).
std::string repo_path(const std::string& path, const std::string& lessons_dir) {
  std::error_code ec;
  const fs::path root = fs::absolute(lessons_dir, ec).lexically_normal().parent_path();
  const fs::path rel = fs::absolute(path, ec).lexically_normal().lexically_relative(root);
  return rel.empty() ? path : rel.generic_string();
}

nlohmann::ordered_json to_json(const lesson::Lesson& l, const std::vector<lesson::VariantTotal>& totals,
                       const std::string& dir) {
  nlohmann::ordered_json variants = nlohmann::ordered_json::array();
  for (const auto& t : totals) {
    variants.push_back({{"name", t.name},
                        {"file", repo_path(t.file, dir)},
                        {"total_seconds", t.total_seconds ? nlohmann::ordered_json(*t.total_seconds) : nlohmann::ordered_json()},
                        {"tasks", t.tasks ? nlohmann::ordered_json(*t.tasks) : nlohmann::ordered_json()}});
  }
  return {{"id", l.id}, {"title", l.title}, {"source", l.source}, {"variants", variants}};
}

void print_text(const lesson::Lesson& l, const std::vector<lesson::VariantTotal>& totals, const std::string& dir) {
  std::printf("%2d  %-22s %s%s%s%s\n", l.order, l.id.c_str(), l.title.c_str(), l.source.empty() ? "" : "  (",
              l.source.c_str(), l.source.empty() ? "" : ")");
  for (const auto& t : totals) {
    char total[64] = "total unavailable";
    if (t.total_seconds)
      std::snprintf(total, sizeof total, "%6.1f s  %d task%s", *t.total_seconds, *t.tasks, *t.tasks == 1 ? "" : "s");
    std::printf("      %-12s %-46s %s\n", t.name.c_str(), repo_path(t.file, dir).c_str(), total);
  }
}

int run_lessons(const LessonsOptions& o) {
  const std::string dir = o.dir.empty() ? default_lessons_dir() : o.dir;
  const lesson::Catalog c = lesson::load_catalog(dir);
  for (const auto& p : c.problems) std::cerr << p.to_string() << "\n";
  const lesson::ProgramRunner runner = lesson::interpreter_runner();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& l : c.lessons) {
    const auto totals = lesson::compute_totals(l, runner);
    for (const auto& t : totals)
      if (!t.total_seconds) std::cerr << t.file << ": did not run to the end: " << t.error << "\n";
    if (o.json) list.push_back(to_json(l, totals, dir));
    else print_text(l, totals, dir);
  }
  if (o.json) std::cout << list.dump(2) << "\n";
  return c.problems.empty() ? 0 : 1;
}

}  // namespace

// Adds `lessons` to `cli`; `run` is set to its action.
CLI::App* add_lessons_command(CLI::App& cli, std::function<int()>& run) {
  auto opts = std::make_shared<LessonsOptions>();
  auto* cmd = cli.add_subcommand("lessons", "List the lessons with each variant's total virtual time");
  cmd->add_flag("--json", opts->json, "Print a JSON list: id, title, source, variants (name, file, total_seconds, tasks)");
  cmd->add_option("--dir", opts->dir, "The lessons folder (default: ./lessons, else the checkout's)");
  run = [opts] { return run_lessons(*opts); };
  return cmd;
}

}  // namespace ls::app
