// What a golden program is expected to do, read from the files beside it, and the
// comparison of a run against it, with a readable report on mismatch.
//
//   NAME.py           the program
//   NAME.out          its exact stdout
//   NAME.exit         its exit code
//   NAME.err          (optional) the last non-blank line of its stderr; "…" in it
//                     matches any text
//   NAME.expected.md  (optional) marks a hand-written expectation (network, sandbox,
//                     Loopscope-only errors) and explains it; such programs are
//                     never compared with python3
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "subprocess.h"

namespace ls::golden {

struct Expectation {
  std::string name;
  std::filesystem::path program;
  std::string out;
  int exit_code = 0;
  std::optional<std::string> err_last_line;
  bool hand_written = false;
};

// Loads NAME's files from `dir`; throws std::runtime_error naming a missing file.
Expectation load_expectation(const std::filesystem::path& dir, const std::string& name);

// Every program in `dir` (the stems of its *.py files), sorted.
std::vector<std::string> program_names(const std::filesystem::path& dir);

// The last non-blank line of `text`, without its line ending.
std::string last_line(const std::string& text);

// Whether `line` matches `pattern`, in which each "…" stands for any text.
bool matches_with_ellipsis(const std::string& pattern, const std::string& line);

// A line diff of expected vs actual: "  " common, "- " expected only, "+ " actual only.
// A missing final newline is shown as its own marker line.
std::string line_diff(const std::string& expected, const std::string& actual);

// Empty when `run` meets `expected`; otherwise a report of every difference
// (stdout diff, exit codes, stderr's last line, and the end of stderr for context).
std::string compare(const Expectation& expected, const ProcessResult& run);

}  // namespace ls::golden
