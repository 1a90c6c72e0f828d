// Indexing, slicing, searching, splitting, stripping and replacing. All
// searching is done on bytes: UTF-8 is self-synchronising, so a match of
// valid UTF-8 inside valid UTF-8 always starts on a code point boundary.
// Only the translation of code point bounds to bytes (and back) differs
// between ASCII and non-ASCII strings.
#include "python/text/str_methods.h"

#include <algorithm>

#include "python/text/unicode.h"

namespace ls::py::text {

namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Python's ADJUST_INDICES: negative counts from the end; end is clamped to
// [0, len] but start only from below (a start past the end finds nothing).
void adjust(int64_t len, std::optional<int64_t> start, std::optional<int64_t> end, int64_t& b,
            int64_t& e) {
  b = start.value_or(0);
  e = end.value_or(len);
  if (e > len) e = len;
  else if (e < 0) e = std::max<int64_t>(e + len, 0);
  if (b < 0) b = std::max<int64_t>(b + len, 0);
}

// A code point range of s, in code points and in bytes.
struct Window {
  int64_t b = 0, e = 0;      // code points
  size_t bb = 0, be = 0;     // bytes
  bool ascii = true;
};

Window window(std::string_view s, std::optional<int64_t> start, std::optional<int64_t> end) {
  Window w;
  w.ascii = is_ascii(s);
  int64_t len = w.ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  adjust(len, start, end, w.b, w.e);
  if (w.ascii) {
    w.bb = static_cast<size_t>(std::min(w.b, len));
    w.be = static_cast<size_t>(w.e);
  } else {
    w.bb = byte_offset(s, static_cast<size_t>(std::min(w.b, len)));
    w.be = byte_offset(s, static_cast<size_t>(w.e));
  }
  return w;
}

int64_t to_index(std::string_view s, const Window& w, size_t byte_pos) {
  return w.ascii ? static_cast<int64_t>(byte_pos) : static_cast<int64_t>(code_point_index(s, byte_pos));
}

bool space_at(std::string_view s, size_t pos, size_t& len) {
  char32_t cp;
  len = decode_at(s, pos, cp);
  return is_space(cp);
}

// Byte offset where the code point ending just before `pos` starts.
size_t previous_start(std::string_view s, size_t pos) {
  do {
    --pos;
  } while (pos > 0 && continuation(s[pos]));
  return pos;
}

}  // namespace

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !continuation(c);
  return n;
}

size_t byte_offset(std::string_view s, size_t index) {
  size_t pos = 0;
  for (; pos < s.size(); ++pos) {
    if (!continuation(s[pos]) && index-- == 0) return pos;
  }
  return pos;
}

size_t code_point_index(std::string_view s, size_t offset) {
  return utf8_length(s.substr(0, offset));
}

SliceIndices slice_indices(int64_t length, std::optional<int64_t> start,
                           std::optional<int64_t> stop, int64_t step) {
  if (step == 0) throw TextError(PyErrorKind::ValueError, "slice step cannot be zero");
  SliceIndices r;
  r.step = step;
  // Omitted bounds start at the near end for the step's direction; given
  // ones are clamped to [0, len] going forwards, [-1, len-1] backwards.
  int64_t lo = step < 0 ? -1 : 0, hi = step < 0 ? length - 1 : length;
  auto clamp = [&](int64_t v) {
    if (v < 0) v = std::max(v + length, lo);
    return std::min(v, hi);
  };
  r.start = start ? clamp(*start) : (step < 0 ? hi : lo);
  r.stop = stop ? clamp(*stop) : (step < 0 ? lo : hi);
  if (step > 0) {
    r.count = r.stop > r.start ? (r.stop - r.start - 1) / step + 1 : 0;
  } else {
    r.count = r.start > r.stop ? (r.start - r.stop - 1) / -step + 1 : 0;
  }
  return r;
}

std::string slice(std::string_view s, std::optional<int64_t> start, std::optional<int64_t> stop,
                  int64_t step) {
  bool ascii = is_ascii(s);
  int64_t len = ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  SliceIndices r = slice_indices(len, start, stop, step);
  if (r.count == 0) return {};
  if (ascii) {
    if (step == 1) return std::string(s.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.count)));
    std::string out(static_cast<size_t>(r.count), '\0');
    for (int64_t i = 0, j = r.start; i < r.count; ++i, j += step) out[static_cast<size_t>(i)] = s[static_cast<size_t>(j)];
    return out;
  }
  if (step == 1) {
    size_t b = byte_offset(s, static_cast<size_t>(r.start));
    size_t e = byte_offset(s, static_cast<size_t>(r.start + r.count));
    return std::string(s.substr(b, e - b));
  }
  std::vector<size_t> starts;  // byte offset of every code point, plus the end
  starts.reserve(static_cast<size_t>(len) + 1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (!continuation(s[i])) starts.push_back(i);
  }
  starts.push_back(s.size());
  std::string out;
  for (int64_t i = 0, j = r.start; i < r.count; ++i, j += step) {
    size_t k = static_cast<size_t>(j);
    out.append(s.substr(starts[k], starts[k + 1] - starts[k]));
  }
  return out;
}

