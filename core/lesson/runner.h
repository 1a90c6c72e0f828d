// Running a lesson's programs to learn each variant's total virtual time and
// task count. The lesson library asks a ProgramRunner: interpreter_runner() is
// the real one, built on core/python's run.h; tests may give their own.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lesson/lesson.h"
#include "python/run.h"

namespace ls::lesson {

struct RunRequest {
  std::string path;                // the program's file, for tracebacks
  std::string text;                // its source
  const NetworkSpec* network = nullptr;  // the lesson's network.json, if any
  std::string sandbox;             // a folder the program's files go to
  double time_limit_s = 30;        // wall-clock limit
};

struct RunOutcome {
  bool ok = false;            // ran to the end without an uncaught exception
  double total_seconds = 0;   // virtual time at the end of the run
  int tasks = 0;              // tasks the run created (asyncio.run's main task included)
  std::string output;         // the program's stdout
  std::string error;          // why it failed, when !ok
};

using ProgramRunner = std::function<RunOutcome(const RunRequest&)>;

// The interpreter (core/python's run_source), in virtual time.
ProgramRunner interpreter_runner();

// The interpreter's options for a lesson's programs: its network.json as
// core/net's profile (network may be null: issue 3's default network), and the
// sandbox folder its files go to (empty: a fresh one per run).
py::RunOptions lesson_run_options(const NetworkSpec* network, const std::string& sandbox = {});

struct VariantTotal {
  std::string name;
  std::string file;                  // the variant's path as the lesson was loaded
  std::optional<double> total_seconds;
  std::optional<int> tasks;
  std::string output;
  std::string error;                 // why there is no total
};

// Runs every variant of `lesson` with `runner` (empty: none run, each says so). Each run gets its own sandbox folder under the system temp folder.
std::vector<VariantTotal> compute_totals(const Lesson& lesson, const ProgramRunner& runner);

}  // namespace ls::lesson
