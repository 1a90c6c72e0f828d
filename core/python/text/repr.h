// repr() of str and bytes, character for character as CPython 3.11 prints
// them (quote choice, escapes, which non-ASCII characters stay as they are).
#pragma once

#include <string>
#include <string_view>

namespace ls::py::text {

// repr(str) for a UTF-8 string: single quotes unless the text has a single
// quote and no double quote; \\, the quote, \t \n \r escaped; other
// control characters as \xNN; non-printable non-ASCII as \xNN, \uNNNN or
// \UNNNNNNNN; printable non-ASCII kept.
std::string str_repr(std::string_view utf8);
void append_str_repr(std::string& out, std::string_view utf8);

// repr(bytes): b'...' with the same quote rule, \t \n \r \\ escaped and
// every byte outside 0x20..0x7E as \xNN.
std::string bytes_repr(std::string_view bytes);

}  // namespace ls::py::text