std::string slice(std::string_view s, int64_t start, int64_t stop, int64_t step) {
  return slice(s, std::optional<int64_t>(start), std::optional<int64_t>(stop), step);
}

std::optional<std::string> char_at(std::string_view s, int64_t index) {
  bool ascii = is_ascii(s);
  int64_t len = ascii ? static_cast<int64_t>(s.size()) : static_cast<int64_t>(utf8_length(s));
  if (index < 0) index += len;
  if (index < 0 || index >= len) return std::nullopt;
  if (ascii) return std::string(1, s[static_cast<size_t>(index)]);
  size_t b = byte_offset(s, static_cast<size_t>(index));
  char32_t cp;
  return std::string(s.substr(b, decode_at(s, b, cp)));
}

int64_t find(std::string_view s, std::string_view sub, std::optional<int64_t> start,
             std::optional<int64_t> end) {
  Window w = window(s, start, end);
  if (w.e < w.b) return -1;
  size_t at = s.substr(0, w.be).find(sub, w.bb);
  return at == std::string_view::npos ? -1 : to_index(s, w, at);
}

int64_t rfind(std::string_view s, std::string_view sub, std::optional<int64_t> start,
              std::optional<int64_t> end) {
  Window w = window(s, start, end);
  if (w.e < w.b || w.be - w.bb < sub.size()) return -1;
  size_t at = s.substr(w.bb, w.be - w.bb).rfind(sub);
  return at == std::string_view::npos ? -1 : to_index(s, w, w.bb + at);
}

int64_t count(std::string_view s, std::string_view sub, std::optional<int64_t> start,
              std::optional<int64_t> end) {
  Window w = window(s, start, end);
  if (w.e < w.b) return 0;
  if (sub.empty()) return w.e - w.b + 1;  // one match between every two code points
  std::string_view region = s.substr(w.bb, w.be - w.bb);
  int64_t n = 0;
  for (size_t at = region.find(sub); at != std::string_view::npos; at = region.find(sub, at + sub.size())) ++n;
  return n;
}

bool startswith(std::string_view s, std::string_view prefix, std::optional<int64_t> start,
                std::optional<int64_t> end) {
  Window w = window(s, start, end);
  if (w.e < w.b) return false;
  return w.be - w.bb >= prefix.size() && s.substr(w.bb, prefix.size()) == prefix;
}

bool endswith(std::string_view s, std::string_view suffix, std::optional<int64_t> start,
              std::optional<int64_t> end) {
  Window w = window(s, start, end);
  if (w.e < w.b) return false;
  return w.be - w.bb >= suffix.size() && s.substr(w.be - suffix.size(), suffix.size()) == suffix;
}

std::vector<std::string_view> split(std::string_view s, std::optional<std::string_view> sep,
                                    int64_t maxsplit) {
  std::vector<std::string_view> out;
  if (sep) {
    if (sep->empty()) throw TextError(PyErrorKind::ValueError, "empty separator");
    size_t pos = 0;
    for (size_t at; maxsplit-- != 0 && (at = s.find(*sep, pos)) != std::string_view::npos;) {
      out.push_back(s.substr(pos, at - pos));
      pos = at + sep->size();
    }
    out.push_back(s.substr(pos));
    return out;
  }
  // Runs of whitespace separate words; the remainder after maxsplit words
  // keeps its trailing whitespace but not its leading run.
  size_t pos = 0, len = 0;
  for (;;) {
    while (pos < s.size() && space_at(s, pos, len)) pos += len;
    if (pos == s.size()) break;
    if (maxsplit-- == 0) {
      out.push_back(s.substr(pos));
      break;
    }
    size_t word = pos;
    while (pos < s.size() && !space_at(s, pos, len)) pos += len;
    out.push_back(s.substr(word, pos - word));
  }
  return out;
}

