// Lexing number and string literals. Only the extent and validity of a
// literal are decided here; the parser converts its text to a value.
#include "python/lexer.h"
#include "python/utf8.h"

namespace ls::py {

namespace {

bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) {
  return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_bin(char c) { return c == '0' || c == '1'; }

}  // namespace

// Consumes digits where single underscores may separate digits ("1_000").
// Expects to start on a digit. Returns false when an underscore is not
// followed by a digit, leaving the cursor after the underscore.
bool Lexer::scan_digits(bool (*is_digit)(char)) {
  while (true) {
    while (is_digit(peek())) advance();
    if (peek() != '_') return true;
    advance();
    if (!is_digit(peek())) return false;
  }
}

void Lexer::lex_number() {
  size_t start = pos_;
  uint32_t line = line_, col = col_;
  char second = static_cast<char>(peek(1) | 0x20);
  if (peek() == '0' && (second == 'x' || second == 'o' || second == 'b')) {
    lex_radix_number(second);
    check_number_end(line, col, second == 'x' ? "hexadecimal" : second == 'o' ? "octal" : "binary");
    emit(Tok::Number, start, line, col);
    return;
  }
  auto invalid = [&] { fail(line_, col_, "invalid decimal literal"); };
  bool fraction_or_exponent = false;
  if (peek() != '.') {
    if (!scan_digits(is_dec)) invalid();
  }
  std::string_view integer = text_.substr(start, pos_ - start);
  if (peek() == '.') {
    fraction_or_exponent = true;
    advance();
    if (peek() == '_') invalid();
    if (is_dec(peek()) && !scan_digits(is_dec)) invalid();
  }
  // An exponent needs digits after the 'e'; "1else" is 1 followed by `else`.
  char e = static_cast<char>(peek() | 0x20);
  size_t sign = (peek(1) == '+' || peek(1) == '-') ? 1 : 0;
  if (e == 'e' && is_dec(peek(1 + sign))) {
    fraction_or_exponent = true;
    advance();
    if (sign) advance();
    if (!scan_digits(is_dec)) invalid();
  } else if (e == 'e' && (sign || fraction_or_exponent || !is_identifier_char(peek(1)))) {
    advance();
    invalid();
  }
  if ((peek() | 0x20) == 'j') fail(line, col, not_supported("a complex number literal"));
  bool leading_zero = integer.size() > 1 && integer[0] == '0' &&
                      integer.find_first_not_of("0_") != std::string_view::npos;
  if (leading_zero && !fraction_or_exponent) {
    fail(line, col,
         "leading zeros in decimal integer literals are not permitted; "
         "use an 0o prefix for octal integers");
  }
  check_number_end(line, col, "decimal");
  emit(Tok::Number, start, line, col);
}

// 0x.., 0o.., 0b..; `radix` is the lower-case prefix letter.
void Lexer::lex_radix_number(char radix) {
  const char* kind = radix == 'x' ? "hexadecimal" : radix == 'o' ? "octal" : "binary";
  bool (*digit)(char) = radix == 'x' ? is_hex : radix == 'o' ? is_oct : is_bin;
  auto invalid = [&] { fail(line_, col_, std::string("invalid ") + kind + " literal"); };
  advance();
  advance();
  if (peek() == '_') advance();
  if (!digit(peek())) {
    if (radix != 'x' && is_dec(peek())) {
      fail(line_, col_, std::string("invalid digit '") + peek() + "' in " + kind + " literal");
    }
    invalid();
  }
  if (!scan_digits(digit)) invalid();
  if (radix != 'x' && is_dec(peek())) {
    fail(line_, col_, std::string("invalid digit '") + peek() + "' in " + kind + " literal");
  }
}

// A number must not run into a name ("1abc"), except into a keyword:
// CPython 3.11 still reads "1if x else 2" as `1 if x else 2`.
void Lexer::check_number_end(uint32_t line, uint32_t col, const char* kind) {
  char32_t cp = 0;
  if (at_end() || utf8::decode(text_, pos_, cp) == 0 || !is_identifier_char(cp)) return;
  size_t end = pos_;
  while (end < text_.size()) {
    size_t len = utf8::decode(text_, end, cp);
    if (len == 0 || !is_identifier_char(cp)) break;
    end += len;
  }
  if (keyword_kind(text_.substr(pos_, end - pos_)) != Tok::Name) return;
  fail(line, col, std::string("invalid ") + kind + " literal");
}

// Strings: `start` is where the prefix (if any) began, the cursor is on the
// opening quote. A backslash always protects the next character, even in raw
// strings, so r'\'' is one string.
void Lexer::lex_string(size_t start, uint32_t line, uint32_t col) {
  char quote = peek();
  bool triple = peek(1) == quote && peek(2) == quote;
  for (int i = 0; i < (triple ? 3 : 1); ++i) advance();
  auto unterminated = [&](uint32_t detected) {
    fail(line, col, std::string(triple ? "unterminated triple-quoted string literal"
                                       : "unterminated string literal") +
                        " (detected at line " + std::to_string(detected) + ")");
  };
  while (true) {
    if (at_end()) {
      // The line holding the last character, like CPython.
      char last = text_.empty() ? '\0' : text_.back();
      bool ends_with_break = last == '\n' || last == '\r';
      unterminated(ends_with_break && line_ > 1 ? line_ - 1 : line_);
    }
    char c = peek();
    if (c == '\\') {
      advance();
      if (peek() == '\n' || peek() == '\r') {
        advance_line_break();
      } else if (!at_end()) {
        advance();
      }
    } else if (!triple && (c == '\n' || c == '\r')) {
      unterminated(line_);
    } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
      for (int i = 0; i < (triple ? 3 : 1); ++i) advance();
      break;
    } else {
      advance();
    }
  }
  emit(Tok::String, start, line, col);
}

}  // namespace ls::py
