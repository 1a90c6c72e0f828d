// Code point properties. ASCII is answered with a few comparisons; the
// rest of Latin-1 with explicit rules taken from CPython's behaviour (see
// the tests); whole-Unicode tables are binary searched.
#include "python/text/unicode.h"

#include <algorithm>

#include "python/utf8.h"

namespace ls::py::text {

namespace detail {
extern const CodeRange kNotPrintable[];
extern const size_t kNotPrintable_size;
extern const CodeRange kAlpha[];
extern const size_t kAlpha_size;
extern const CodeRange kDecimal[];
extern const size_t kDecimal_size;
extern const CodeRange kDigit[];
extern const size_t kDigit_size;
extern const CodeRange kNumeric[];
extern const size_t kNumeric_size;
}  // namespace detail

namespace {

bool in_table(const detail::CodeRange* table, size_t size, char32_t cp) {
  const detail::CodeRange* end = table + size;
  // First range whose last >= cp; cp is inside it if first <= cp.
  const detail::CodeRange* it = std::lower_bound(
      table, end, cp, [](const detail::CodeRange& r, char32_t c) { return r.last < c; });
  return it != end && it->first <= cp;
}

// Latin-1 letters U+00C0..U+00FE excluding the two operators at D7 and F7.
bool latin1_letter(char32_t cp) { return cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7; }

}  // namespace

void append_utf8(std::string& out, char32_t cp) { ls::py::utf8::encode(cp, out); }

bool is_ascii(std::string_view s) {
  // Eight bytes at a time: the ASCII check runs once per call of every str
  // method, so it is worth keeping cheap on long strings.
  size_t i = 0;
  unsigned long long acc = 0;
  for (; i + 8 <= s.size(); i += 8) {
    unsigned long long w;
    __builtin_memcpy(&w, s.data() + i, 8);
    acc |= w;
  }
  for (; i < s.size(); ++i) acc |= static_cast<unsigned char>(s[i]);
  return (acc & 0x8080808080808080ULL) == 0;
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_linebreak(char32_t cp) {
  switch (cp) {
    case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D:
    case 0x1E: case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_table(detail::kNotPrintable, detail::kNotPrintable_size, cp);
}

bool is_alpha(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return in_table(detail::kAlpha, detail::kAlpha_size, cp);
}

bool is_decimal(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_table(detail::kDecimal, detail::kDecimal_size, cp);
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_table(detail::kDigit, detail::kDigit_size, cp);
}

bool is_numeric(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_table(detail::kNumeric, detail::kNumeric_size, cp);
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return latin1_letter(cp) && cp <= 0xDE;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  // ª and º are lowercase (Other_Lowercase) though they have no uppercase.
  return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (latin1_letter(cp) && cp >= 0xDF);
}

void append_upper(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
  } else if (cp == 0xDF) {
    out += "SS";
  } else if (cp == 0xB5) {
    append_utf8(out, 0x39C);  // MICRO SIGN -> GREEK CAPITAL MU
  } else if (cp == 0xFF) {
    append_utf8(out, 0x178);  // y diaeresis's capital lives in Latin Extended-A
  } else if (latin1_letter(cp) && cp >= 0xE0) {
    append_utf8(out, cp - 32);
  } else {
    append_utf8(out, cp);
  }
}

void append_lower(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  } else if (latin1_letter(cp) && cp <= 0xDE) {
    append_utf8(out, cp + 32);
  } else {
    append_utf8(out, cp);
  }
}

void append_title(std::string& out, char32_t cp) {
  if (cp == 0xDF) {
    out += "Ss";  // titlecase differs from uppercase only here in Latin-1
  } else {
    append_upper(out, cp);
  }
}

}  // namespace ls::py::text
