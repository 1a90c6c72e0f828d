// Python str methods over UTF-8 std::string with code point semantics:
// every index, length, width and count is in code points, as in Python.
// Each function checks once whether its input is ASCII and then works on
// bytes; non-ASCII strings pay for a scan that maps code points to bytes.
//
// Functions returning std::string_view return views INTO their argument.
// Errors (empty separator, zero slice step) throw TextError (error.h).
//
// Character classes (isalpha, isspace, isdigit, isprintable...) cover all
// of Unicode; case mapping (upper, lower, title, isupper...) covers ASCII
// and Latin-1 only: see unicode.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "python/text/error.h"

namespace ls::py::text {

// ---- code points, indexing and slicing ----

size_t utf8_length(std::string_view s);
// Byte offset where code point number `index` starts (s.size() at the end).
size_t byte_offset(std::string_view s, size_t index);
// Code point index of the character that starts at byte offset `offset`.
size_t code_point_index(std::string_view s, size_t offset);

// Python's slice normalisation (PySlice_AdjustIndices) for a sequence of
// `length` items; nullopt stands for an omitted bound. `count` is the
// number of items selected. Throws ValueError "slice step cannot be zero".
struct SliceIndices {
  int64_t start = 0, stop = 0, step = 1, count = 0;
};
SliceIndices slice_indices(int64_t length, std::optional<int64_t> start,
                           std::optional<int64_t> stop, int64_t step = 1);

// s[start:stop:step] with omitted bounds as nullopt.
std::string slice(std::string_view s, std::optional<int64_t> start,
                  std::optional<int64_t> stop, int64_t step = 1);
// s[start:stop:step] with all three given (negative indices count from the end).
std::string slice(std::string_view s, int64_t start, int64_t stop, int64_t step);
// s[index], negative from the end; nullopt when out of range (IndexError).
std::optional<std::string> char_at(std::string_view s, int64_t index);

// ---- searching ----
// start/end are optional code point bounds normalised like a slice.

int64_t find(std::string_view s, std::string_view sub, std::optional<int64_t> start = {},
             std::optional<int64_t> end = {});
int64_t rfind(std::string_view s, std::string_view sub, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});
int64_t count(std::string_view s, std::string_view sub, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});
bool startswith(std::string_view s, std::string_view prefix, std::optional<int64_t> start = {},
                std::optional<int64_t> end = {});
bool endswith(std::string_view s, std::string_view suffix, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});

// ---- splitting and joining ----

// sep = nullopt splits on runs of whitespace; maxsplit < 0 means no limit.
std::vector<std::string_view> split(std::string_view s,
                                    std::optional<std::string_view> sep = {},
                                    int64_t maxsplit = -1);
std::vector<std::string_view> rsplit(std::string_view s,
                                     std::optional<std::string_view> sep = {},
                                     int64_t maxsplit = -1);
std::vector<std::string_view> splitlines(std::string_view s, bool keepends = false);
std::string join(std::string_view sep, const std::vector<std::string>& parts);
std::string join(std::string_view sep, const std::vector<std::string_view>& parts);
std::array<std::string_view, 3> partition(std::string_view s, std::string_view sep);
std::array<std::string_view, 3> rpartition(std::string_view s, std::string_view sep);

// chars = nullopt strips whitespace; otherwise any code point in `chars`.
std::string_view strip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars = {});

// count < 0 replaces every occurrence.
std::string replace(std::string_view s, std::string_view old, std::string_view replacement,
                    int64_t count = -1);

// ---- case ----

std::string upper(std::string_view s);
std::string lower(std::string_view s);
std::string capitalize(std::string_view s);
std::string title(std::string_view s);
std::string swapcase(std::string_view s);

// ---- padding ----
// `fill` is one code point in UTF-8 (the caller checks "The fill character
// must be exactly one character long").

std::string center(std::string_view s, int64_t width, std::string_view fill = " ");
std::string ljust(std::string_view s, int64_t width, std::string_view fill = " ");
std::string rjust(std::string_view s, int64_t width, std::string_view fill = " ");
std::string zfill(std::string_view s, int64_t width);

// ---- predicates (False for the empty string, like Python) ----

bool isdigit(std::string_view s);
bool isdecimal(std::string_view s);
bool isnumeric(std::string_view s);
bool isalpha(std::string_view s);
bool isalnum(std::string_view s);
bool isspace(std::string_view s);
bool isupper(std::string_view s);
bool islower(std::string_view s);
bool istitle(std::string_view s);
bool isprintable(std::string_view s);  // True for the empty string, as in Python
bool isascii(std::string_view s);      // True for the empty string, as in Python

}  // namespace ls::py::text
