// Float repr, round(), int and float parsing. Digits come from
// std::to_chars (shortest round-trip, or exactly rounded at a precision);
// everything else is Python's layout and syntax rules.
#include "python/text/number.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "python/text/float_digits.h"
#include "python/text/unicode.h"

namespace ls::py::text {

namespace detail {

namespace {

// Parses to_chars scientific output "d[.ddd]e[+-]XX" into digits and the
// exponent of the first digit.
int split_scientific(const char* p, const char* end, char* digits, int& count) {
  count = 0;
  while (p < end && *p != 'e') {
    if (*p != '.') digits[count++] = *p;
    ++p;
  }
  ++p;  // 'e'
  bool neg = *p == '-';
  ++p;
  int exp = 0;
  for (; p < end; ++p) exp = exp * 10 + (*p - '0');
  return neg ? -exp : exp;
}

}  // namespace

void shortest_digits(double ax, ShortDigits& d) {
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
  d.decpt = split_scientific(buf, r.ptr, d.digits, d.count) + 1;
}

int significant_digits(double ax, int count, std::string& digits) {
  // A mantissa of `count` digits plus sign, point and exponent.
  std::string buf(static_cast<size_t>(count) + 16, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific,
                         count - 1);
  digits.resize(static_cast<size_t>(count) + 1);
  int n = 0;
  int exp = split_scientific(buf.data(), r.ptr, digits.data(), n);
  digits.resize(static_cast<size_t>(n));
  return exp + 1;
}

void layout(std::string& out, std::string_view digits, int decpt, bool use_exp, int min_end,
            bool add_dot_0, bool alt, char e_char) {
  int n = static_cast<int>(digits.size());
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // Virtual digit positions [start, end): a leading "0" before the point
  // for values below 1, zeros after the real digits up to `end`.
  int start = decpt <= 0 ? decpt - 1 : 0;
  int end = min_end > n ? min_end : n;
  int at_least = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
  if (end < at_least) end = at_least;
  for (int i = start; i < end; ++i) {
    if (i == decpt) out += '.';
    out += (i >= 0 && i < n) ? digits[static_cast<size_t>(i)] : '0';
  }
  if (decpt == end) out += '.';
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += e_char;
    out += exp < 0 ? '-' : '+';
    unsigned e = static_cast<unsigned>(exp < 0 ? -exp : exp);
    if (e < 10) out += '0';
    char buf[8];
    auto r = std::to_chars(buf, buf + sizeof buf, e);
    out.append(buf, r.ptr);
  }
}

}  // namespace detail

void append_float_repr(std::string& out, double x) {
  if (std::isnan(x)) {
    out += "nan";  // CPython drops the sign of a NaN
    return;
  }
  if (std::signbit(x)) out += '-';
  double ax = std::fabs(x);
  if (std::isinf(ax)) {
    out += "inf";
    return;
  }
  detail::ShortDigits d;
  detail::shortest_digits(ax, d);
  // repr switches to exponent notation at 1e16 and below 1e-4.
  bool use_exp = d.decpt <= -4 || d.decpt > 16;
  detail::layout(out, d.view(), d.decpt, use_exp, 0, true, false, 'e');
}

std::string float_repr(double x) {
  std::string out;
  append_float_repr(out, x);
  return out;
}

namespace {

[[noreturn]] void overflow(const char* message) {
  throw TextError(PyErrorKind::OverflowError, message);
}

double checked_parse(const char* first, const char* last, bool negative) {
  double v = 0;
  auto r = std::from_chars(first, last, v);
  if (r.ec == std::errc::result_out_of_range) overflow("rounded value too large to represent");
  return negative ? -v : v;
}

// Increments a string of decimal digits in place ("199" -> "200", "9" -> "10").
void increment_decimal(std::string& digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return;
    }
    digits[i] = '0';
  }
  digits.insert(digits.begin(), '1');
}

}  // namespace

double round_half_even(double x, int ndigits) {
  // CPython's bounds: beyond 323 digits every double is already exact,
  // and below -308 every double rounds to zero.
  if (ndigits > 323 || !std::isfinite(x) || x == 0.0) return x;
  if (ndigits < -308) return 0.0 * x;
  bool negative = std::signbit(x);
  double ax = std::fabs(x);
  if (ndigits >= 0) {
    // to_chars with a precision is exactly rounded, ties to even, on the
    // binary value: the same decision CPython's dtoa mode 3 makes.
    char buf[720];
    auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::fixed, ndigits);
    return checked_parse(buf, r.ptr, negative);
  }
  // Rounding to tens, hundreds...: below 1 the answer is 0 (half of 10^k
  // is at least 5). Above 1 a double has at most 52 fraction digits, so
  // 60 fixed digits are its exact decimal value; round that by hand.
  if (ax < 1.0) return negative ? -0.0 : 0.0;
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::fixed, 60);
  std::string_view text(buf, static_cast<size_t>(r.ptr - buf));
  size_t point = text.find('.');
  std::string_view int_part = text.substr(0, point);
  std::string_view frac = text.substr(point + 1);
  size_t k = static_cast<size_t>(-ndigits);
  if (k > int_part.size()) return negative ? -0.0 : 0.0;
  std::string kept(int_part.substr(0, int_part.size() - k));
  std::string_view dropped = int_part.substr(int_part.size() - k);
  bool rest_nonzero = dropped.find_first_not_of('0', 1) != std::string_view::npos ||
                      frac.find_first_not_of('0') != std::string_view::npos;
  bool kept_odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
  if (dropped[0] > '5' || (dropped[0] == '5' && (rest_nonzero || kept_odd))) {
    increment_decimal(kept);
  }
  if (kept.empty()) return negative ? -0.0 : 0.0;
  kept.append(k, '0');
  return checked_parse(kept.data(), kept.data() + kept.size(), negative);
}

