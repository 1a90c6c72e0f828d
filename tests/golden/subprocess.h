// Runs a program as a child process with stdout and stderr captured separately,
// stdin from /dev/null, a chosen working directory and a time limit. Used by the
// golden runner to drive `loopscope run` and python3 exactly as a user would.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace ls::golden {

struct ProcessResult {
  std::string out;          // everything the child wrote to stdout
  std::string err;          // everything it wrote to stderr
  int exit_code = -1;       // exit status, or 128 + signal when killed by a signal
  bool timed_out = false;   // killed because it ran past the time limit
  std::string start_error;  // non-empty when the program could not be started at all
};

// Runs argv[0] (a path, or a name looked up in PATH) with argv[1..]. `extra_env`
// entries ("NAME=value") are added to the inherited environment. Safe to call from
// several threads at once.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::filesystem::path& cwd,
                          std::chrono::milliseconds time_limit,
                          const std::vector<std::string>& extra_env = {});

// The full path of `name` found in PATH, or an empty path.
std::filesystem::path find_in_path(const std::string& name);

// A fresh empty directory under the system temp folder, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace ls::golden
