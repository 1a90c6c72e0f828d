#include "lesson/lesson_md.h"
#include "python/utf8.h"

namespace ls::lesson {

// Strict UTF-8 (RFC 3629), the same rules the interpreter reads programs with.
bool valid_utf8(std::string_view text, int& bad_line) {
  int line = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') ++line;
    char32_t cp = 0;
    const std::size_t len = py::utf8::decode(text, i, cp);
    if (len == 0) {
      bad_line = line;
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace ls::lesson
