// The golden program tests: every program in tests/golden/programs/ is run with
// `loopscope run PROGRAM` and must print exactly the stored stdout, exit with the
// stored code and, for error programs, end stderr with the stored line. One
// TEST_CASE per program, generated at configure time (golden_programs.inc), so that
// CTest lists and runs each program on its own.
//
// Plus one check of the stored outputs themselves: python3, when present, still
// prints them for every program that is not hand-written.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "expectation.h"
#include "subprocess.h"

namespace {

namespace fs = std::filesystem;
using namespace ls::golden;

constexpr std::chrono::seconds kTimeLimit{60};
constexpr int kPythonParallel = 4;  // python3 runs mostly sleep: overlap them
constexpr int kPythonAttempts = 3;  // a loaded machine can delay CPython's timers

fs::path programs_dir() { return LS_GOLDEN_PROGRAMS_DIR; }

// LOOPSCOPE_BIN overrides the binary built next to this runner.
std::string loopscope_bin() {
  const char* env = std::getenv("LOOPSCOPE_BIN");
  return env && *env ? env : LS_LOOPSCOPE_BIN;
}

void check_program(const std::string& name) {
  const Expectation expected = load_expectation(programs_dir(), name);
  const std::vector<std::string> argv = {loopscope_bin(), "run", expected.program.string()};
  TempDir cwd;
  const ProcessResult run = run_process(argv, cwd.path(), kTimeLimit);
  const std::string report = compare(expected, run);
  INFO("program: " << expected.program.string());
  INFO("command: " << argv[0] << " run " << argv[2] << "   (in a fresh temp dir)");
  INFO(report);
  CHECK(report.empty());
}

// python3 with the environment regenerate.py uses.
ProcessResult run_python(const fs::path& python, const Expectation& e) {
  TempDir cwd;
  return run_process({python.string(), e.program.string()}, cwd.path(), kTimeLimit,
                     {"PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1"});
}

}  // namespace

#define LS_GOLDEN_PROGRAM(name) \
  TEST_CASE("golden: " #name, "[golden]") { check_program(#name); }
#include "golden_programs.inc"

TEST_CASE("golden: python3 still agrees with the stored outputs", "[golden][python3]") {
  const fs::path python = find_in_path("python3");
  if (python.empty()) {
    WARN("python3 is not on PATH: skipped (the stored outputs were not rechecked)");
    return;
  }
  std::vector<Expectation> programs;
  for (const auto& name : program_names(programs_dir())) {
    Expectation e = load_expectation(programs_dir(), name);
    if (!e.hand_written) programs.push_back(std::move(e));
  }
  REQUIRE(!programs.empty());

  std::vector<std::string> reports(programs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < programs.size();) {
      // Timing lines are rounded to 0.1 s; on a busy machine CPython's own timers can
      // fire late enough to change one, so a mismatch is retried before it counts.
      for (int attempt = 0; attempt < kPythonAttempts; ++attempt) {
        reports[i] = compare(programs[i], run_python(python, programs[i]));
        if (reports[i].empty()) break;
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < kPythonParallel; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();

  size_t failures = 0;
  for (size_t i = 0; i < programs.size(); ++i) {
    if (reports[i].empty()) continue;
    ++failures;
    INFO(programs[i].name << ": python3 " << python.string() << " no longer prints the stored output"
                          << " (rerun tests/golden/regenerate.py on a quiet machine):\n"
                          << reports[i]);
    CHECK(reports[i].empty());
  }
  INFO(programs.size() << " programs rerun with " << python.string());
  CHECK(failures == 0);
}
