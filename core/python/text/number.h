// Numbers to text and back, exactly as CPython 3.11 does it: float repr,
// round(), int(str, base) and float(str). Pure functions, no interpreter
// types; errors are TextError (error.h) with CPython's message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "python/text/error.h"

namespace ls::py::text {

// repr(x) == str(x): the shortest digits that round-trip, fixed notation
// for 1e-4 <= |x| < 1e16 and exponent notation ("1e+16", "1e-05") outside,
// "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// Appends float_repr(x) to `out` (the hot path for print and f-strings).
void append_float_repr(std::string& out, double x);

// round(x, ndigits): correctly rounded, ties to even on the exact binary
// value (so round(2.675, 2) == 2.67, round(0.125, 2) == 0.12). inf and nan
// come back unchanged. Throws OverflowError "rounded value too large to
// represent" when the result does not fit a double.
double round_half_even(double x, int ndigits);

// round(x) with no ndigits: ties to even. Throws OverflowError "cannot
// convert float infinity to integer", ValueError "cannot convert float NaN
// to integer", and OverflowError "int too large for int64" when the result
// would need a big int (round() in builtins.cpp makes those with int_from_double).
int64_t round_to_int(double x);

// str(int).
std::string int_to_string(int64_t v);
void append_int(std::string& out, int64_t v);

// int(s, base): surrounding whitespace, one sign, single underscores between
// digits (also right after a base prefix), 0x/0o/0b prefixes for base 0 or
// the matching base, no leading zeros in a nonzero base-0 decimal. Base must
// be 0 or 2..36 (others give nullopt; the caller raises "int() base must be
// >= 2 and <= 36, or 0" before calling).
enum class ParseIntStatus { Ok, Invalid, Overflow };
struct ParseIntResult {
  ParseIntStatus status = ParseIntStatus::Invalid;
  int64_t value = 0;
  // Overflow only: the sign, the base in effect and the digits without
  // underscores or prefix, for building a big int.
  bool negative = false;
  int base = 10;
  std::string digits;
};
ParseIntResult parse_int_ex(std::string_view s, int base);
// nullopt when invalid or outside int64 (parse_int_ex tells which).
std::optional<int64_t> parse_int(std::string_view s, int base);

// float(s): whitespace, sign, decimal digits with single underscores,
// optional fraction and exponent, "inf"/"infinity"/"nan" in any case.
// Overflow gives +-inf and underflow +-0.0, as in CPython.
std::optional<double> parse_float(std::string_view s);

}  // namespace ls::py::text
