// format() for int, float and str. Each number is built as sign, prefix,
// integer digits and the rest (fraction, exponent, '%'), then grouped and
// padded in one place so that zero padding is grouped like CPython's.
#include "python/text/format_spec.h"

#include <charconv>
#include <climits>
#include <cmath>

#include "python/text/float_digits.h"
#include "python/text/number.h"
#include "python/text/unicode.h"

namespace ls::py::text {

namespace {

[[noreturn]] void fail(const std::string& message) { throw FormatError(message); }

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// CPython quotes a printable ASCII code as itself and others as \xNN.
std::string code_text(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, static_cast<uint32_t>(c), 16);
  return "\\x" + std::string(buf, r.ptr);
}

[[noreturn]] void unknown_code(char32_t type, std::string_view type_name) {
  fail("Unknown format code '" + code_text(type) + "' for object of type '" +
       std::string(type_name) + "'");
}

// Reads a run of decimal digits; -1 when there are none.
int64_t read_number(std::string_view spec, size_t& pos) {
  int64_t v = -1;
  for (; pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9'; ++pos) {
    int d = spec[pos] - '0';
    if (v < 0) v = 0;
    if (v > (INT64_MAX - d) / 10) fail("Too many decimal digits in format string");
    v = v * 10 + d;
  }
  return v;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void append_fill(std::string& out, std::string_view fill, int64_t count) {
  if (fill.size() == 1) {
    out.append(static_cast<size_t>(count), fill[0]);
  } else {
    for (int64_t i = 0; i < count; ++i) out += fill;
  }
}

// Inserts `sep` every `group` digits from the right, and when `min_width`
// asks for it pads with zeros that are grouped too. A group never starts
// with a separator, so the result may be one longer than min_width
// (format(1234, '08,') is '0,001,234').
std::string group_digits(std::string_view digits, size_t min_width, char sep, int group) {
  std::string rev;
  rev.reserve(digits.size() + digits.size() / 3 + min_width + 2);
  size_t next = digits.size();  // digits[next - 1] is the next one to emit
  for (;;) {
    for (int count = 0; count < group; ++count) {
      if (next > 0) {
        rev += digits[--next];
      } else if (rev.size() < min_width || count == 0) {
        rev += '0';
      } else {
        break;
      }
    }
    if (next == 0 && rev.size() >= min_width) break;
    rev += sep;
  }
  return std::string(rev.rbegin(), rev.rend());
}

// Pads and groups a number made of sign + prefix + int_digits + rest.
std::string assemble(const FormatSpec& f, std::string_view sign, std::string_view prefix,
                     std::string_view int_digits, std::string_view rest, int group) {
  std::string grouped;
  if (f.grouping && !int_digits.empty()) {
    size_t others = sign.size() + prefix.size() + rest.size();
    size_t min_width = 0;
    if (f.fill == "0" && f.align == '=' && f.width > static_cast<int64_t>(others)) {
      min_width = static_cast<size_t>(f.width) - others;
    }
    grouped = group_digits(int_digits, min_width, f.grouping, group);
    int_digits = grouped;
  }
  int64_t total = static_cast<int64_t>(sign.size() + prefix.size() + int_digits.size() +
                                       code_points(rest));
  int64_t pad = f.width > total ? f.width - total : 0;
  int64_t left = 0, middle = 0, right = 0;
  switch (f.align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': middle = pad; break;
    default: left = pad; break;
  }
  std::string out;
  out.reserve(static_cast<size_t>(total + pad * static_cast<int64_t>(f.fill.size())));
  append_fill(out, f.fill, left);
  out += sign;
  out += prefix;
  append_fill(out, f.fill, middle);
  out += int_digits;
  out += rest;
  append_fill(out, f.fill, right);
  return out;
}

std::string_view sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

std::string format_float_spec(double v, const FormatSpec& f) {
  if (f.precision > INT_MAX) fail("precision too big");
  char32_t type = f.type;
  bool add_dot_0 = false, repr_mode = false;
  if (type == 0) {
    // No type: repr without a precision, else 'g' that keeps a ".0".
    add_dot_0 = true;
    repr_mode = f.precision < 0;
    type = 'g';
  }
  if (type == 'n') type = 'g';  // the C locale has no grouping
  bool percent = type == '%';
  if (percent) {
    v *= 100;
    type = 'f';
  }
  int prec = f.precision < 0 ? 6 : static_cast<int>(f.precision);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool negative = std::signbit(v) && !std::isnan(v);
  double ax = std::fabs(v);
  std::string body;
  if (std::isnan(v)) {
    body = upper ? "NAN" : "nan";
  } else if (std::isinf(v)) {
    body = upper ? "INF" : "inf";
  } else if (repr_mode) {
    detail::ShortDigits d;
    detail::shortest_digits(ax, d);
    detail::layout(body, d.view(), d.decpt, d.decpt <= -4 || d.decpt > 16, 0, true, f.alternate,
                   'e');
  } else if (type == 'f' || type == 'F' || type == 'e' || type == 'E') {
    bool fixed = type == 'f' || type == 'F';
    body.resize(static_cast<size_t>(prec) + 330);
    auto r = std::to_chars(body.data(), body.data() + body.size(), ax,
                           fixed ? std::chars_format::fixed : std::chars_format::scientific, prec);
    body.resize(static_cast<size_t>(r.ptr - body.data()));
    if (f.alternate && prec == 0) body.insert(fixed ? body.size() : 1, 1, '.');
    if (type == 'E') body[body.find('e')] = 'E';
  } else {  // 'g' / 'G'
    int p = prec == 0 ? 1 : prec;
    std::string digits;
    int decpt = detail::significant_digits(ax, p, digits);
    bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
    if (!f.alternate) {
      size_t keep = digits.find_last_not_of('0');
      digits.resize(keep == std::string::npos ? 1 : keep + 1);
    }
    detail::layout(body, digits, decpt, use_exp, f.alternate ? p : 0, add_dot_0, f.alternate,
                   upper ? 'E' : 'e');
  }
  if (percent) body += '%';
  // 'z': a negative value that rounded to all zeros loses its sign.
  if (negative && f.no_neg_0 && std::isfinite(v) && body.find_first_of("123456789") == std::string::npos) {
    negative = false;
  }
  size_t int_end = body.find_first_not_of("0123456789");
  if (int_end == std::string::npos) int_end = body.size();
  std::string_view bv(body);
  return assemble(f, sign_text(negative, f.sign), "", bv.substr(0, int_end), bv.substr(int_end),
                  3);
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec, char default_align, char32_t default_type,
                             std::string_view type_name) {
  FormatSpec f;
  f.align = default_align;
  size_t pos = 0;
  bool fill_given = false, align_given = false;
  if (!spec.empty()) {
    char32_t cp;
    size_t len = decode_at(spec, 0, cp);
    if (spec.size() > len && is_align(spec[len])) {
      f.fill = spec.substr(0, len);
      f.align = spec[len];
      fill_given = align_given = true;
      pos = len + 1;
    } else if (is_align(spec[0])) {
      f.align = spec[0];
      align_given = true;
      pos = 1;
    }
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
    f.sign = spec[pos++];
  }
  if (pos < spec.size() && spec[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // A leading '0' means zero padding unless a fill was given; for numbers
  // it also moves the padding after the sign.
  if (!fill_given && pos < spec.size() && spec[pos] == '0') {
    f.fill = "0";
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  f.width = read_number(spec, pos);
  if (pos < spec.size() && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (f.grouping) fail("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',' && f.grouping == '_') {
    fail("Cannot specify both ',' and '_'.");
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    f.precision = read_number(spec, pos);
    if (f.precision < 0) fail("Format specifier missing precision");
  }
  std::string_view tail = spec.substr(pos);
  if (code_points(tail) > 1) {
    fail("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
         std::string(type_name) + "'");
  }
  f.type = default_type;
  if (!tail.empty()) decode_at(tail, 0, f.type);
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        fail(std::string("Cannot specify '") + f.grouping + "' with '" + code_text(f.type) +
             "'.");
    }
  }
  return f;
}

std::string format_int(int64_t v, std::string_view spec) {
  if (spec.empty()) return int_to_string(v);
  const uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  auto digits = [magnitude](int base) {
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, magnitude, base);
    return std::string(buf, static_cast<size_t>(r.ptr - buf));
  };
  return format_int_digits(v < 0, digits, [v] { return static_cast<double>(v); },
                           v < 0 || v > 0x10FFFF ? -1 : v, spec);
}

std::string format_int_digits(bool negative, const std::function<std::string(int)>& magnitude_digits,
                              const std::function<double()>& as_double, int64_t code_point,
                              std::string_view spec) {
  FormatSpec f = parse_format_spec(spec, '>', 'd', "int");
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_spec(as_double(), f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      unknown_code(f.type, "int");
  }
  if (f.precision >= 0) fail("Precision not allowed in integer format specifier");
  if (f.no_neg_0) fail("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) fail("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) fail("Alternate form (#) not allowed with integer format specifier 'c'");
    if (code_point < 0) {
      throw FormatError(PyErrorKind::OverflowError, "%c arg not in range(0x110000)");
    }
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(code_point));
    return assemble(f, "", "", "", ch, 3);
  }
  int base = 10;
  std::string_view prefix;
  switch (f.type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    default: break;
  }
  if (!f.alternate) prefix = {};
  std::string digits = magnitude_digits(base);
  if (f.type == 'X') {
    for (char& c : digits) {
      if (c >= 'a') c = static_cast<char>(c - 32);
    }
  }
  return assemble(f, sign_text(negative, f.sign), prefix, digits, "", base == 10 ? 3 : 4);
}

std::string format_float(double v, std::string_view spec) {
  if (spec.empty()) return float_repr(v);
  FormatSpec f = parse_format_spec(spec, '>', 0, "float");
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_spec(v, f);
    default:
      unknown_code(f.type, "float");
  }
}

std::string format_str(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  FormatSpec f = parse_format_spec(spec, '<', 's', "str");
  if (f.type != 's') unknown_code(f.type, "str");
  if (f.sign == ' ') fail("Space not allowed in string format specifier");
  if (f.sign) fail("Sign not allowed in string format specifier");
  if (f.no_neg_0) fail("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) fail("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') fail("'=' alignment not allowed in string format specifier");
  if (f.precision >= 0) {
    // Truncate to `precision` code points.
    size_t cut = 0;
    for (int64_t n = 0; cut < s.size() && n < f.precision; ++n) {
      char32_t cp;
      cut += decode_at(s, cut, cp);
    }
    s = s.substr(0, cut);
  }
  return assemble(f, "", "", "", s, 3);
}

}  // namespace ls::py::text
