// The format-spec mini-language ("[[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]") as CPython 3.11 applies it to int, float
// and str in format(), str.format and f-strings. Errors throw FormatError
// (error.h) with CPython's exact message; its kind() is ValueError except
// for 'c' out of range, which is OverflowError.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "python/text/error.h"

namespace ls::py::text {

std::string format_int(int64_t v, std::string_view spec);
// format_int for any integer, big ones included: `magnitude_digits(base)`
// gives |v| in base 2, 8, 10 or 16 (lowercase), `as_double` the value for
// float presentation types, `code_point` the value for 'c' (-1: out of range).
std::string format_int_digits(bool negative, const std::function<std::string(int)>& magnitude_digits,
                              const std::function<double()>& as_double, int64_t code_point,
                              std::string_view spec);
std::string format_float(double v, std::string_view spec);
std::string format_str(std::string_view s, std::string_view spec);

// The parsed spec, exposed for callers that format other types (bool
// formats as int, other objects reject non-empty specs).
struct FormatSpec {
  std::string_view fill = " ";  // one code point, UTF-8
  char align = '>';             // '<', '>', '^' or '='
  char sign = 0;                // 0, '+', '-' or ' '
  bool no_neg_0 = false;        // 'z'
  bool alternate = false;       // '#'
  int64_t width = -1;           // -1: none
  char grouping = 0;            // 0, ',' or '_'
  int64_t precision = -1;       // -1: none
  char32_t type = 0;            // 0: none given
};

// Parses `spec` as CPython does for an object whose type is called
// `type_name` ("int", "float", "str"), whose default alignment is
// `default_align` and whose default presentation type is `default_type`.
FormatSpec parse_format_spec(std::string_view spec, char default_align, char32_t default_type,
                             std::string_view type_name);

}  // namespace ls::py::text
