// Lexer main loop: lines, indentation, brackets, names and operators.
// Numbers and strings live in lexer_literals.cpp.
#include "python/lexer.h"

#include <utility>
#include <cstdio>

#include "python/utf8.h"

namespace ls::py {

Lexer::Lexer(const SourceFile& file) : file_(file), text_(file.text()) {}

Lexer::Lexer(const SourceFile& file, std::string_view text, uint32_t line, uint32_t col)
    : file_(file), text_(text), fstring_mode_(true), line_(line), col_(col) {
  at_line_start_ = false;
}

void Lexer::advance() {
  unsigned char c = static_cast<unsigned char>(text_[pos_++]);
  if (c == '\n' || (c == '\r' && peek() != '\n')) {
    ++line_;
    col_ = 1;
  } else if (c != '\r' && !utf8::is_continuation(c)) {
    ++col_;
  }
}

void Lexer::advance_line_break() {
  if (peek() == '\r' && peek(1) == '\n') advance();
  advance();
}

void Lexer::fail(uint32_t line, uint32_t col, std::string message, ErrorKind kind) const {
  throw SyntaxErrorException(make_diagnostic(file_, line, col, std::move(message), kind));
}

void Lexer::fail_soft(uint32_t line, uint32_t col, std::string message, ErrorKind kind) {
  soft_error_ = true;
  fail(line, col, std::move(message), kind);
}

// Rejects invalid UTF-8 and NUL bytes up front, so that everything after can
// decode code points without checking.
void Lexer::check_encoding() const {
  uint32_t line = 1, col = 1;
  for (size_t i = 0; i < text_.size();) {
    char32_t cp = 0;
    size_t len = utf8::decode(text_, i, cp);
    if (len == 0) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "Non-UTF-8 code starting with '\\x%02x'",
                    static_cast<unsigned char>(text_[i]));
      fail(line, col, std::string(buf) + " (source files must be UTF-8)");
    }
    if (cp == 0) fail(line, col, "source code cannot contain null bytes");
    bool crlf = cp == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n';
    if (cp == '\n' || (cp == '\r' && !crlf)) {
      ++line;
      col = 1;
    } else if (cp != '\r') {
      ++col;
    }
    i += len;
  }
}

std::vector<Token> Lexer::tokenize() {
  if (!fstring_mode_) {
    check_encoding();
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 byte order mark
  }
  tokens_.reserve(text_.size() / 3 + 8);
  while (true) {
    if (at_line_start_) {
      at_line_start_ = false;
      if (brackets_.empty() && !read_indentation()) continue;
    }
    while (peek() == ' ' || peek() == '\t' || peek() == '\f') advance();
    if (at_end()) break;
    char c = peek();
    if (c == '#') {
      while (!at_end() && peek() != '\n' && peek() != '\r') advance();
    } else if (c == '\n' || c == '\r') {
      line_break();
    } else if (c == '\\') {
      continuation();
    } else {
      lex_token();
      line_has_tokens_ = true;
    }
  }
  finish();
  return std::move(tokens_);
}

// Measures the indentation of a new line and emits INDENT/DEDENT. Returns
// false for blank and comment-only lines, which do not count.
//
// Indentation cannot be split by a backslash: as in CPython, the column of
// the first backslash-newline met in the indentation (when not 0) is the
// line's indentation, and a line continued into a blank one is blank.
bool Lexer::read_indentation() {
  unsigned col = 0, altcol = 0;
  unsigned continued_at = 0;  // column of the first backslash, 0 if none
  while (true) {
    char c = peek();
    if (c == ' ') {
      ++col, ++altcol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8, ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;  // a form feed resets the count, as in CPython
    } else if (c == '\\') {
      if (!continued_at) continued_at = col;
      continuation();
      continue;
    } else {
      break;
    }
    advance();
  }
  char c = peek();
  if (at_end() || c == '#' || c == '\n' || c == '\r') return false;
  if (continued_at) col = altcol = continued_at;

  auto tab_error = [&] {
    fail_soft(line_, col_, "inconsistent use of tabs and spaces in indentation", ErrorKind::TabError);
  };
  if (col > indents_.back().col) {
    if (indents_.size() >= kMaxIndentLevels) {
      fail_soft(line_, col_, "too many levels of indentation", ErrorKind::IndentationError);
    }
    if (altcol <= indents_.back().altcol) tab_error();
    indents_.push_back({col, altcol});
    emit_marker(Tok::Indent, line_, col_);
    return true;
  }
  // Find the block we return to before emitting any DEDENT, so that a bad
  // unindent is reported before the parser sees blocks close.
  size_t keep = indents_.size();
  while (col < indents_[keep - 1].col) --keep;
  if (col != indents_[keep - 1].col) {
    fail_soft(line_, col_, "unindent does not match any outer indentation level",
              ErrorKind::IndentationError);
  }
  if (altcol != indents_[keep - 1].altcol) tab_error();
  while (indents_.size() > keep) {
    indents_.pop_back();
    emit_marker(Tok::Dedent, line_, col_);
  }
  return true;
}

