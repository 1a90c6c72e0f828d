// Case conversion, padding and the is*() predicates of str. ASCII strings
// take a byte loop; others decode code points (see unicode.h for coverage).
#include <algorithm>

#include "python/text/str_methods.h"
#include "python/text/unicode.h"

namespace ls::py::text {

namespace {

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Calls f(cp) for each code point.
template <class F>
void each(std::string_view s, F f) {
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp;
    pos += decode_at(s, pos, cp);
    f(cp);
  }
}

template <class Pred>
bool all_of(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  bool ok = true;
  each(s, [&](char32_t cp) { ok = ok && pred(cp); });
  return ok;
}

void append_fill(std::string& out, std::string_view fill, int64_t n) {
  if (fill.size() == 1) {
    out.append(static_cast<size_t>(n), fill[0]);
  } else {
    for (int64_t i = 0; i < n; ++i) out += fill;
  }
}

std::string pad(std::string_view s, int64_t left, int64_t right, std::string_view fill) {
  std::string out;
  out.reserve(s.size() + static_cast<size_t>(left + right) * fill.size());
  append_fill(out, fill, left);
  out += s;
  append_fill(out, fill, right);
  return out;
}

int64_t length(std::string_view s) { return static_cast<int64_t>(utf8_length(s)); }

}  // namespace

std::string upper(std::string_view s) {
  std::string out;
  if (is_ascii(s)) {
    out.resize(s.size());
    std::transform(s.begin(), s.end(), out.begin(), ascii_upper);
    return out;
  }
  out.reserve(s.size());
  each(s, [&](char32_t cp) { append_upper(out, cp); });
  return out;
}

std::string lower(std::string_view s) {
  std::string out;
  if (is_ascii(s)) {
    out.resize(s.size());
    std::transform(s.begin(), s.end(), out.begin(), ascii_lower);
    return out;
  }
  out.reserve(s.size());
  each(s, [&](char32_t cp) { append_lower(out, cp); });
  return out;
}

std::string capitalize(std::string_view s) {
  // First code point to titlecase, the rest to lowercase (Python 3.8+).
  std::string out;
  out.reserve(s.size());
  bool first = true;
  each(s, [&](char32_t cp) {
    if (first) append_title(out, cp);
    else append_lower(out, cp);
    first = false;
  });
  return out;
}

std::string title(std::string_view s) {
  // A cased character after an uncased one starts a word, so "they're"
  // becomes "They'Re" exactly as in Python.
  std::string out;
  out.reserve(s.size());
  bool previous_cased = false;
  each(s, [&](char32_t cp) {
    if (previous_cased) append_lower(out, cp);
    else append_title(out, cp);
    previous_cased = is_cased(cp);
  });
  return out;
}

std::string swapcase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  each(s, [&](char32_t cp) {
    if (is_upper(cp)) append_lower(out, cp);
    else if (is_lower(cp)) append_upper(out, cp);
    else append_utf8(out, cp);
  });
  return out;
}

std::string center(std::string_view s, int64_t width, std::string_view fill) {
  int64_t margin = width - length(s);
  if (margin <= 0) return std::string(s);
  // CPython puts the odd extra column on the left when width is odd.
  int64_t left = margin / 2 + (margin & width & 1);
  return pad(s, left, margin - left, fill);
}

std::string ljust(std::string_view s, int64_t width, std::string_view fill) {
  int64_t margin = width - length(s);
  return margin <= 0 ? std::string(s) : pad(s, 0, margin, fill);
}

std::string rjust(std::string_view s, int64_t width, std::string_view fill) {
  int64_t margin = width - length(s);
  return margin <= 0 ? std::string(s) : pad(s, margin, 0, fill);
}

std::string zfill(std::string_view s, int64_t width) {
  int64_t margin = width - length(s);
  if (margin <= 0) return std::string(s);
  std::string out = pad(s, margin, 0, "0");
  // A leading sign moves in front of the zeros.
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[static_cast<size_t>(margin)] = '0';
    out[0] = s[0];
  }
  return out;
}

bool isdigit(std::string_view s) { return all_of(s, is_digit); }
bool isdecimal(std::string_view s) { return all_of(s, is_decimal); }
bool isnumeric(std::string_view s) { return all_of(s, is_numeric); }
bool isalpha(std::string_view s) { return all_of(s, is_alpha); }
bool isspace(std::string_view s) { return all_of(s, is_space); }

bool isalnum(std::string_view s) {
  return all_of(s, [](char32_t cp) { return is_alpha(cp) || is_numeric(cp); });
}

bool isupper(std::string_view s) {
  // At least one cased character and no lowercase one.
  bool cased = false, lower_seen = false;
  each(s, [&](char32_t cp) {
    lower_seen = lower_seen || is_lower(cp);
    cased = cased || is_upper(cp);
  });
  return cased && !lower_seen;
}

bool islower(std::string_view s) {
  bool cased = false, upper_seen = false;
  each(s, [&](char32_t cp) {
    upper_seen = upper_seen || is_upper(cp);
    cased = cased || is_lower(cp);
  });
  return cased && !upper_seen;
}

bool istitle(std::string_view s) {
  // Uppercase only at the start of a word, lowercase only inside one.
  bool cased = false, ok = true, previous_cased = false;
  each(s, [&](char32_t cp) {
    if (is_upper(cp)) {
      ok = ok && !previous_cased;
      previous_cased = cased = true;
    } else if (is_lower(cp)) {
      ok = ok && previous_cased;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  });
  return ok && cased;
}

bool isprintable(std::string_view s) {
  bool ok = true;
  each(s, [&](char32_t cp) { ok = ok && is_printable(cp); });
  return ok;
}

bool isascii(std::string_view s) { return is_ascii(s); }

}  // namespace ls::py::text
