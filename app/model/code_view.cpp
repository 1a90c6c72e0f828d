#include "model/code_view.h"

#include <algorithm>

#include "python/frontend.h"

namespace ls::app {

std::string CodeError::headline() const {
  return type.empty() ? message : message.empty() ? type : type + ": " + message;
}

std::string CodeError::where() const {
  if (line == 0) return {};
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + string.
  std::string s = "line ";
  s += std::to_string(line);
  if (col > 0) {
    s += ':';
    s += std::to_string(col);
  }
  return s;
}

namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  while (begin <= s.size()) {
    std::size_t end = s.find('\n', begin);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    begin = end + 1;
  }
  return out;
}

std::size_t leading_spaces(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// `  File "name", line 12, in main` -> name and 12.
bool frame_line(std::string_view s, std::string& file, std::uint32_t& line) {
  constexpr std::string_view kFile = "File \"";
  const std::size_t ws = leading_spaces(s);
  if (s.substr(ws, kFile.size()) != kFile) return false;
  const std::size_t name_begin = ws + kFile.size();
  const std::size_t name_end = s.find("\", line ", name_begin);
  if (name_end == std::string_view::npos) return false;
  std::size_t i = name_end + 8;
  std::uint32_t n = 0;
  bool digits = false;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && n < 100'000'000) {
    n = n * 10 + static_cast<std::uint32_t>(s[i++] - '0');
    digits = true;
  }
  if (!digits) return false;
  file = std::string(s.substr(name_begin, name_end - name_begin));
  line = n;
  return true;
}

bool caret_line(std::string_view s) {
  return s.find_first_of("^") != std::string_view::npos &&
         s.find_first_not_of(" ^~") == std::string_view::npos;
}

// The line of `text` numbered `line` (1-based), or empty.
std::string_view program_line(std::string_view text, std::uint32_t line) {
  const auto lines = split_lines(text);
  return line >= 1 && line <= lines.size() ? lines[line - 1] : std::string_view();
}

// "ZeroDivisionError: division by zero" -> type and message; a line without a
// Python type name before the colon ("loopscope: time limit...") is all message.
void split_headline(const std::string& headline, CodeError& e) {
  const std::size_t colon = headline.find(": ");
  const std::string first = headline.substr(0, colon);
  const bool typed = colon != std::string::npos && !first.empty() &&
                     std::all_of(first.begin(), first.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '.';
                     }) && first != "loopscope";
  if (typed) {
    e.type = first;
    e.message = headline.substr(colon + 2);
  } else if (headline.find_first_of(" :") == std::string::npos && !headline.empty()) {
    e.type = headline;  // a bare exception name: "KeyboardInterrupt"
  } else {
    e.message = headline;
  }
}

}  // namespace

std::optional<CodeError> parse_traceback(std::string_view stderr_text, const std::string& file,
                                         std::string_view program) {
  const auto lines = split_lines(stderr_text);
  CodeError e;
  e.kind = CodeError::Kind::Runtime;
  bool any_frame = false, own_frame = false;
  std::string headline;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string name;
    std::uint32_t n = 0;
    if (frame_line(lines[k], name, n)) {
      const bool ours = file.empty() || name == file;
      // The innermost frame of our file wins; another file's only if ours never shows.
      if (ours || !own_frame) {
        e.line = n;
        e.col = 0;
        any_frame = true;
        own_frame = own_frame || ours;
        // CPython 3.11 prints the stripped source line, then ^~~ under the culprit.
        if (k + 2 < lines.size() && caret_line(lines[k + 2])) {
          const std::size_t printed_indent = leading_spaces(lines[k + 1]);
          const std::size_t caret = lines[k + 2].find_first_of("^~");
          const std::size_t real_indent = leading_spaces(program_line(program, n));
          if (caret >= printed_indent) {
            e.col = static_cast<std::uint32_t>(caret - printed_indent + real_indent + 1);
          }
        }
      }
      continue;
    }
    const std::string_view s = lines[k];
    if (s.empty() || s[0] == ' ' || s[0] == '\t') continue;
    if (s.rfind("Traceback (most recent call last)", 0) == 0) continue;
    headline = std::string(s);  // the last unindented line: the exception itself
  }
  if (headline.empty() && !any_frame) return std::nullopt;
  split_headline(headline, e);
  if (!own_frame && !file.empty()) e.line = 0;  // not a line of this program
  return e;
}

CodeView::CodeView(std::string title, std::string file, std::string lesson_text)
    : title_(std::move(title)),
      file_(std::move(file)),
      lesson_text_(std::move(lesson_text)),
      index_(file_) {
  set_text(lesson_text_);
  draft_ = text_;
}

