// UTF-8 helpers shared by the lexer, the string-literal decoder and
// diagnostics. Strict decoding (RFC 3629): no overlong forms, no surrogates,
// nothing above U+10FFFF, because source text must be valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ls::py::utf8 {

inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point starting at s[pos]. Returns its length in bytes
// (1..4) and stores it in `cp`, or returns 0 when the bytes there are not a
// valid UTF-8 sequence.
inline size_t decode(std::string_view s, size_t pos, char32_t& cp) {
  auto byte = [&](size_t i) -> unsigned char {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0;
  };
  unsigned char b0 = byte(0);
  if (pos >= s.size()) return 0;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = b0 & 0x07;
  } else {
    return 0;  // a stray continuation byte or 0xF8..0xFF
  }
  for (size_t i = 1; i < len; ++i) {
    if (!is_continuation(byte(i))) return 0;
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Appends `cp` encoded as UTF-8. Lone surrogates (which Python strings may
// hold, e.g. "\ud800") are encoded with the generic 3-byte form.
inline void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Number of code points in a valid UTF-8 string.
inline size_t length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

}  // namespace ls::py::utf8
