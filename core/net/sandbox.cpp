#include "net/sandbox.h"

#include <stdlib.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace ls::net {

namespace {

// Python's repr of a simple str path: single quotes unless the path has one.
std::string py_repr(std::string_view s) {
  const char q = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == q) out += std::string("\\") + q;
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out + q;
}

[[noreturn]] void deny(std::string_view path, std::string reason) {
  throw SandboxError(SandboxError::Kind::PermissionDenied, std::string(path),
                     "[Errno 13] Permission denied: " + py_repr(path), std::move(reason));
}

// Whether `p` (absolute, normalised) lies inside `root` (absolute, normalised).
bool within(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q) {
    if (r->empty()) continue;  // a trailing separator
    if (q == p.end() || *r != *q) return false;
  }
  return true;
}

}  // namespace

Sandbox::Sandbox(fs::path root, bool owned) : root_(std::move(root)), owned_(owned) {}

Sandbox::Sandbox(Sandbox&& o) noexcept
    : root_(std::move(o.root_)), owned_(o.owned_), keep_(o.keep_), disk_(o.disk_) {
  o.owned_ = false;
  o.root_.clear();
}

Sandbox& Sandbox::operator=(Sandbox&& o) noexcept {
  if (this != &o) {
    cleanup();
    root_ = std::move(o.root_);
    owned_ = o.owned_;
    keep_ = o.keep_;
    disk_ = o.disk_;
    o.owned_ = false;
    o.root_.clear();
  }
  return *this;
}

Sandbox::~Sandbox() {
  if (!keep_) cleanup();
}

Sandbox Sandbox::create(std::string_view run_name) {
  const char* tmp = std::getenv("TMPDIR");
  fs::path base = (tmp && *tmp) ? fs::path(tmp) : fs::path("/tmp");
  base /= "loopscope-runs";
  fs::create_directories(base);
  // The run name becomes part of a folder name: keep it to safe characters.
  std::string name;
  for (char c : run_name)
    name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
  if (name.empty()) name = "run";
  std::string templ = (base / (name + "-XXXXXX")).string();
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data()))
    throw std::system_error(errno, std::generic_category(), "cannot create the run's sandbox folder in " + base.string());
  return Sandbox(fs::canonical(fs::path(buf.data())), true);
}

Sandbox Sandbox::adopt(const fs::path& root) { return Sandbox(fs::canonical(root), false); }

fs::path Sandbox::resolve(std::string_view program_path) const {
  if (program_path.find('\0') != std::string_view::npos)
    throw SandboxError(SandboxError::Kind::InvalidPath, std::string(program_path), "embedded null byte",
                       "a file name cannot contain a NUL character");
  if (!program_path.empty() && program_path.front() == '/')
    deny(program_path, "absolute paths are outside the run's sandbox folder; use a relative path such as 'out.txt'");
  // Lexically first: "a/../../x" climbs out whatever exists on disk.
  const fs::path joined = (root_ / fs::path(program_path)).lexically_normal();
  if (!within(root_, joined))
    deny(program_path, "'..' leads outside the run's sandbox folder");
  // Then through the file system: a symlink inside must not lead outside.
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(joined, ec);
  if (ec || !within(root_, real))
    deny(program_path, "the path leads outside the run's sandbox folder");
  return joined;
}

bool Sandbox::contains(std::string_view program_path) const {
  try {
    resolve(program_path);
    return true;
  } catch (const SandboxError&) {
    return false;
  }
}

Nanos Sandbox::disk_time(std::int64_t bytes) const {
  const double transfer = bytes > 0 ? static_cast<double>(bytes) / disk_.throughput * 1e9 : 0.0;
  return disk_.latency + static_cast<Nanos>(std::llround(transfer));
}

void Sandbox::cleanup() {
  if (!owned_ || root_.empty()) return;
  std::error_code ec;
  fs::remove_all(root_, ec);
  owned_ = false;
}

}  // namespace ls::net
