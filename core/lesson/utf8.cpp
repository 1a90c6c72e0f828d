#include <cstdint>

#include "lesson/lesson_md.h"

namespace ls::lesson {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool valid_utf8(std::string_view text, int& bad_line) {
  int line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto b = static_cast<std::uint8_t>(text[i]);
    if (b == '\n') ++line;
    if (b < 0x80) { ++i; continue; }
    int len = 0;
    std::uint32_t cp = 0, min = 0;
    if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; min = 0x10000; }
    else { bad_line = line; return false; }
    if (i + len > n) { bad_line = line; return false; }
    for (int k = 1; k < len; ++k) {
      const auto c = static_cast<std::uint8_t>(text[i + k]);
      if ((c & 0xC0) != 0x80) { bad_line = line; return false; }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { bad_line = line; return false; }
    i += len;
  }
  return true;
}

}  // namespace ls::lesson
