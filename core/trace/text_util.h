// Small text helpers shared by the exports (private to core/trace).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ls::trace {

// Terminal columns taken by UTF-8 text: one per code point. Our labels hold Latin
// text plus "·", "…" and "µ"; no wide or combining characters need handling.
std::size_t display_width(std::string_view s);

// The first line of `s`, at most `columns` wide; anything cut off (more columns or
// more lines) is shown by a trailing "…". Never splits a code point.
std::string shorten(std::string_view s, std::size_t columns);

// `s` shortened to, then padded with spaces to, exactly `columns` columns.
std::string fit(std::string_view s, std::size_t columns);

}  // namespace ls::trace
