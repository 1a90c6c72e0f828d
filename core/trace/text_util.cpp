#include "trace/text_util.h"

namespace ls::trace {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the first `columns` code points of `s` (all of it if shorter).
std::size_t prefix_bytes(std::string_view s, std::size_t columns) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(s[i])) continue;
    if (seen == columns) return i;
    ++seen;
  }
  return s.size();
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += is_continuation(c) ? 0 : 1;
  return n;
}

std::string shorten(std::string_view s, std::size_t columns) {
  const std::size_t newline = s.find('\n');
  const std::string_view line = s.substr(0, newline);
  const bool more_lines = newline != std::string_view::npos && newline + 1 < s.size();
  if (!more_lines && display_width(line) <= columns) return std::string(line);
  if (columns == 0) return {};
  std::string out(line.substr(0, prefix_bytes(line, columns - 1)));
  out += "…";
  return out;
}

std::string fit(std::string_view s, std::size_t columns) {
  std::string out = shorten(s, columns);
  out.append(columns - display_width(out), ' ');
  return out;
}

}  // namespace ls::trace
