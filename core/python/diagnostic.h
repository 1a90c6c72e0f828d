// Diagnostic: one compile-time error of the Python front end, positioned like
// CPython's (1-based line, 1-based column counted in code points), and the
// SourceFile it points into.
//
// The front end stops at the first error, as CPython does: lexer, parser and
// resolver throw SyntaxErrorException internally and parse_program() turns it
// into a Diagnostic. Nothing outside the front end sees the exception.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ls::py {

// A program's text with its name and a line index. Source text is never
// copied after construction: identifiers and string views in the AST point
// into it, so the owner (Program) keeps it at a fixed address.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  // Number of lines; a final line without a newline counts, an empty file has 0.
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // Line `line` (1-based) without its line break; empty when out of range.
  std::string_view line_text(uint32_t line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;  // byte offset where each line begins
};

// Python's compile-time exception classes (IndentationError and TabError are
// subclasses of SyntaxError in Python; the runtime may raise them as such).
enum class ErrorKind : uint8_t { SyntaxError, IndentationError, TabError };

const char* error_kind_name(ErrorKind kind);

struct Diagnostic {
  std::string file;
  uint32_t line = 0;  // 1-based; 0 when the error has no position
  uint32_t col = 0;   // 1-based, in code points; 0 when unknown
  std::string message;      // e.g. "expected ':'"
  std::string source_line;  // the offending line, valid UTF-8, no line break
  ErrorKind kind = ErrorKind::SyntaxError;

  // "FILE:LINE:COL: SyntaxError: MESSAGE", the format Loopscope's CLI prints.
  std::string to_string() const;
  // CPython's own layout, for tracebacks:
  //   File "t.py", line 1
  //     if x
  //         ^
  // SyntaxError: expected ':'
  std::string to_python() const;
};

// Builds a Diagnostic whose source_line is taken from `file` and made valid
// UTF-8 (invalid bytes become U+FFFD) so it is safe to print or put in JSON.
Diagnostic make_diagnostic(const SourceFile& file, uint32_t line, uint32_t col,
                           std::string message,
                           ErrorKind kind = ErrorKind::SyntaxError);

// The front end's internal error channel; see the file comment.
class SyntaxErrorException : public std::runtime_error {
 public:
  explicit SyntaxErrorException(Diagnostic d)
      : std::runtime_error(d.message), diag(std::move(d)) {}
  Diagnostic diag;
};

// Message suffix for constructs outside the supported subset, so every such
// error reads "<what> is not supported by Loopscope".
inline std::string not_supported(std::string_view what) {
  return std::string(what) + " is not supported by Loopscope";
}

}  // namespace ls::py
