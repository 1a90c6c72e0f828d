// The one exception type thrown by the text library. The evaluator turns it
// into the Python exception named by `kind`, with `what()` as the message,
// which is always CPython's exact wording.
#pragma once

#include <stdexcept>
#include <string>

namespace ls::py::text {

enum class PyErrorKind { ValueError, OverflowError };

class TextError : public std::runtime_error {
 public:
  TextError(PyErrorKind kind, const std::string& message)
      : std::runtime_error(message), kind_(kind) {}
  PyErrorKind kind() const { return kind_; }

 private:
  PyErrorKind kind_;
};

// Thrown by format_int / format_float / format_str (format_spec.h).
class FormatError : public TextError {
 public:
  using TextError::TextError;
  explicit FormatError(const std::string& message)
      : TextError(PyErrorKind::ValueError, message) {}
};

}  // namespace ls::py::text
