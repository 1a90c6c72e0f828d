// String prefixes and escape sequences.
#include "python/string_literal.h"

#include "python/diagnostic.h"
#include "python/utf8.h"

namespace ls::py {

StringLiteralParts split_string_literal(std::string_view text) {
  StringLiteralParts parts;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(text[i] | 0x20);
    parts.raw |= c == 'r';
    parts.bytes |= c == 'b';
    parts.fstring |= c == 'f';
    ++i;
  }
  // The lexer guarantees matching quotes: 1 or 3 on each side.
  size_t quotes = text.size() - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
  parts.body_offset = i + quotes;
  parts.body = text.substr(i + quotes, text.size() - i - 2 * quotes);
  return parts;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython's wording for a bad escape in a str literal.
std::string unicode_error(size_t begin, size_t end, const char* what) {
  return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(begin) + "-" + std::to_string(end) + ": " + what;
}

// Reads exactly `count` hex digits at text[pos]; -1 if there are fewer.
long read_hex(std::string_view text, size_t pos, size_t count) {
  long value = 0;
  for (size_t k = 0; k < count; ++k) {
    int d = pos + k < text.size() ? hex_value(text[pos + k]) : -1;
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

}  // namespace

bool decode_escapes(std::string_view text, bool bytes, std::string& out, EscapeError& error) {
  auto fail = [&](size_t offset, std::string message) {
    error.offset = offset;
    error.message = std::move(message);
    return false;
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c != '\\') {
      if (bytes && static_cast<unsigned char>(c) >= 0x80) {
        return fail(i, "bytes can only contain ASCII literal characters");
      }
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= text.size()) {  // a lone trailing backslash stays
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    char e = text[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;  // backslash-newline continues the literal
      case '\r': if (i < text.size() && text[i] == '\n') ++i; break;
      case '\\': case '\'': case '"': out += e; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < text.size() && text[i] >= '0' && text[i] <= '7'; ++k) {
          value = value * 8 + static_cast<unsigned>(text[i++] - '0');
        }
        if (bytes) {
          out += static_cast<char>(value & 0xFF);
        } else {
          utf8::encode(value, out);
        }
        break;
      }
      case 'x': {
        long value = read_hex(text, i, 2);
        if (value < 0) {
          if (bytes) return fail(start, "(value error) invalid \\x escape at position " + std::to_string(start));
          size_t end = i;
          while (end < text.size() && end < i + 2 && hex_value(text[end]) >= 0) ++end;
          return fail(start, unicode_error(start, end - 1, "truncated \\xXX escape"));
        }
        i += 2;
        if (bytes) {
          out += static_cast<char>(value);
        } else {
          utf8::encode(static_cast<char32_t>(value), out);
        }
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {
          out += '\\';
          out += e;
          break;
        }
        size_t count = e == 'u' ? 4 : 8;
        long value = read_hex(text, i, count);
        if (value < 0) {
          size_t end = i;
          while (end < text.size() && end < i + count && hex_value(text[end]) >= 0) ++end;
          return fail(start, unicode_error(start, end - 1, e == 'u' ? "truncated \\uXXXX escape"
                                                                : "truncated \\UXXXXXXXX escape"));
        }
        if (value > 0x10FFFF) {
          return fail(start, unicode_error(start, i + count - 1, "illegal Unicode character"));
        }
        i += count;
        utf8::encode(static_cast<char32_t>(value), out);
        break;
      }
      case 'N':
        if (!bytes) return fail(start, not_supported("the \\N{...} escape"));
        [[fallthrough]];
      default:
        // Unknown escapes keep their backslash; the character itself (maybe
        // multi-byte) is copied by the next round.
        out += '\\';
        i = start + 1;
        break;
    }
  }
  return true;
}

}  // namespace ls::py
