#include "model/console_log.h"

#include <algorithm>

namespace ls::app {

void ConsoleLog::update(const trace::Trace& trace) {
  const std::size_t n = trace.size();
  for (; read_ < n; ++read_) {
    const trace::TraceEvent& e = trace[read_];
    if (e.kind == trace::EventKind::Print) add_text(e.time, e.task, trace.text_of(e.text));
  }
}

void ConsoleLog::add_text(trace::Nanos time, trace::TaskId task, const std::string& text) {
  // print(..., end="") leaves a line open; the next print carries on in it, as a
  // terminal would show it.
  std::size_t pos = 0;
  while (pos < text.size()) {
    const bool fresh = lines_.empty() || lines_.back().complete;
    if (fresh) lines_.push_back({time, task, {}, false, {}});
    ConsoleLine& line = lines_.back();
    if (!fresh && line.pieces.empty()) line.pieces.push_back({line.time, line.text.size()});
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string::npos ? text.size() : nl;
    line.text.append(text, pos, end - pos);
    if (!line.pieces.empty()) line.pieces.push_back({time, line.text.size()});
    if (nl == std::string::npos) break;
    lines_.back().complete = true;
    pos = nl + 1;
  }
}

std::string_view visible_text(const ConsoleLine& line, trace::Nanos t) {
  std::string_view all = line.text;
  if (line.pieces.empty() || line.pieces.back().time <= t) return all;
  std::size_t end = 0;
  for (const ConsoleLine::Piece& p : line.pieces) {
    if (p.time > t) break;
    end = p.end;
  }
  return all.substr(0, end);
}

std::size_t ConsoleLog::lines_at(trace::Nanos t) const {
  const auto it = std::upper_bound(lines_.begin(), lines_.end(), t,
                                   [](trace::Nanos v, const ConsoleLine& l) { return v < l.time; });
  return static_cast<std::size_t>(it - lines_.begin());
}

}  // namespace ls::app