void Lexer::line_break() {
  uint32_t line = line_, col = col_;
  advance_line_break();
  if (fstring_mode_ || !brackets_.empty()) return;  // implicit line joining
  if (line_has_tokens_) {
    tokens_.push_back({Tok::Newline, line, col, line, col + 1, {}});
    line_has_tokens_ = false;
  }
  at_line_start_ = true;
}

// A backslash joins the next line; the file may not end right after it.
void Lexer::continuation() {
  advance();  // the backslash
  uint32_t line = line_, col = col_;
  if (at_end()) fail_soft(line, col, "unexpected EOF while parsing");
  if (peek() != '\n' && peek() != '\r') {
    fail_soft(line, col, "unexpected character after line continuation character");
  }
  advance_line_break();
  if (at_end()) fail_soft(line, col, "unexpected EOF while parsing");
}

void Lexer::finish() {
  if (!brackets_.empty()) {
    const OpenBracket& b = brackets_.back();
    if (fstring_mode_) fail(b.line, b.col, std::string("'") + b.open + "' was never closed");
    emit_marker(Tok::EndMarker, line_, col_);  // no NEWLINE inside brackets
    return;
  }
  if (!fstring_mode_) {
    if (line_has_tokens_) tokens_.push_back({Tok::Newline, line_, col_, line_, col_ + 1, {}});
    for (size_t i = 1; i < indents_.size(); ++i) emit_marker(Tok::Dedent, line_, col_);
  }
  emit_marker(Tok::EndMarker, line_, col_);
}

void Lexer::lex_token() {
  unsigned char c = static_cast<unsigned char>(peek());
  if (c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
    lex_name();
  } else if ((c >= '0' && c <= '9') || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
    lex_number();
  } else if (c == '\'' || c == '"') {
    lex_string(pos_, line_, col_);
  } else {
    lex_operator();
  }
}

void Lexer::lex_name() {
  size_t start = pos_;
  uint32_t line = line_, col = col_;
  while (!at_end()) {
    char32_t cp = 0;
    size_t len = utf8::decode(text_, pos_, cp);
    bool ok = pos_ == start ? is_identifier_start(cp) : is_identifier_char(cp);
    if (!ok) break;
    for (size_t i = 0; i < len; ++i) advance();
  }
  if (pos_ == start) invalid_character(line, col);
  std::string_view word = text_.substr(start, pos_ - start);
  if ((peek() == '\'' || peek() == '"') && is_string_prefix(word)) {
    lex_string(start, line, col);
    return;
  }
  emit(keyword_kind(word), start, line, col);
}

namespace {

// The operator spelled at the start of `s` and its length, longest match
// first; length 0 when `s` starts with no operator.
std::pair<Tok, size_t> match_operator(std::string_view s) {
  char c = s[0];
  char c1 = s.size() > 1 ? s[1] : '\0';
  char c2 = s.size() > 2 ? s[2] : '\0';
  // `op`, `op=`, and for doubled operators `opop` and `opop=`.
  auto with_equal = [&](Tok plain, Tok equal) -> std::pair<Tok, size_t> {
    return c1 == '=' ? std::pair{equal, size_t{2}} : std::pair{plain, size_t{1}};
  };
  auto doubled = [&](Tok plain, Tok equal, Tok twice, Tok twice_equal) -> std::pair<Tok, size_t> {
    if (c1 != c) return with_equal(plain, equal);
    return c2 == '=' ? std::pair{twice_equal, size_t{3}} : std::pair{twice, size_t{2}};
  };
  switch (c) {
    case '(': return {Tok::LPar, 1};
    case ')': return {Tok::RPar, 1};
    case '[': return {Tok::LSqb, 1};
    case ']': return {Tok::RSqb, 1};
    case '{': return {Tok::LBrace, 1};
    case '}': return {Tok::RBrace, 1};
    case ',': return {Tok::Comma, 1};
    case ';': return {Tok::Semi, 1};
    case '~': return {Tok::Tilde, 1};
    case ':': return with_equal(Tok::Colon, Tok::ColonEqual);
    case '=': return with_equal(Tok::Equal, Tok::EqEqual);
    case '+': return with_equal(Tok::Plus, Tok::PlusEqual);
    case '%': return with_equal(Tok::Percent, Tok::PercentEqual);
    case '&': return with_equal(Tok::Amper, Tok::AmperEqual);
    case '|': return with_equal(Tok::VBar, Tok::VBarEqual);
    case '^': return with_equal(Tok::Caret, Tok::CaretEqual);
    case '@': return with_equal(Tok::At, Tok::AtEqual);
    case '-': return c1 == '>' ? std::pair{Tok::Arrow, size_t{2}} : with_equal(Tok::Minus, Tok::MinusEqual);
    case '*': return doubled(Tok::Star, Tok::StarEqual, Tok::DoubleStar, Tok::DoubleStarEqual);
    case '/': return doubled(Tok::Slash, Tok::SlashEqual, Tok::DoubleSlash, Tok::DoubleSlashEqual);
    case '<': return doubled(Tok::Less, Tok::LessEqual, Tok::LeftShift, Tok::LeftShiftEqual);
    case '>': return doubled(Tok::Greater, Tok::GreaterEqual, Tok::RightShift, Tok::RightShiftEqual);
    case '!': return c1 == '=' ? std::pair{Tok::NotEqual, size_t{2}} : std::pair{Tok::EndMarker, size_t{0}};
    case '.':
      return c1 == '.' && c2 == '.' ? std::pair{Tok::Ellipsis, size_t{3}} : std::pair{Tok::Dot, size_t{1}};
    default: return {Tok::EndMarker, 0};
  }
}

}  // namespace