int64_t round_to_int(double x) {
  if (std::isnan(x)) throw TextError(PyErrorKind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) overflow("cannot convert float infinity to integer");
  double r = std::round(x);  // ties away from zero...
  if (std::fabs(r - x) == 0.5) r = 2.0 * std::round(x / 2.0);  // ...so redo ties to even
  // 2^63 is exactly representable; anything at or past it is out of range.
  if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) overflow("int too large for int64");
  return static_cast<int64_t>(r);
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

std::string int_to_string(int64_t v) {
  std::string out;
  append_int(out, v);
  return out;
}

namespace {

// Trims Python whitespace (any Unicode space, not just ASCII) from both ends.
std::string_view strip_py_space(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    char32_t cp;
    size_t len = decode_at(s, b, cp);
    if (!is_space(cp)) break;
    b += len;
  }
  size_t e = s.size();
  while (e > b) {
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    char32_t cp;
    decode_at(s, start, cp);
    if (!is_space(cp)) break;
    e = start;
  }
  return s.substr(b, e - b);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool ieq(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

}  // namespace

ParseIntResult parse_int_ex(std::string_view s, int base) {
  ParseIntResult result;
  if (base != 0 && (base < 2 || base > 36)) return result;
  s = strip_py_space(s);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  bool prefixed = false;
  if (i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      i += 2;
      prefixed = true;
    }
  }
  bool base0_decimal = base == 0;
  if (base == 0) base = 10;
  // One underscore may follow a prefix; otherwise underscores only between digits.
  if (prefixed && i < s.size() && s[i] == '_') ++i;
  const size_t digits_from = i;
  unsigned long long limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
  unsigned long long value = 0;
  bool overflowed = false, any = false, nonzero_seen = false, leading_zero = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!any || i + 1 >= s.size() || s[i + 1] == '_') return result;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return result;
    if (!any && d == 0) leading_zero = true;
    any = true;
    if (d != 0) nonzero_seen = true;
    if (!overflowed) {
      if (value > (limit - static_cast<unsigned>(d)) / static_cast<unsigned>(base)) {
        overflowed = true;
      } else {
        value = value * static_cast<unsigned>(base) + static_cast<unsigned>(d);
      }
    }
  }
  if (!any) return result;
  // int('010', 0) is an error (no octal without 0o), but int('00', 0) is 0.
  if (base0_decimal && leading_zero && nonzero_seen) return result;
  if (overflowed) {
    // The caller builds a big int from the bare digits.
    result.status = ParseIntStatus::Overflow;
    result.negative = negative;
    result.base = base;
    for (size_t k = digits_from; k < s.size(); ++k)
      if (s[k] != '_') result.digits += s[k];
    return result;
  }
  result.status = ParseIntStatus::Ok;
  result.value = negative ? static_cast<int64_t>(0 - value) : static_cast<int64_t>(value);
  return result;
}

std::optional<int64_t> parse_int(std::string_view s, int base) {
  ParseIntResult r = parse_int_ex(s, base);
  if (r.status != ParseIntStatus::Ok) return std::nullopt;
  return r.value;
}

namespace {

// Copies a run of digits with single underscores between them into `out`;
// returns the number of digits, or -1 on a misplaced underscore.
int copy_digits(std::string_view s, size_t& i, std::string& out) {
  int n = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      ++n;
      ++i;
    } else if (c == '_' && n > 0 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      ++i;
    } else if (c == '_') {
      return -1;
    } else {
      break;
    }
  }
  return n;
}

}  // namespace

std::optional<double> parse_float(std::string_view s) {
  s = strip_py_space(s);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string_view word = s.substr(i);
  if (ieq(word, "inf") || ieq(word, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (ieq(word, "nan")) return negative ? -std::nan("") : std::nan("");
  std::string clean;
  clean.reserve(s.size());
  int int_digits = copy_digits(s, i, clean);
  if (int_digits < 0) return std::nullopt;
  int frac_digits = 0;
  if (i < s.size() && s[i] == '.') {
    clean += '.';
    ++i;
    frac_digits = copy_digits(s, i, clean);
    if (frac_digits < 0) return std::nullopt;
  }
  if (int_digits + frac_digits == 0) return std::nullopt;
  size_t mantissa_end = clean.size();
  long long exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean += 'e';
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
    size_t exp_start = clean.size();
    if (copy_digits(s, i, clean) <= 0) return std::nullopt;
    for (size_t k = exp_start; k < clean.size() && exponent < 100000; ++k) {
      exponent = exponent * 10 + (clean[k] - '0');
    }
    if (clean[exp_start - 1] == '-') exponent = -exponent;
  }
  if (i != s.size()) return std::nullopt;
  double v = 0;
  auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars leaves v alone here; Python gives inf or 0. Which one
    // depends on where the first significant digit sits: find its power.
    long long power = 0;
    size_t point = clean.find('.');
    if (point == std::string::npos || point > mantissa_end) point = mantissa_end;
    for (size_t k = 0; k < mantissa_end; ++k) {
      if (clean[k] >= '1' && clean[k] <= '9') {
        power = k < point ? static_cast<long long>(point - k - 1)
                          : -static_cast<long long>(k - point);
        break;
      }
    }
    v = power + exponent > 0 ? HUGE_VAL : 0.0;
  } else if (r.ptr != clean.data() + clean.size()) {
    return std::nullopt;
  }
  return negative ? -v : v;
}

}  // namespace ls::py::text
