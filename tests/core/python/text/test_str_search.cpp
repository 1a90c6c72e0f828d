// str searching, splitting, stripping and replacing with code point
// indices. Tables between GENERATED markers are written by gen_cases.py
// from CPython 3.11; the named tests pin behaviour worth reading.
#include <catch2/catch.hpp>

#include "python/text/str_methods.h"
#include "text_test_helpers.h"

using namespace ls::py::text;
using namespace text_test;

namespace {

using Strings = std::vector<std::string>;

Strings strings(const std::vector<std::string_view>& views) { return Strings(views.begin(), views.end()); }
Strings strings(const std::array<std::string_view, 3>& views) { return Strings(views.begin(), views.end()); }

struct SplitCase {
  const char* s;
  std::optional<const char*> sep;
  int64_t maxsplit;
  Strings split, rsplit;
};
const SplitCase kSplitCases[] = {
    // BEGIN GENERATED split
    {"", ",", -1, {""}, {""}},
    {"", "é", 2, {""}, {""}},
    {"a", "l", 0, {"a"}, {"a"}},
    {"hello world", std::nullopt, 2, {"hello", "world"}, {"hello", "world"}},
    {"hello world", " ", 2, {"hello", "world"}, {"hello", "world"}},
    {"hello world", "ab", -1, {"hello world"}, {"hello world"}},
    {"hello world", "xyz", 2, {"hello world"}, {"hello world"}},
    {"  hello  world  ", "é", -1, {"  hello  world  "}, {"  hello  world  "}},
    {"a,b,,c,", std::nullopt, 1, {"a,b,,c,"}, {"a,b,,c,"}},
    {"a,b,,c,", "l", 2, {"a,b,,c,"}, {"a,b,,c,"}},
    {"a,b,,c,", "ab", 2, {"a,b,,c,"}, {"a,b,,c,"}},
    {"a,b,,c,", "xyz", 2, {"a,b,,c,"}, {"a,b,,c,"}},
    {"héllo wörld", std::nullopt, 1, {"héllo", "wörld"}, {"héllo", "wörld"}},
    {"héllo wörld", ",", -1, {"héllo wörld"}, {"héllo wörld"}},
    {"héllo wörld", " ", 2, {"héllo", "wörld"}, {"héllo", "wörld"}},
    {"héllo wörld", "l", 1, {"hé", "lo wörld"}, {"héllo wör", "d"}},
    {"日本語のテキスト", ",", 0, {"日本語のテキスト"}, {"日本語のテキスト"}},
    {"日本語のテキスト", " ", 0, {"日本語のテキスト"}, {"日本語のテキスト"}},
    {"日本語のテキスト", "é", 1, {"日本語のテキスト"}, {"日本語のテキスト"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", ",", -1, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", " ", 0, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", " ", 2, {"\011", "tab\343\200\200ideo\302\240nbsp\012"}, {"\011", "tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "l", 0, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "l", 2, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "ab", 0, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "ab", 2, {"\011 t", "\343\200\200ideo\302\240nbsp\012"}, {"\011 t", "\343\200\200ideo\302\240nbsp\012"}},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "xyz", 2, {"\011 tab\343\200\200ideo\302\240nbsp\012"}, {"\011 tab\343\200\200ideo\302\240nbsp\012"}},
    {"aaa", ",", 1, {"aaa"}, {"aaa"}},
    {"aaa", " ", 1, {"aaa"}, {"aaa"}},
    {"aaa", "l", -1, {"aaa"}, {"aaa"}},
    {"aaa", "é", 0, {"aaa"}, {"aaa"}},
    {"aaa", "ab", 0, {"aaa"}, {"aaa"}},
    {"aaa", "xyz", 2, {"aaa"}, {"aaa"}},
    {"ababababab", "l", 0, {"ababababab"}, {"ababababab"}},
    {"ababababab", "é", -1, {"ababababab"}, {"ababababab"}},
    {"ababababab", "é", 2, {"ababababab"}, {"ababababab"}},
    {"Straße", " ", 2, {"Straße"}, {"Straße"}},
    {"they're bill's friends", std::nullopt, 2, {"they're", "bill's", "friends"}, {"they're", "bill's", "friends"}},
    {"they're bill's friends", " ", -1, {"they're", "bill's", "friends"}, {"they're", "bill's", "friends"}},
    {"they're bill's friends", "é", -1, {"they're bill's friends"}, {"they're bill's friends"}},
    {"they're bill's friends", "é", 1, {"they're bill's friends"}, {"they're bill's friends"}},
    {"they're bill's friends", "xyz", 0, {"they're bill's friends"}, {"they're bill's friends"}},
    {"they're bill's friends", "xyz", 1, {"they're bill's friends"}, {"they're bill's friends"}},
    {"HELLO", std::nullopt, 1, {"HELLO"}, {"HELLO"}},
    {"HELLO", std::nullopt, 2, {"HELLO"}, {"HELLO"}},
    {"HELLO", ",", 2, {"HELLO"}, {"HELLO"}},
    {"HELLO", " ", 0, {"HELLO"}, {"HELLO"}},
    {"HELLO", "é", 0, {"HELLO"}, {"HELLO"}},
    {"HELLO", "ab", 0, {"HELLO"}, {"HELLO"}},
    {"HELLO", "ab", 1, {"HELLO"}, {"HELLO"}},
    {"HELLO", "xyz", 1, {"HELLO"}, {"HELLO"}},
    {"Hello World", " ", 1, {"Hello", "World"}, {"Hello", "World"}},
    {"Hello World", "l", 0, {"Hello World"}, {"Hello World"}},
    {"ÿµß ÀÉ", ",", -1, {"ÿµß ÀÉ"}, {"ÿµß ÀÉ"}},
    {"ÿµß ÀÉ", ",", 2, {"ÿµß ÀÉ"}, {"ÿµß ÀÉ"}},
    {"ÿµß ÀÉ", "xyz", -1, {"ÿµß ÀÉ"}, {"ÿµß ÀÉ"}},
    {"ÿµß ÀÉ", "xyz", 2, {"ÿµß ÀÉ"}, {"ÿµß ÀÉ"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", std::nullopt, 0, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", ",", -1, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", ",", 0, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", ",", 1, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", " ", 2, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", "é", 0, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}, {"x\015\012y\015z\012\013w\342\200\250v\302\205"}},
    {"aébéc", std::nullopt, -1, {"aébéc"}, {"aébéc"}},
    {"aébéc", "xyz", -1, {"aébéc"}, {"aébéc"}},
    {"aébéc", "xyz", 2, {"aébéc"}, {"aébéc"}},
    {"-42", std::nullopt, -1, {"-42"}, {"-42"}},
    {"-42", std::nullopt, 0, {"-42"}, {"-42"}},
    {"-42", std::nullopt, 2, {"-42"}, {"-42"}},
    {"-42", ",", 0, {"-42"}, {"-42"}},
    {"+7", std::nullopt, 0, {"+7"}, {"+7"}},
    {"+7", ",", 1, {"+7"}, {"+7"}},
    {"+7", "l", 0, {"+7"}, {"+7"}},
    {"+7", "xyz", 2, {"+7"}, {"+7"}},
    {"abc123", ",", 2, {"abc123"}, {"abc123"}},
    {"abc123", "l", -1, {"abc123"}, {"abc123"}},
    {"abc123", "l", 0, {"abc123"}, {"abc123"}},
    {"abc123", "xyz", -1, {"abc123"}, {"abc123"}},
    {"½²", "ab", 0, {"½²"}, {"½²"}},
    {"½²", "ab", 2, {"½²"}, {"½²"}},
    {"ª", ",", -1, {"ª"}, {"ª"}},
    {"ª", ",", 1, {"ª"}, {"ª"}},
    {"ª", "xyz", 0, {"ª"}, {"ª"}},
    {"ª", "xyz", 2, {"ª"}, {"ª"}},
    {"AªB", " ", 1, {"AªB"}, {"AªB"}},
    {"AªB", "l", 1, {"AªB"}, {"AªB"}},
    {"  ", ",", 1, {"  "}, {"  "}},
    {"  ", ",", 2, {"  "}, {"  "}},
    {"  ", " ", 0, {"  "}, {"  "}},
    {"  ", "ab", 2, {"  "}, {"  "}},
    // END GENERATED split
};

struct FindCase {
  const char* s;
  const char* sub;
  int64_t start, end;  // kNone when omitted
  int64_t find, rfind, count;
  bool startswith, endswith;
};
const FindCase kFindCases[] = {
    // BEGIN GENERATED find
    {"hello world", "", -3, kNone, 8, 11, 4, true, true},
    {"hello world", "", 0, 0, 0, 0, 1, true, true},
    {"hello world", "o", kNone, kNone, 4, 7, 2, false, false},
    {"hello world", "o", 0, 0, -1, -1, 0, false, false},
    {"hello world", "é", 2, 5, -1, -1, 0, false, false},
    {"hello world", "é", -100, 3, -1, -1, 0, false, false},
    {"hello world", "ab", kNone, kNone, -1, -1, 0, false, false},
    {"hello world", "ab", kNone, 100, -1, -1, 0, false, false},
    {"hello world", "zz", 2, 5, -1, -1, 0, false, false},
    {"hello world", "zz", kNone, 100, -1, -1, 0, false, false},
    {"hello world", "zz", 0, 0, -1, -1, 0, false, false},
    {"hello world", "hello", 1, kNone, -1, -1, 0, false, false},
    {"hello world", "hello", -3, kNone, -1, -1, 0, false, false},
    {"hello world", "hello", 5, 2, -1, -1, 0, false, false},
    {"hello world", "hello", kNone, 100, 0, 0, 1, true, false},
    {"héllo wörld", "", 100, kNone, -1, -1, 0, false, false},
    {"héllo wörld", "", -100, 3, 0, 3, 4, true, true},
    {"héllo wörld", "l", 2, 5, 2, 3, 2, true, false},
    {"héllo wörld", "o", -3, kNone, -1, -1, 0, false, false},
    {"héllo wörld", "o", 2, 5, 4, 4, 1, false, true},
    {"héllo wörld", "o", kNone, -1, 4, 4, 1, false, false},
    {"héllo wörld", "o", 5, 2, -1, -1, 0, false, false},
    {"héllo wörld", "o", -100, 3, -1, -1, 0, false, false},
    {"héllo wörld", "o", 0, 0, -1, -1, 0, false, false},
    {"héllo wörld", "é", 1, kNone, 1, 1, 1, true, false},
    {"héllo wörld", "é", 5, 2, -1, -1, 0, false, false},
    {"héllo wörld", "é", kNone, 100, 1, 1, 1, false, false},
    {"héllo wörld", "é", -100, 3, 1, 1, 1, false, false},
    {"héllo wörld", "日本", kNone, kNone, -1, -1, 0, false, false},
    {"héllo wörld", "日本", 5, 2, -1, -1, 0, false, false},
    {"héllo wörld", "ab", -3, kNone, -1, -1, 0, false, false},
    {"héllo wörld", "ab", kNone, -1, -1, -1, 0, false, false},
    {"héllo wörld", "ab", 5, 2, -1, -1, 0, false, false},
    {"héllo wörld", "hello", 5, 2, -1, -1, 0, false, false},
    {"héllo wörld", "hello", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "", -3, kNone, 3, 6, 4, true, true},
    {"日本語の日本", "", 2, 5, 2, 5, 4, true, true},
    {"日本語の日本", "", 100, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "", kNone, 100, 0, 6, 7, true, true},
    {"日本語の日本", "", 0, 0, 0, 0, 1, true, true},
    {"日本語の日本", "l", 1, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "l", -3, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "l", 100, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "l", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "l", 0, 0, -1, -1, 0, false, false},
    {"日本語の日本", "o", 1, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "o", kNone, 100, -1, -1, 0, false, false},
    {"日本語の日本", "o", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "é", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "é", 0, 0, -1, -1, 0, false, false},
    {"日本語の日本", "日本", -100, 3, 0, 0, 1, true, false},
    {"日本語の日本", "日本", 0, 0, -1, -1, 0, false, false},
    {"日本語の日本", "ab", kNone, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "ab", -3, kNone, -1, -1, 0, false, false},
    {"日本語の日本", "ab", 2, 5, -1, -1, 0, false, false},
    {"日本語の日本", "ab", 5, 2, -1, -1, 0, false, false},
    {"日本語の日本", "ab", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "zz", kNone, -1, -1, -1, 0, false, false},
    {"日本語の日本", "hello", kNone, 100, -1, -1, 0, false, false},
    {"日本語の日本", "hello", -100, 3, -1, -1, 0, false, false},
    {"日本語の日本", "hello", 0, 0, -1, -1, 0, false, false},
    {"abababab", "", kNone, kNone, 0, 8, 9, true, true},
    {"abababab", "l", -3, kNone, -1, -1, 0, false, false},
    {"abababab", "l", 5, 2, -1, -1, 0, false, false},
    {"abababab", "l", -100, 3, -1, -1, 0, false, false},
    {"abababab", "o", 5, 2, -1, -1, 0, false, false},
    {"abababab", "o", 0, 0, -1, -1, 0, false, false},
    {"abababab", "é", -3, kNone, -1, -1, 0, false, false},
    {"abababab", "é", -100, 3, -1, -1, 0, false, false},
    {"abababab", "ab", kNone, kNone, 0, 6, 4, true, true},
    {"abababab", "ab", 1, kNone, 2, 6, 3, false, true},
    {"abababab", "ab", 100, kNone, -1, -1, 0, false, false},
    {"abababab", "ab", kNone, 100, 0, 6, 4, true, true},
    {"abababab", "zz", kNone, -1, -1, -1, 0, false, false},
    {"abababab", "hello", kNone, kNone, -1, -1, 0, false, false},
    {"abababab", "hello", kNone, -1, -1, -1, 0, false, false},
    {"abababab", "hello", 5, 2, -1, -1, 0, false, false},
    {"", "", 1, kNone, -1, -1, 0, false, false},
    {"", "", 5, 2, -1, -1, 0, false, false},
    {"", "", kNone, 100, 0, 0, 1, true, true},
    {"", "l", kNone, kNone, -1, -1, 0, false, false},
    {"", "l", kNone, -1, -1, -1, 0, false, false},
    {"", "o", -3, kNone, -1, -1, 0, false, false},
    {"", "é", -3, kNone, -1, -1, 0, false, false},
    {"", "é", kNone, 100, -1, -1, 0, false, false},
    {"", "日本", kNone, kNone, -1, -1, 0, false, false},
    {"", "日本", 2, 5, -1, -1, 0, false, false},
    {"", "日本", 100, kNone, -1, -1, 0, false, false},
    {"", "日本", 0, 0, -1, -1, 0, false, false},
    {"", "ab", kNone, kNone, -1, -1, 0, false, false},
    {"", "ab", -3, kNone, -1, -1, 0, false, false},
    {"", "ab", 2, 5, -1, -1, 0, false, false},
    {"", "ab", 100, kNone, -1, -1, 0, false, false},
    {"", "zz", 1, kNone, -1, -1, 0, false, false},
    {"", "zz", kNone, 100, -1, -1, 0, false, false},
    {"", "zz", -100, 3, -1, -1, 0, false, false},
    {"", "hello", 1, kNone, -1, -1, 0, false, false},
    {"", "hello", 2, 5, -1, -1, 0, false, false},
    {"", "hello", kNone, -1, -1, -1, 0, false, false},
    {"", "hello", kNone, 100, -1, -1, 0, false, false},
    // END GENERATED find
};

struct StripCase {
  const char* s;
  std::optional<const char*> chars;
  const char *strip, *lstrip, *rstrip;
};
const StripCase kStripCases[] = {
    // BEGIN GENERATED strip
    {"", " a", "", "", ""},
    {"", "hd", "", "", ""},
    {"hello world", " a", "hello world", "hello world", "hello world"},
    {"  hello  world  ", "x", "  hello  world  ", "  hello  world  ", "  hello  world  "},
    {"a,b,,c,", "x", "a,b,,c,", "a,b,,c,", "a,b,,c,"},
    {"a,b,,c,", " a", ",b,,c,", ",b,,c,", "a,b,,c,"},
    {"a,b,,c,", "éa", ",b,,c,", ",b,,c,", "a,b,,c,"},
    {"a,b,,c,", "", "a,b,,c,", "a,b,,c,", "a,b,,c,"},
    {"a,b,,c,", "hd", "a,b,,c,", "a,b,,c,", "a,b,,c,"},
    {"héllo wörld", "x", "héllo wörld", "héllo wörld", "héllo wörld"},
    {"héllo wörld", "éa", "héllo wörld", "héllo wörld", "héllo wörld"},
    {"héllo wörld", "hd", "éllo wörl", "éllo wörld", "héllo wörl"},
    {"日本語のテキスト", "x", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト"},
    {"日本語のテキスト", "", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト"},
    {"日本語のテキスト", "hd", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト"},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "", "\011 tab\343\200\200ideo\302\240nbsp\012", "\011 tab\343\200\200ideo\302\240nbsp\012", "\011 tab\343\200\200ideo\302\240nbsp\012"},
    {"aaa", "éa", "", "", ""},
    {"aaa", "", "aaa", "aaa", "aaa"},
    {"aaa", "hd", "aaa", "aaa", "aaa"},
    {"ababababab", std::nullopt, "ababababab", "ababababab", "ababababab"},
    {"ababababab", "x", "ababababab", "ababababab", "ababababab"},
    {"Straße", " a", "Straße", "Straße", "Straße"},
    {"Straße", "", "Straße", "Straße", "Straße"},
    {"they're bill's friends", "x", "they're bill's friends", "they're bill's friends", "they're bill's friends"},
    {"HELLO", std::nullopt, "HELLO", "HELLO", "HELLO"},
    {"HELLO", "hd", "HELLO", "HELLO", "HELLO"},
    {"Hello World", "x", "Hello World", "Hello World", "Hello World"},
    {"Hello World", "hd", "Hello Worl", "Hello World", "Hello Worl"},
    {"ÿµß ÀÉ", std::nullopt, "ÿµß ÀÉ", "ÿµß ÀÉ", "ÿµß ÀÉ"},
    {"ÿµß ÀÉ", "", "ÿµß ÀÉ", "ÿµß ÀÉ", "ÿµß ÀÉ"},
    {"ÿµß ÀÉ", "hd", "ÿµß ÀÉ", "ÿµß ÀÉ", "ÿµß ÀÉ"},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", std::nullopt, "x\015\012y\015z\012\013w\342\200\250v", "x\015\012y\015z\012\013w\342\200\250v\302\205", "x\015\012y\015z\012\013w\342\200\250v"},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", "hd", "x\015\012y\015z\012\013w\342\200\250v\302\205", "x\015\012y\015z\012\013w\342\200\250v\302\205", "x\015\012y\015z\012\013w\342\200\250v\302\205"},
    {"aébéc", "x", "aébéc", "aébéc", "aébéc"},
    {"aébéc", " a", "ébéc", "ébéc", "aébéc"},
    {"aébéc", "éa", "béc", "béc", "aébéc"},
    {"aébéc", "hd", "aébéc", "aébéc", "aébéc"},
    {"-42", std::nullopt, "-42", "-42", "-42"},
    {"-42", " a", "-42", "-42", "-42"},
    {"-42", "éa", "-42", "-42", "-42"},
    {"-42", "", "-42", "-42", "-42"},
    {"+7", "éa", "+7", "+7", "+7"},
    {"abc123", "x", "abc123", "abc123", "abc123"},
    {"abc123", "hd", "abc123", "abc123", "abc123"},
    {"½²", std::nullopt, "½²", "½²", "½²"},
    {"½²", "x", "½²", "½²", "½²"},
    {"ª", "x", "ª", "ª", "ª"},
    {"AªB", std::nullopt, "AªB", "AªB", "AªB"},
    {"AªB", " a", "AªB", "AªB", "AªB"},
    {"AªB", "", "AªB", "AªB", "AªB"},
    {"  ", std::nullopt, "", "", ""},
    {"  ", "x", "  ", "  ", "  "},
    {"  ", "éa", "  ", "  ", "  "},
    {"  ", "", "  ", "  ", "  "},
    {"xxhixx", "x", "hi", "hixx", "xxhi"},
    {"xxhixx", "", "xxhixx", "xxhixx", "xxhixx"},
    {"éaéhiéa", std::nullopt, "éaéhiéa", "éaéhiéa", "éaéhiéa"},
    {"éaéhiéa", "x", "éaéhiéa", "éaéhiéa", "éaéhiéa"},
    {"éaéhiéa", "", "éaéhiéa", "éaéhiéa", "éaéhiéa"},
    {"\342\200\203 x \342\200\203", "hd", "\342\200\203 x \342\200\203", "\342\200\203 x \342\200\203", "\342\200\203 x \342\200\203"},
    // END GENERATED strip
};

struct ReplaceCase {
  const char *s, *old, *replacement;
  int64_t count;
  const char* result;
};
const ReplaceCase kReplaceCases[] = {
    // BEGIN GENERATED replace
    {"hello world", "", "-", -1, "-h-e-l-l-o- -w-o-r-l-d-"},
    {"hello world", "a", "bb", 1, "hello world"},
    {"hello world", "aa", "x", 1, "hello world"},
    {"hello world", "é", "e", 2, "hello world"},
    {"hello world", "hello world", "", -1, ""},
    {"hello world", "hello world", "", 2, ""},
    {"aaaa", "l", "L", 2, "aaaa"},
    {"aaaa", "", "-", 0, "aaaa"},
    {"aaaa", "aa", "x", 1, "xaa"},
    {"aaaa", "é", "e", 2, "aaaa"},
    {"aaaa", "日本", "x", -1, "aaaa"},
    {"aaaa", "日本", "x", 1, "aaaa"},
    {"aaaa", "日本", "x", 2, "aaaa"},
    {"aaaa", "zz", "y", 0, "aaaa"},
    {"aaaa", "zz", "y", 1, "aaaa"},
    {"aaaa", "zz", "y", 2, "aaaa"},
    {"aaaa", "hello world", "", 1, "aaaa"},
    {"héllo", "l", "L", 1, "héLlo"},
    {"héllo", "l", "L", 2, "héLLo"},
    {"héllo", "aa", "x", 0, "héllo"},
    {"héllo", "aa", "x", 2, "héllo"},
    {"héllo", "é", "e", 0, "héllo"},
    {"héllo", "é", "e", 2, "hello"},
    {"héllo", "日本", "x", -1, "héllo"},
    {"héllo", "zz", "y", -1, "héllo"},
    {"héllo", "zz", "y", 0, "héllo"},
    {"héllo", "zz", "y", 1, "héllo"},
    {"", "l", "L", 2, ""},
    {"", "a", "bb", -1, ""},
    {"", "a", "bb", 0, ""},
    {"", "a", "bb", 1, ""},
    {"", "a", "bb", 2, ""},
    {"", "aa", "x", 0, ""},
    {"", "日本", "x", 2, ""},
    {"", "zz", "y", -1, ""},
    {"", "hello world", "", 2, ""},
    {"abc", "l", "L", 0, "abc"},
    {"abc", "", "-", -1, "-a-b-c-"},
    {"abc", "", "-", 1, "-abc"},
    {"abc", "a", "bb", -1, "bbbc"},
    {"abc", "a", "bb", 2, "bbbc"},
    {"abc", "é", "e", 0, "abc"},
    {"abc", "é", "e", 2, "abc"},
    {"abc", "日本", "x", -1, "abc"},
    {"abc", "zz", "y", 0, "abc"},
    {"abc", "zz", "y", 2, "abc"},
    {"abc", "hello world", "", 0, "abc"},
    {"abc", "hello world", "", 2, "abc"},
    {"日本日本", "l", "L", 1, "日本日本"},
    {"日本日本", "l", "L", 2, "日本日本"},
    {"日本日本", "", "-", 1, "-日本日本"},
    {"日本日本", "", "-", 2, "-日-本日本"},
    {"日本日本", "a", "bb", 1, "日本日本"},
    {"日本日本", "é", "e", -1, "日本日本"},
    {"日本日本", "日本", "x", 0, "日本日本"},
    {"日本日本", "日本", "x", 2, "xx"},
    {"日本日本", "zz", "y", -1, "日本日本"},
    {"日本日本", "zz", "y", 0, "日本日本"},
    {"日本日本", "zz", "y", 1, "日本日本"},
    {"日本日本", "hello world", "", 0, "日本日本"},
    // END GENERATED replace
};

struct PartitionCase {
  const char *s, *sep;
  Strings partition, rpartition;
};
const PartitionCase kPartitionCases[] = {
    // BEGIN GENERATED partition
    {"a=b=c", "é", {"a=b=c", "", ""}, {"", "", "a=b=c"}},
    {"abc", "=", {"abc", "", ""}, {"", "", "abc"}},
    {"abc", ": ", {"abc", "", ""}, {"", "", "abc"}},
    {"abc", "x", {"abc", "", ""}, {"", "", "abc"}},
    {"abc", "abc", {"", "abc", ""}, {"", "abc", ""}},
    {"abc", "é", {"abc", "", ""}, {"", "", "abc"}},
    {"", ": ", {"", "", ""}, {"", "", ""}},
    {"", "abc", {"", "", ""}, {"", "", ""}},
    {"é=ü=ö", "=", {"é", "=", "ü=ö"}, {"é=ü", "=", "ö"}},
    {"é=ü=ö", ": ", {"é=ü=ö", "", ""}, {"", "", "é=ü=ö"}},
    {"é=ü=ö", "x", {"é=ü=ö", "", ""}, {"", "", "é=ü=ö"}},
    {"é=ü=ö", "abc", {"é=ü=ö", "", ""}, {"", "", "é=ü=ö"}},
    {"==", "=", {"", "=", "="}, {"=", "=", ""}},
    {"==", ": ", {"==", "", ""}, {"", "", "=="}},
    {"==", "x", {"==", "", ""}, {"", "", "=="}},
    {"==", "abc", {"==", "", ""}, {"", "", "=="}},
    {"==", "é", {"==", "", ""}, {"", "", "=="}},
    {"key: value: x", "x", {"key: value: ", "x", ""}, {"key: value: ", "x", ""}},
    {"key: value: x", "abc", {"key: value: x", "", ""}, {"", "", "key: value: x"}},
    {"key: value: x", "é", {"key: value: x", "", ""}, {"", "", "key: value: x"}},
    // END GENERATED partition
};

struct SplitlinesCase {
  const char* s;
  bool keepends;
  Strings lines;
};
const SplitlinesCase kSplitlinesCases[] = {
    // BEGIN GENERATED splitlines
    {"", false, {}},
    {"", true, {}},
    {"a", false, {"a"}},
    {"a", true, {"a"}},
    {"a\012", false, {"a"}},
    {"a\012", true, {"a\012"}},
    {"a\012b", false, {"a", "b"}},
    {"a\012b", true, {"a\012", "b"}},
    {"a\015\012b\015c\012\012d", false, {"a", "b", "c", "", "d"}},
    {"a\015\012b\015c\012\012d", true, {"a\015\012", "b\015", "c\012", "\012", "d"}},
    {"\012\012", false, {"", ""}},
    {"\012\012", true, {"\012", "\012"}},
    {"x\013y\014z\034\035\036", false, {"x", "y", "z", "", ""}},
    {"x\013y\014z\034\035\036", true, {"x\013", "y\014", "z\034", "\035", "\036"}},
    {"é\342\200\250ü\342\200\251ö\302\205", false, {"é", "ü", "ö"}},
    {"é\342\200\250ü\342\200\251ö\302\205", true, {"é\342\200\250", "ü\342\200\251", "ö\302\205"}},
    {"line\015", false, {"line"}},
    {"line\015", true, {"line\015"}},
    {"a\012\015b", false, {"a", "", "b"}},
    {"a\012\015b", true, {"a\012", "\015", "b"}},
    // END GENERATED splitlines
};

std::optional<std::string_view> opt_view(std::optional<const char*> p) {
  return p ? std::optional<std::string_view>(*p) : std::nullopt;
}

}  // namespace

TEST_CASE("split and rsplit match CPython with and without a separator", "[text][str][split]") {
  for (const SplitCase& c : kSplitCases) {
    INFO("'" << c.s << "'.split(" << (c.sep ? *c.sep : "None") << ", " << c.maxsplit << ")");
    CHECK(strings(split(c.s, opt_view(c.sep), c.maxsplit)) == c.split);
    CHECK(strings(rsplit(c.s, opt_view(c.sep), c.maxsplit)) == c.rsplit);
  }
}

TEST_CASE("split on whitespace keeps the remainder's trailing spaces", "[text][str][split]") {
  CHECK(strings(split("  a b  c  ", std::nullopt, 1)) == Strings{"a", "b  c  "});
  CHECK(strings(rsplit("  a b  c  ", std::nullopt, 1)) == Strings{"  a b", "c"});
  CHECK(strings(split("a\u3000b")) == Strings{"a", "b"});  // ideographic space is whitespace
  CHECK(strings(split("")) == Strings{});
  CHECK(strings(split("", ",")) == Strings{""});
}

TEST_CASE("split with an empty separator raises ValueError", "[text][str][split]") {
  CHECK(outcome([] { split("a", ""); return std::string(); }) == "!V:empty separator");
  CHECK(outcome([] { rsplit("a", ""); return std::string(); }) == "!V:empty separator");
  CHECK(outcome([] { partition("a", ""); return std::string(); }) == "!V:empty separator");
}

TEST_CASE("find, rfind, count, startswith and endswith use code point bounds",
          "[text][str][find]") {
  for (const FindCase& c : kFindCases) {
    INFO("'" << c.s << "'.find('" << c.sub << "', " << c.start << ", " << c.end << ")");
    CHECK(find(c.s, c.sub, opt(c.start), opt(c.end)) == c.find);
    CHECK(rfind(c.s, c.sub, opt(c.start), opt(c.end)) == c.rfind);
    CHECK(count(c.s, c.sub, opt(c.start), opt(c.end)) == c.count);
    CHECK(startswith(c.s, c.sub, opt(c.start), opt(c.end)) == c.startswith);
    CHECK(endswith(c.s, c.sub, opt(c.start), opt(c.end)) == c.endswith);
  }
}

TEST_CASE("find reports code point positions in non-ASCII text", "[text][str][find]") {
  CHECK(find("héllo", "l") == 2);
  CHECK(rfind("日本語の日本", "日本") == 4);
  CHECK(find("abc", "", 3) == 3);
  CHECK(find("abc", "", 4) == -1);  // a start past the end finds nothing, not even ""
  CHECK(count("abc", "") == 4);
  CHECK(count("aaaa", "aa") == 2);  // matches do not overlap
}

TEST_CASE("strip, lstrip and rstrip remove whitespace or given code points",
          "[text][str][strip]") {
  for (const StripCase& c : kStripCases) {
    INFO("'" << c.s << "'.strip(" << (c.chars ? *c.chars : "None") << ")");
    CHECK(strip(c.s, opt_view(c.chars)) == c.strip);
    CHECK(lstrip(c.s, opt_view(c.chars)) == c.lstrip);
    CHECK(rstrip(c.s, opt_view(c.chars)) == c.rstrip);
  }
}

TEST_CASE("replace honours count and the empty pattern", "[text][str][replace]") {
  for (const ReplaceCase& c : kReplaceCases) {
    INFO("'" << c.s << "'.replace('" << c.old << "', '" << c.replacement << "', " << c.count << ")");
    CHECK(replace(c.s, c.old, c.replacement, c.count) == c.result);
  }
  CHECK(replace("héllo", "", "-") == "-h-é-l-l-o-");
  CHECK(replace("abc", "", "-", 2) == "-a-bc");
}

TEST_CASE("partition and rpartition split at the first and last separator",
          "[text][str][partition]") {
  for (const PartitionCase& c : kPartitionCases) {
    INFO("'" << c.s << "'.partition('" << c.sep << "')");
    CHECK(strings(partition(c.s, c.sep)) == c.partition);
    CHECK(strings(rpartition(c.s, c.sep)) == c.rpartition);
  }
}

TEST_CASE("splitlines knows every line boundary Python knows", "[text][str][splitlines]") {
  for (const SplitlinesCase& c : kSplitlinesCases) {
    INFO("splitlines of '" << c.s << "' keepends=" << c.keepends);
    CHECK(strings(splitlines(c.s, c.keepends)) == c.lines);
  }
  CHECK(strings(splitlines("a\r\nb")) == Strings{"a", "b"});  // \r\n is one boundary
}

TEST_CASE("join puts the separator between parts only", "[text][str][join]") {
  CHECK(join(", ", Strings{"a", "b", "c"}) == "a, b, c");
  CHECK(join("-", Strings{}) == "");
  CHECK(join("", Strings{"x"}) == "x");
  CHECK(join("é", std::vector<std::string_view>{"a", "b"}) == "aéb");
}