std::vector<std::string_view> rsplit(std::string_view s, std::optional<std::string_view> sep,
                                     int64_t maxsplit) {
  std::vector<std::string_view> out;
  if (sep) {
    if (sep->empty()) throw TextError(PyErrorKind::ValueError, "empty separator");
    size_t end = s.size();
    for (size_t at; maxsplit != 0 && end >= sep->size() &&
                    (at = s.substr(0, end).rfind(*sep)) != std::string_view::npos;
         --maxsplit) {
      out.push_back(s.substr(at + sep->size(), end - at - sep->size()));
      end = at;
    }
    out.push_back(s.substr(0, end));
  } else {
    size_t end = s.size(), len = 0;
    for (;;) {
      while (end > 0 && space_at(s, previous_start(s, end), len)) end = previous_start(s, end);
      if (end == 0) break;
      if (maxsplit-- == 0) {
        out.push_back(s.substr(0, end));
        break;
      }
      size_t word = end;
      while (word > 0 && !space_at(s, previous_start(s, word), len)) word = previous_start(s, word);
      out.push_back(s.substr(word, end - word));
      end = word;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string_view> splitlines(std::string_view s, bool keepends) {
  std::vector<std::string_view> out;
  size_t line = 0, pos = 0;
  while (pos < s.size()) {
    char32_t cp;
    size_t len = decode_at(s, pos, cp);
    if (!is_linebreak(cp)) {
      pos += len;
      continue;
    }
    if (cp == '\r' && pos + 1 < s.size() && s[pos + 1] == '\n') len = 2;
    out.push_back(s.substr(line, (keepends ? pos + len : pos) - line));
    pos += len;
    line = pos;
  }
  if (line < s.size()) out.push_back(s.substr(line));
  return out;
}

namespace {
template <class Parts>
std::string join_parts(std::string_view sep, const Parts& parts) {
  size_t total = parts.empty() ? 0 : sep.size() * (parts.size() - 1);
  for (const auto& p : parts) total += p.size();
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}
}  // namespace

std::string join(std::string_view sep, const std::vector<std::string>& parts) {
  return join_parts(sep, parts);
}

std::string join(std::string_view sep, const std::vector<std::string_view>& parts) {
  return join_parts(sep, parts);
}

std::array<std::string_view, 3> partition(std::string_view s, std::string_view sep) {
  if (sep.empty()) throw TextError(PyErrorKind::ValueError, "empty separator");
  size_t at = s.find(sep);
  if (at == std::string_view::npos) return {s, {}, {}};
  return {s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

std::array<std::string_view, 3> rpartition(std::string_view s, std::string_view sep) {
  if (sep.empty()) throw TextError(PyErrorKind::ValueError, "empty separator");
  size_t at = s.rfind(sep);
  if (at == std::string_view::npos) return {std::string_view{}, std::string_view{}, s};
  return {s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

namespace {

// Whether the code point starting at s[pos] (of byte length len) is to be
// stripped: whitespace by default, else any code point of `chars`.
bool strippable(std::string_view s, size_t pos, size_t& len, std::optional<std::string_view> chars) {
  char32_t cp;
  len = decode_at(s, pos, cp);
  if (!chars) return is_space(cp);
  return chars->find(s.substr(pos, len)) != std::string_view::npos;
}

size_t strip_left(std::string_view s, std::optional<std::string_view> chars) {
  size_t pos = 0, len = 0;
  while (pos < s.size() && strippable(s, pos, len, chars)) pos += len;
  return pos;
}

size_t strip_right(std::string_view s, size_t floor, std::optional<std::string_view> chars) {
  size_t end = s.size(), len = 0;
  while (end > floor && strippable(s, previous_start(s, end), len, chars)) end = previous_start(s, end);
  return end;
}

}  // namespace

std::string_view strip(std::string_view s, std::optional<std::string_view> chars) {
  size_t b = strip_left(s, chars);
  return s.substr(b, strip_right(s, b, chars) - b);
}

std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars) {
  return s.substr(strip_left(s, chars));
}

std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars) {
  return s.substr(0, strip_right(s, 0, chars));
}

std::string replace(std::string_view s, std::string_view old, std::string_view replacement,
                    int64_t count) {
  std::string out;
  if (old.empty()) {
    // The empty string matches before every code point and at the end.
    size_t pos = 0;
    while (count != 0 && pos <= s.size()) {
      out += replacement;
      --count;
      if (pos == s.size()) return out;
      char32_t cp;
      size_t len = decode_at(s, pos, cp);
      out += s.substr(pos, len);
      pos += len;
    }
    out += s.substr(pos);
    return out;
  }
  size_t pos = 0;
  for (size_t at; count != 0 && (at = s.find(old, pos)) != std::string_view::npos; --count) {
    out += s.substr(pos, at - pos);
    out += replacement;
    pos = at + old.size();
  }
  out += s.substr(pos);
  return out;
}

}  // namespace ls::py::text
