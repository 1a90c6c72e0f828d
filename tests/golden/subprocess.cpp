#include "subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace ls::golden {

namespace fs = std::filesystem;

namespace {

// A pipe whose ends close themselves; both ends are close-on-exec so that children
// started concurrently from other threads do not inherit them.
struct Pipe {
  int fd[2] = {-1, -1};
  Pipe() {
    if (pipe2(fd, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe2: ") + strerror(errno));
  }
  ~Pipe() { close_both(); }
  void close_end(int i) {
    if (fd[i] >= 0) close(fd[i]);
    fd[i] = -1;
  }
  void close_both() {
    close_end(0);
    close_end(1);
  }
};

// In the child, between fork and exec, only async-signal-safe calls are allowed:
// everything is prepared beforehand. On failure the errno goes to `status_fd`.
[[noreturn]] void exec_child(const char* file, char* const* argv, char* const* envp, const char* cwd,
                             int out_fd, int err_fd, int status_fd) {
  int in_fd = open("/dev/null", O_RDONLY);
  if (in_fd < 0 || dup2(in_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0 ||
      chdir(cwd) != 0) {
    int e = errno;
    (void)!write(status_fd, &e, sizeof e);
    _exit(127);
  }
  execve(file, argv, envp);
  int e = errno;
  (void)!write(status_fd, &e, sizeof e);
  _exit(127);
}

// Reads whatever is available on `fd` into `into`; returns false at end of file.
bool drain(int fd, std::string& into) {
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) {
      into.append(buf, static_cast<size_t>(n));
      continue;
    }
    if (n == 0) return false;
    if (errno == EINTR) continue;
    return errno == EAGAIN || errno == EWOULDBLOCK;
  }
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

fs::path find_in_path(const std::string& name) {
  if (name.find('/') != std::string::npos) return name;
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
    if (access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
    start = end + 1;
  }
  return {};
}

ProcessResult run_process(const std::vector<std::string>& argv_in, const fs::path& cwd,
                          std::chrono::milliseconds time_limit,
                          const std::vector<std::string>& extra_env) {
  ProcessResult result;
  fs::path file = find_in_path(argv_in.at(0));
  if (file.empty()) {
    result.start_error = "cannot run " + argv_in[0] + ": not found in PATH";
    return result;
  }
  std::vector<std::string> args = argv_in;
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) env.emplace_back(*e);
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  std::vector<char*> argv = c_strings(args);
  std::vector<char*> envp = c_strings(env);
  std::string file_s = file.string(), cwd_s = cwd.string();

  Pipe out, err, status;
  pid_t pid = fork();
  if (pid < 0) {
    result.start_error = std::string("fork: ") + strerror(errno);
    return result;
  }
  if (pid == 0) {
    exec_child(file_s.c_str(), argv.data(), envp.data(), cwd_s.c_str(), out.fd[1], err.fd[1],
               status.fd[1]);
  }
  out.close_end(1);
  err.close_end(1);
  status.close_end(1);

  int exec_errno = 0;
  ssize_t got;
  do got = read(status.fd[0], &exec_errno, sizeof exec_errno);
  while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof exec_errno)) {
    waitpid(pid, nullptr, 0);
    result.start_error = "cannot run " + file_s + ": " + strerror(exec_errno);
    return result;
  }

  fcntl(out.fd[0], F_SETFL, O_NONBLOCK);
  fcntl(err.fd[0], F_SETFL, O_NONBLOCK);
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  bool out_open = true, err_open = true;
  while (out_open || err_open) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd fds[2] = {{out_open ? out.fd[0] : -1, POLLIN, 0}, {err_open ? err.fd[0] : -1, POLLIN, 0}};
    int n = poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (n < 0 && errno != EINTR) break;
    if (out_open && fds[0].revents) out_open = drain(out.fd[0], result.out);
    if (err_open && fds[1].revents) err_open = drain(err.fd[0], result.err);
  }
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(wstatus)) result.exit_code = WEXITSTATUS(wstatus);
  else if (WIFSIGNALED(wstatus)) result.exit_code = 128 + WTERMSIG(wstatus);
  return result;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "loopscope-golden-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error(std::string("mkdtemp: ") + strerror(errno));
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace ls::golden
