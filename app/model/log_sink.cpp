#include "model/log_sink.h"

namespace ls::app {

LogSink::LogSink(std::size_t capacity) : capacity_(capacity) {
  set_pattern("%H:%M:%S %l %v");  // the panel shows time and level; no logger name
}

void LogSink::sink_it_(const spdlog::details::log_msg& msg) {
  spdlog::memory_buf_t buf;
  formatter_->format(msg, buf);
  std::string text(buf.data(), buf.size());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::lock_guard lock(lines_mutex_);
  lines_.push_back({msg.level, std::move(text)});
  if (lines_.size() > capacity_) lines_.pop_front();  // oldest go first: a long session stays small
  ++version_;
}

std::vector<LogLine> LogSink::lines() const {
  std::lock_guard lock(lines_mutex_);
  return {lines_.begin(), lines_.end()};
}

std::uint64_t LogSink::version() const {
  std::lock_guard lock(lines_mutex_);
  return version_;
}

std::shared_ptr<LogSink> app_log_sink() {
  static const auto sink = std::make_shared<LogSink>();
  return sink;
}

}  // namespace ls::app
