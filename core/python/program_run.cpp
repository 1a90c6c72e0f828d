#include "python/program_run.h"

#include <cstdio>

namespace ls::py {

ProgramRun::ProgramRun(std::string file_name, std::string text, RunOptions opts, WatchLimits limits)
    : limits_(limits) {
  // The run's own wall-clock limit would count the time the class spends
  // watching a paused playhead; compute time is limited in pace() instead.
  opts.time_limit_s = 1e9;
  opts.stop = &stop_;
  opts.pace = [this](trace::Nanos next) { pace(next); };
  opts.on_loop = [this](loop::EventLoop& loop) {
    std::lock_guard lock(m_);
    trace_ = loop.shared_trace();
    loop_ = &loop;
    started_ = true;
    cv_.notify_all();
  };
  resumed_ = std::chrono::steady_clock::now();
  thread_ = std::thread([this, f = std::move(file_name), t = std::move(text), o = std::move(opts)]() mutable {
    body(std::move(f), std::move(t), std::move(o));
  });
  std::unique_lock lock(m_);
  cv_.wait(lock, [this] { return started_ || done_; });
}

ProgramRun::~ProgramRun() {
  {
    std::lock_guard lock(m_);
    if (!done_) stop_ = true;
    released_ = true;
    cv_.notify_all();
  }
  if (thread_.joinable()) thread_.join();
}

void ProgramRun::body(std::string file_name, std::string text, RunOptions opts) {
  RunResult r = run_source(file_name, std::move(text), opts, out_, err_);
  std::lock_guard lock(m_);
  exit_code_ = r.exit_code;
  if (r.loop) now_ = r.loop->now();
  else if (r.elapsed > 0) now_ = r.elapsed;
  // A run that stopped early has no loop left; its trace is ours already.
  done_ = true;
  parked_ = false;
  cv_.notify_all();
}

void ProgramRun::pace(trace::Nanos next) {
  const auto t0 = std::chrono::steady_clock::now();
  computed_ += t0 - resumed_;
  std::unique_lock lock(m_);
  if (!stop_ && stopped_because_.empty()) {
    if (computed_ > std::chrono::duration<double>(limits_.compute_s)) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "stopped after %g s of computing (the app's limit)", limits_.compute_s);
      stopped_because_ = buf;
      stop_ = true;
    } else if (next > trace::from_seconds(limits_.virtual_s)) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "stopped at %g s of program time (the app's limit)", limits_.virtual_s);
      stopped_because_ = buf;
      stop_ = true;
    }
  }
  // The clock still stands where it was before moving to `next`.
  if (loop_) now_ = loop_->now();
  while (!stop_ && !released_ && next > allowed_) {
    next_ = next;
    parked_ = true;
    cv_.notify_all();
    cv_.wait(lock);
  }
  parked_ = false;
  lock.unlock();
  resumed_ = std::chrono::steady_clock::now();
}

bool ProgramRun::advance_to(trace::Nanos t, std::chrono::milliseconds max_wait) {
  std::unique_lock lock(m_);
  if (t > allowed_) {
    allowed_ = t;
    cv_.notify_all();
  }
  return cv_.wait_for(lock, max_wait, [&] { return done_ || (parked_ && next_ > allowed_); });
}

void ProgramRun::run_to_end() {
  std::unique_lock lock(m_);
  released_ = true;
  cv_.notify_all();
  cv_.wait(lock, [&] { return done_; });
}

bool ProgramRun::finished() const {
  std::lock_guard lock(m_);
  return done_;
}

trace::Nanos ProgramRun::waiting_for() const {
  std::lock_guard lock(m_);
  return parked_ ? next_ : 0;
}

trace::Nanos ProgramRun::now() const { return now_.load(); }

int ProgramRun::exit_code() const {
  std::lock_guard lock(m_);
  return exit_code_;
}

std::string ProgramRun::output() const {
  std::lock_guard lock(m_);
  return done_ ? out_.str() : std::string();
}

std::string ProgramRun::errors() const {
  std::lock_guard lock(m_);
  return done_ ? err_.str() : std::string();
}

std::string ProgramRun::stopped_because() const {
  std::lock_guard lock(m_);
  return stopped_because_;
}

}  // namespace ls::py
