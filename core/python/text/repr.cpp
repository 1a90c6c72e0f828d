// repr() of str and bytes.
#include "python/text/repr.h"

#include "python/text/unicode.h"

namespace ls::py::text {

namespace {

// Python's quote rule, shared by str and bytes.
char pick_quote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

void append_hex(std::string& out, char32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
}

// The escapes common to str and bytes for code points below 0x80; returns
// false for a printable character that stands for itself.
bool append_ascii_escape(std::string& out, char32_t c, char quote) {
  switch (c) {
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    case '\\': out += "\\\\"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out += '\\';
    out += quote;
    return true;
  }
  if (c < 0x20 || c == 0x7F) {
    out += "\\x";
    append_hex(out, c, 2);
    return true;
  }
  return false;
}

}  // namespace

void append_str_repr(std::string& out, std::string_view s) {
  char quote = pick_quote(s);
  out.reserve(out.size() + s.size() + 2);
  out += quote;
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp;
    size_t len = decode_at(s, pos, cp);
    if (cp < 0x80) {
      if (!append_ascii_escape(out, cp, quote)) out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      out += s.substr(pos, len);
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
    pos += len;
  }
  out += quote;
}

std::string str_repr(std::string_view utf8) {
  std::string out;
  append_str_repr(out, utf8);
  return out;
}

std::string bytes_repr(std::string_view bytes) {
  char quote = pick_quote(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    char32_t c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (!append_ascii_escape(out, c, quote)) {
      out += ch;
    }
  }
  out += quote;
  return out;
}

}  // namespace ls::py::text
