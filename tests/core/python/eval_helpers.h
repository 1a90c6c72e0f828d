// Runs a Python program in-process for the evaluator tests.
#pragma once

#include <sstream>
#include <string>

#include "python/run.h"

namespace ls::py::test {

struct ProgramRun {
  std::string out;
  std::string err;
  int exit_code = 0;
};

inline ProgramRun run_program(const std::string& source, RunOptions opts = {}) {
  std::ostringstream out, err;
  RunResult r = run_source("t.py", source, opts, out, err);
  return {out.str(), err.str(), r.exit_code};
}

}  // namespace ls::py::test
