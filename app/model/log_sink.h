// The log panel's source: an spdlog sink of our own that keeps the latest lines
// in memory. spdlog 1.10 has no callback sink (it came in 1.12), so this derives
// from base_sink, whose mutex already serialises sink_it_ with flush_.
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ls::app {

struct LogLine {
  spdlog::level::level_enum level = spdlog::level::info;
  std::string text;  // formatted by the sink's pattern, without the newline
};

class LogSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  explicit LogSink(std::size_t capacity = 2000);

  // A copy of the kept lines, oldest first. Safe from any thread.
  std::vector<LogLine> lines() const;
  // Bumped on every line, so a panel copies only when something changed.
  std::uint64_t version() const;

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override;
  void flush_() override {}

 private:
  std::size_t capacity_;
  mutable std::mutex lines_mutex_;  // base_sink's mutex is not reachable from const readers
  std::deque<LogLine> lines_;
  std::uint64_t version_ = 0;
};

// The app's one log sink: main() adds it to the default logger, the log panel reads it.
std::shared_ptr<LogSink> app_log_sink();

}  // namespace ls::app