void Lexer::lex_operator() {
  size_t start = pos_;
  uint32_t line = line_, col = col_;
  auto [kind, length] = match_operator(text_.substr(pos_));
  if (length == 0) {
    char c = peek();
    if (c <= ' ' || c == 0x7F) invalid_character(line, col);  // control characters
    kind = Tok::ErrorToken;
    length = 1;
  }
  for (size_t i = 0; i < length; ++i) advance();
  char c = text_[start];
  if (c == '(' || c == '[' || c == '{') open_bracket(c, line, col);
  if (c == ')' || c == ']' || c == '}') close_bracket(c, line, col);
  emit(kind, start, line, col);
}

void Lexer::open_bracket(char c, uint32_t line, uint32_t col) {
  if (brackets_.size() >= kMaxBracketDepth) fail(line, col, "too many nested parentheses");
  brackets_.push_back({c, line, col});
}

void Lexer::close_bracket(char c, uint32_t line, uint32_t col) {
  if (brackets_.empty()) fail(line, col, std::string("unmatched '") + c + "'");
  OpenBracket open = brackets_.back();
  char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
  if (c != expected) {
    std::string message = std::string("closing parenthesis '") + c +
                          "' does not match opening parenthesis '" + open.open + "'";
    if (open.line != line) message += " on line " + std::to_string(open.line);
    fail(line, col, message);
  }
  brackets_.pop_back();
}

// CPython's messages for characters that cannot start any token.
void Lexer::invalid_character(uint32_t line, uint32_t col) {
  char32_t cp = 0;
  size_t len = utf8::decode(text_, pos_, cp);
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
  if (is_nonprintable(cp)) fail(line, col, std::string("invalid non-printable character ") + hex);
  fail(line, col, "invalid character '" + std::string(text_.substr(pos_, len)) + "' (" + hex + ")");
}

void Lexer::emit(Tok kind, size_t start, uint32_t line, uint32_t col) {
  tokens_.push_back({kind, line, col, line_, col_, text_.substr(start, pos_ - start)});
}

void Lexer::emit_marker(Tok kind, uint32_t line, uint32_t col) {
  tokens_.push_back({kind, line, col, line, col, {}});
}

// --- Character classes -------------------------------------------------------

bool is_nonprintable(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}

// Without a Unicode database we accept every non-ASCII code point as a letter
// except the blocks that hold only symbols, punctuation, spaces or private
// use. Programs with identifiers like `größe` or `名前` lex as in CPython; a
// few exotic symbol characters are accepted where CPython would refuse them.
bool is_identifier_start(char32_t cp) {
  if (cp < 0x80) {
    return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (is_nonprintable(cp)) return false;
  if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  struct Range {
    char32_t lo, hi;
  };
  static constexpr Range kSymbols[] = {
      {0x2000, 0x206F},   // general punctuation
      {0x20A0, 0x20CF},   // currency
      {0x2190, 0x2BFF},   // arrows, maths, technical, box drawing, shapes, dingbats
      {0x2E00, 0x2E7F},   // supplemental punctuation
      {0x3000, 0x3004},   // CJK punctuation
      {0x3008, 0x3020},   // CJK brackets
      {0xE000, 0xF8FF},   // private use
      {0xFE10, 0xFE1F},   // vertical forms
      {0xFE30, 0xFE4F},   // CJK compatibility forms
      {0xFF01, 0xFF0F},   // fullwidth punctuation
      {0xFFF0, 0xFFFF},   // specials
      {0x1F000, 0x1FAFF}, // emoji and pictographs
  };
  for (const Range& r : kSymbols) {
    if (cp >= r.lo && cp <= r.hi) return false;
  }
  return true;
}

bool is_identifier_char(char32_t cp) {
  return (cp >= '0' && cp <= '9') || is_identifier_start(cp);
}

}  // namespace ls::py
