// Internal to the text library: a double's decimal digits and CPython's way
// of laying them out (PyOS_double_to_string's 'r', 'g' and repr modes).
// Shared by number.cpp (repr) and format_spec.cpp (format()).
#pragma once

#include <string>
#include <string_view>

namespace ls::py::text::detail {

// Digits of a finite, non-negative double: value = 0.DIGITS * 10^decpt.
// Shortest round-trip digits (at most 17), as repr uses.
struct ShortDigits {
  char digits[24];
  int count = 0;
  int decpt = 0;
  std::string_view view() const { return {digits, static_cast<size_t>(count)}; }
};
void shortest_digits(double ax, ShortDigits& d);

// Exactly `count` (>= 1) significant digits, correctly rounded, trailing
// zeros kept; returns decpt.
int significant_digits(double ax, int count, std::string& digits);

// Appends the digits laid out as CPython does: a decimal point at decpt
// (or after the first digit with an exponent), zeros up to `min_end`
// virtual digits, ".0" when add_dot_0 and there would be no fraction, a
// trailing "." dropped unless alt, then "e+XX" with at least two digits.
void layout(std::string& out, std::string_view digits, int decpt, bool use_exp, int min_end,
            bool add_dot_0, bool alt, char e_char);

}  // namespace ls::py::text::detail