void CodeView::set_text(std::string text, bool rerun_coming) {
  text_ = std::move(text);
  lines_ = colour_program(text_);
  index_.clear();  // a new program means a new run: its trace starts over
  // With no re-run coming, the run on screen is still the lesson text's.
  stale_ = !rerun_coming && text_ != lesson_text_ ? followed_ : nullptr;
}

bool CodeView::pointed(std::uint32_t line) const {
  return std::any_of(points_.begin(), points_.end(),
                     [line](const LineRange& r) { return r.first <= line && line <= r.last; });
}

std::uint32_t CodeView::first_pointed() const {
  std::uint32_t best = 0;
  for (const LineRange& r : points_) {
    if (r.first > 0 && (best == 0 || r.first < best)) best = r.first;
  }
  return best;
}

void CodeView::follow(const trace::Trace* trace, const trace::Timeline* timeline) {
  followed_ = trace;
  if (trace != stale_) stale_ = nullptr;
  if (!trace || stale_) {
    run_end_ = 0;
    timeline_ = nullptr;
    index_.clear();
    return;
  }
  timeline_ = timeline;
  index_.update(*trace);
  run_end_ = timeline ? std::max(timeline->end_time(), trace->end_time()) : trace->end_time();
}

std::vector<TaskMarker> CodeView::markers_at(trace::Nanos t) const {
  return index_.at(t, timeline_);
}

std::uint32_t CodeView::focus_line(const std::vector<TaskMarker>& markers) {
  const TaskMarker* latest = nullptr;
  for (const TaskMarker& m : markers) {
    if (m.has_state && (m.state == trace::SpanState::Running || m.state == trace::SpanState::Blocking)) {
      return m.line;
    }
    if (!latest || m.since > latest->since) latest = &m;
  }
  return latest ? latest->line : 0;
}

void CodeView::set_editing(bool on) {
  if (on && !editing_ && draft_.empty()) draft_ = text_;
  editing_ = on;
}

const std::vector<CodeLine>& CodeView::draft_lines() {
  if (draft_coloured_ != draft_ || draft_lines_.empty()) {
    draft_lines_ = colour_program(draft_);
    draft_coloured_ = draft_;
  }
  return draft_lines_;
}

bool CodeView::run(std::size_t variant, const RerunFn& rerun) {
  py::ParseResult parsed = py::parse_program(file_.empty() ? "<program>" : file_, draft_);
  if (!parsed.ok()) {
    const py::Diagnostic& d = *parsed.error;
    CodeError e;
    e.kind = CodeError::Kind::Syntax;
    e.line = d.line;
    e.col = d.col;
    e.type = py::error_kind_name(d.kind);
    e.message = d.message;
    error_ = std::move(e);
    error_draft_ = draft_;
    editing_ = true;
    return false;
  }
  error_.reset();
  editing_ = false;
  set_text(draft_, static_cast<bool>(rerun));
  if (rerun) rerun(variant, text_);
  return true;
}

void CodeView::reset(std::size_t variant, const RerunFn& rerun) {
  const bool was_edited = edited();
  error_.reset();
  editing_ = false;
  draft_ = lesson_text_;
  if (was_edited) {
    set_text(lesson_text_, static_cast<bool>(rerun));
    if (rerun) rerun(variant, text_);
  }
}

std::optional<CodeError> CodeView::error_at(trace::Nanos t) const {
  if (error_ && error_->kind == CodeError::Kind::Syntax) return error_;
  const auto& failure = index_.main_failure();
  if (!failure) return error_ && (t >= run_end_ || error_->kind == CodeError::Kind::Syntax) ? error_ : std::nullopt;
  if (failure->time > t) return std::nullopt;  // not happened yet at the playhead
  CodeError e;
  e.kind = CodeError::Kind::Runtime;
  e.line = failure->line;
  split_headline(failure->text, e);
  // The traceback, if given, knows the column (CPython's ^~~ markers).
  if (error_ && error_->line == e.line) e.col = error_->col;
  return e;
}

void CodeView::set_runtime_error(std::string_view stderr_text) {
  if (error_ && error_->kind == CodeError::Kind::Syntax) return;  // the draft's error comes first
  error_ = parse_traceback(stderr_text, file_, text_);
}

void CodeBook::show(const std::vector<CodeSource>& sources) {
  shown_.clear();
  for (const CodeSource& src : sources) {
    CodeView* found = nullptr;
    for (const auto& v : kept_) {
      const bool taken = std::find(shown_.begin(), shown_.end(), v.get()) != shown_.end();
      if (!taken && v->file() == src.file && v->lesson_text() == src.text && v->title() == src.title) {
        found = v.get();
        break;
      }
    }
    if (!found) {
      kept_.push_back(std::make_unique<CodeView>(src.title, src.file, src.text));
      found = kept_.back().get();
    }
    found->set_points(src.points);
    shown_.push_back(found);
  }
}

}  // namespace ls::app
