// Shared by the text library's tests: the sentinels gen_cases.py writes
// into its tables, and a way to compare a call that may throw with an
// expected text of the form "!V:message" (ValueError) or "!O:message"
// (OverflowError).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "python/text/error.h"

namespace text_test {

inline constexpr int64_t kNone = std::numeric_limits<int64_t>::min();  // an omitted bound
inline const double kInf = std::numeric_limits<double>::infinity();
inline const double kNan = std::numeric_limits<double>::quiet_NaN();

inline std::optional<int64_t> opt(int64_t v) {
  return v == kNone ? std::nullopt : std::optional<int64_t>(v);
}

// One row of a format() table: format(value, spec) gives result (or an error).
template <class T>
struct FormatCase {
  T value;
  const char* spec;
  const char* result;
};

// The result of f(), or the TextError it threw written as gen_cases.py does.
template <class F>
std::string outcome(F f) {
  try {
    return f();
  } catch (const ls::py::text::TextError& e) {
    bool overflow = e.kind() == ls::py::text::PyErrorKind::OverflowError;
    return std::string(overflow ? "!O:" : "!V:") + e.what();
  }
}

}  // namespace text_test
