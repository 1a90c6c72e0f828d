// The program's output as the console shows it: the trace's Print events cut into
// lines, each stamped with when it was printed and by which task, so the console
// can show exactly what had been printed at the playhead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "trace/trace.h"

namespace ls::app {

struct ConsoleLine {
  trace::Nanos time = 0;   // when the line was started
  trace::TaskId task = 0;  // who printed it
  std::string text;        // without its newline
  bool complete = false;   // its newline was printed too
  // A line printed in pieces (print(..., end="")): when each piece ended and where.
  // Most lines are one piece and leave this empty.
  struct Piece {
    trace::Nanos time;
    std::size_t end;
  };
  std::vector<Piece> pieces;
};

// The part of `line` printed by time `t` (all of it for one-piece lines).
std::string_view visible_text(const ConsoleLine& line, trace::Nanos t);

class ConsoleLog {
 public:
  // Reads the events appended since the last call (the trace only grows).
  void update(const trace::Trace& trace);
  const std::vector<ConsoleLine>& lines() const { return lines_; }
  // How many lines had begun by time `t` (lines_[0, n) are on screen at t).
  std::size_t lines_at(trace::Nanos t) const;

 private:
  void add_text(trace::Nanos time, trace::TaskId task, const std::string& text);

  std::vector<ConsoleLine> lines_;
  std::size_t read_ = 0;  // trace events already looked at
};

}  // namespace ls::app
