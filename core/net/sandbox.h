// Sandbox: the per-run folder a program's files live in (issue 3: "Files opened
// for writing land in a per-run sandbox folder; a path outside it raises
// PermissionError").
//
// A program names files relative to the sandbox (its working directory).
// Absolute paths and paths that climb out with ".." (or through a symlink) are
// refused with SandboxError, which the interpreter raises as PermissionError
// (Errno 13) — or ValueError for an embedded NUL, as Python does.
// Disk time is simulated: disk_time(bytes) is what the virtual clock charges.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "trace/event.h"

namespace ls::net {

using trace::Nanos;

class SandboxError : public std::runtime_error {
 public:
  enum class Kind : std::uint8_t {
    PermissionDenied,  // outside the sandbox: PermissionError, errno 13
    InvalidPath,       // embedded NUL: ValueError
  };
  // what() is Python's str() of the exception, e.g.
  // "[Errno 13] Permission denied: '/etc/passwd'"; reason() says why in
  // Loopscope's words ("absolute paths are outside the run's sandbox folder").
  SandboxError(Kind k, std::string path, const std::string& what, std::string reason)
      : std::runtime_error(what), kind_(k), path_(std::move(path)), reason_(std::move(reason)) {}
  Kind kind() const { return kind_; }
  int error_number() const { return kind_ == Kind::PermissionDenied ? 13 : 0; }
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  Kind kind_;
  std::string path_;
  std::string reason_;
};

class Sandbox {
 public:
  // Simulated disk: a fixed cost per operation plus the bytes at a throughput.
  struct Disk {
    Nanos latency = 5'000'000;    // 5 ms
    double throughput = 100e6;     // bytes/s (100 MB/s)
  };

  // A fresh folder under $TMPDIR/loopscope-runs/ (or /tmp), named after
  // `run_name` plus a unique suffix. Removed on destruction unless keep() is set.
  static Sandbox create(std::string_view run_name = "run");
  // An existing folder, which the Sandbox does not own (never removed).
  static Sandbox adopt(const std::filesystem::path& root);

  Sandbox(Sandbox&& o) noexcept;
  Sandbox& operator=(Sandbox&& o) noexcept;
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;
  ~Sandbox();

  const std::filesystem::path& root() const { return root_; }
  // The real path for a path the program wrote; throws SandboxError.
  std::filesystem::path resolve(std::string_view program_path) const;
  // Whether a path the program wrote stays inside (resolve() would not throw).
  bool contains(std::string_view program_path) const;

  Disk& disk() { return disk_; }
  const Disk& disk() const { return disk_; }
  // Virtual time one file operation moving `bytes` takes.
  Nanos disk_time(std::int64_t bytes) const;

  // Keep the folder after the run (for `--keep-files` style debugging).
  void keep(bool k = true) { keep_ = k; }
  // Removes the folder and everything in it (if owned); idempotent.
  void cleanup();

 private:
  Sandbox(std::filesystem::path root, bool owned);

  std::filesystem::path root_;  // canonical, absolute
  bool owned_ = false;          // created by create(): ours to remove
  bool keep_ = false;
  Disk disk_;
};

}  // namespace ls::net
