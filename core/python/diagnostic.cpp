// SourceFile line index and Diagnostic formatting.
#include "python/diagnostic.h"

#include "python/utf8.h"

namespace ls::py {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // Python ends lines at \n, \r\n or a lone \r; the lexer counts the same way.
  if (!text_.empty()) line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if ((c == '\n' || c == '\r') && i + 1 < text_.size()) {
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(begin, end - begin);
}

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
  }
  return "SyntaxError";
}

std::string Diagnostic::to_string() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
         error_kind_name(kind) + ": " + message;
}

std::string Diagnostic::to_python() const {
  std::string out = "  File \"" + file + "\"";
  if (line > 0) out += ", line " + std::to_string(line);
  out += "\n";
  // CPython strips the indentation and moves the caret with it.
  size_t skip = 0;
  while (skip < source_line.size() &&
         (source_line[skip] == ' ' || source_line[skip] == '\t' ||
          source_line[skip] == '\f')) {
    ++skip;
  }
  if (skip < source_line.size()) {
    out += "    " + source_line.substr(skip) + "\n";
    if (col > skip) out += "    " + std::string(col - 1 - skip, ' ') + "^\n";
  }
  out += std::string(error_kind_name(kind)) + ": " + message + "\n";
  return out;
}

namespace {

// Replaces every invalid UTF-8 sequence by U+FFFD, one per bad byte.
std::string sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = utf8::decode(s, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace

Diagnostic make_diagnostic(const SourceFile& file, uint32_t line, uint32_t col,
                           std::string message, ErrorKind kind) {
  Diagnostic d;
  d.file = file.name();
  d.line = line;
  d.col = col;
  d.message = std::move(message);
  d.source_line = sanitize(file.line_text(line));
  d.kind = kind;
  return d;
}

}  // namespace ls::py
