// The code panel's model: one CodeView per program variant a lesson step shows,
// and the CodeBook that holds them. A view knows the lesson's text of its program,
// the text its run ran (the lesson's, or an edit that parsed), the draft being
// edited, the lines the step points at, the error to show in place, and each
// task's line at the playhead. No GUI here; the panel draws it and calls its
// actions, so every behaviour can be tested without a window.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/code_colour.h"
#include "model/code_lines.h"

namespace ls::app {

// Asks the session to run variant `variant` (its index among the shown ones)
// again with `text`. The lead's Session wiring provides it; without one, Run only
// checks the program.
using RerunFn = std::function<void(std::size_t variant, std::string text)>;

// An error shown in place: the line marked, the message under it.
struct CodeError {
  enum class Kind : std::uint8_t { Syntax, Runtime };
  Kind kind = Kind::Syntax;
  std::uint32_t line = 0;  // 1-based; 0 when no line of this program is known
  std::uint32_t col = 0;   // 1-based, in code points; 0 when unknown
  std::string type;        // "SyntaxError", "ZeroDivisionError"
  std::string message;     // "expected ':'"

  // "SyntaxError: expected ':'" (or just the message when there is no type).
  std::string headline() const;
  // "line 3:9", "line 3", or "" without a line.
  std::string where() const;
};

// A step's pointer at lines of this program, 1-based and inclusive.
struct LineRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// Reads a Python traceback (the run's stderr): the innermost frame in `file`
// (any file when no frame names it) gives the line, CPython 3.11's ^~~ markers
// the column (given the program, whose indentation CPython strips), the last
// unindented line the type and message. nullopt when the text holds no error.
std::optional<CodeError> parse_traceback(std::string_view stderr_text, const std::string& file,
                                         std::string_view program = {});

class CodeView {
 public:
  // `file`: the name the program runs under (trace locations are matched to it;
  // empty matches any). `lesson_text`: the lesson's version, what Reset restores.
  CodeView(std::string title, std::string file, std::string lesson_text);

  const std::string& title() const { return title_; }
  const std::string& file() const { return file_; }
  const std::string& lesson_text() const { return lesson_text_; }
  // The program the view shows and its run runs.
  const std::string& text() const { return text_; }
  const std::vector<CodeLine>& lines() const { return lines_; }
  bool edited() const { return text_ != lesson_text_; }

  // The step's pointers; a line is highlighted when one covers it.
  void set_points(std::vector<LineRange> points) { points_ = std::move(points); }
  const std::vector<LineRange>& points() const { return points_; }
  bool pointed(std::uint32_t line) const;
  // The first pointed line, or 0: scrolled into view when the step changes.
  std::uint32_t first_pointed() const;

  // --- the run at the playhead -------------------------------------------------
  // The run whose trace the markers come from (null: none yet). Call every frame;
  // only events new since the last call are indexed.
  void follow(const trace::Trace* trace, const trace::Timeline* timeline);
  // Each live task on its line at `t` (see TaskLineIndex::at).
  std::vector<TaskMarker> markers_at(trace::Nanos t) const;
  // The line to keep in view while playing: the running (or blocking) task's,
  // else the line most recently stood on; 0 when no task stands anywhere.
  static std::uint32_t focus_line(const std::vector<TaskMarker>& markers);

  // --- editing -----------------------------------------------------------------
  bool editing() const { return editing_; }
  // Turns editing on (the draft starts as the shown text, or the draft kept from
  // before) or off (the draft is kept for next time; the view shows the run's text).
  void set_editing(bool on);
  // The edit buffer, bound to the text field while editing.
  std::string& draft() { return draft_; }
  const std::string& draft() const { return draft_; }
  // The draft differs from what runs.
  bool draft_pending() const { return draft_ != text_; }
  // The draft's lines, coloured (what an error is shown against while editing).
  const std::vector<CodeLine>& draft_lines();

  // Parses the draft with the interpreter's front end. If it parses it becomes the
  // text, editing ends, and `rerun` (if any) is asked to run it; returns true.
  // Otherwise the syntax error is kept for display and editing goes on.
  bool run(std::size_t variant, const RerunFn& rerun);
  // Back to the lesson's text (draft included); asks `rerun` to run it again if
  // what ran was an edit.
  void reset(std::size_t variant, const RerunFn& rerun);

  // The error set on the view: the draft's syntax error, or the runtime error
  // read from the run's stderr (a Python traceback; an empty text clears it).
  const std::optional<CodeError>& error() const { return error_; }
  void set_runtime_error(std::string_view stderr_text);
  // The error to show with the playhead at `t`: the draft's syntax error; else, if
  // the run's main task failed, that failure once the playhead has reached it (read
  // from the trace, so the class sees it when it happens); else the stderr error
  // once the playhead reaches the run's end (a program without tasks leaves no
  // failure in its trace, and an uncaught exception is where a program ends).
  std::optional<CodeError> error_at(trace::Nanos t) const;
  // Whether the draft has changed since its syntax error was found (the error's
  // line may have moved, so it is shown less prominently).
  bool error_stale() const {
    return error_ && error_->kind == CodeError::Kind::Syntax && error_draft_ != draft_;
  }

 private:
  // `rerun_coming`: a new run of the text was asked for.
  void set_text(std::string text, bool rerun_coming = true);

  std::string title_;
  std::string file_;
  std::string lesson_text_;
  std::string text_;
  std::vector<CodeLine> lines_;
  std::vector<LineRange> points_;

  bool editing_ = false;
  std::string draft_;
  std::string draft_coloured_;  // the draft draft_lines_ was made from
  std::vector<CodeLine> draft_lines_;

  std::optional<CodeError> error_;
  std::string error_draft_;  // the draft the syntax error was found in

  TaskLineIndex index_;
  const trace::Timeline* timeline_ = nullptr;
  const trace::Trace* followed_ = nullptr;
  // Where the followed run ends: an uncaught exception ends the program, so the
  // stderr error of a run without a failure in its trace shows from there on.
  trace::Nanos run_end_ = 0;
  // A run of an older text, not to be shown against the new one (an edit ran with
  // no session to re-run it); followed again only once a different run appears.
  const trace::Trace* stale_ = nullptr;
};

// What the lesson shows of one variant.
struct CodeSource {
  std::string title;        // the variant's name: "async"
  std::string file;         // the name its run is traced under ("" matches any)
  std::string text;         // the lesson's program text
  std::vector<LineRange> points;
};

// The shown variants' views, in the order of the session's runs. Views outlive a
// step: showing a variant again (same file and lesson text) brings back its edits.
class CodeBook {
 public:
  void show(const std::vector<CodeSource>& sources);
  std::size_t size() const { return shown_.size(); }
  bool empty() const { return shown_.empty(); }
  CodeView& view(std::size_t i) { return *shown_.at(i); }
  const CodeView& view(std::size_t i) const { return *shown_.at(i); }

  void set_rerun(RerunFn fn) { rerun_ = std::move(fn); }
  bool run(std::size_t i) { return view(i).run(i, rerun_); }
  void reset(std::size_t i) { view(i).reset(i, rerun_); }

 private:
  std::vector<std::unique_ptr<CodeView>> kept_;  // every view ever shown
  std::vector<CodeView*> shown_;
  RerunFn rerun_;
};

}  // namespace ls::app
