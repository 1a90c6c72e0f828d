// Per-code-point Unicode properties that str methods and repr() need, plus
// a lenient UTF-8 decoder. Coverage (documented gaps, see each function):
// whitespace, line breaks, printability, isalpha, isdecimal, isdigit and
// isnumeric are exact for all of Unicode (tables generated from CPython
// 3.11 by gen_unicode_tables.py); case mapping and the cased tests are
// exact for ASCII and Latin-1 (U+0000..U+00FF) and treat every letter
// above as uncased (so "DŽ".istitle() and "ω".upper() differ from Python).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ls::py::text {

// Decodes the code point at s[pos] and returns its byte length (>= 1).
// Unlike ls::py::utf8::decode it accepts the generic encoding of lone
// surrogates (Python strings may hold them) and, so that callers never
// loop forever, maps any malformed byte to itself as a 1-byte code point.
inline size_t decode_at(std::string_view s, size_t pos, char32_t& cp) {
  unsigned char b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || pos + len > s.size()) {
    cp = b0;
    return 1;
  }
  char32_t v = b0 & (0x7F >> len);
  for (size_t i = 1; i < len; ++i) {
    unsigned char b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      cp = b0;
      return 1;
    }
    v = (v << 6) | (b & 0x3F);
  }
  cp = v;
  return len;
}

void append_utf8(std::string& out, char32_t cp);

bool is_ascii(std::string_view s);

bool is_space(char32_t cp);       // str.isspace
bool is_linebreak(char32_t cp);   // a line boundary for str.splitlines
bool is_printable(char32_t cp);   // str.isprintable
bool is_alpha(char32_t cp);       // str.isalpha
bool is_decimal(char32_t cp);     // str.isdecimal
bool is_digit(char32_t cp);       // str.isdigit (adds superscripts and the like)
bool is_numeric(char32_t cp);     // str.isnumeric (adds fractions, numerals...)
bool is_upper(char32_t cp);       // uppercase letter (cased)
bool is_lower(char32_t cp);       // lowercase letter (cased)
inline bool is_cased(char32_t cp) { return is_upper(cp) || is_lower(cp); }

// Case mappings append to `out` because some expand (U+00DF -> "SS").
void append_upper(std::string& out, char32_t cp);
void append_lower(std::string& out, char32_t cp);
void append_title(std::string& out, char32_t cp);

namespace detail {
struct CodeRange {
  char32_t first, last;
};
}  // namespace detail

}  // namespace ls::py::text
