// str case mapping, padding, predicates, indexing and slicing. Tables
// between GENERATED markers are written by gen_cases.py from CPython 3.11.
#include <catch2/catch.hpp>

#include "python/text/str_methods.h"
#include "text_test_helpers.h"

using namespace ls::py::text;
using namespace text_test;

namespace {

struct CaseCase {
  const char *s, *upper, *lower, *capitalize, *title, *swapcase;
};
const CaseCase kCaseCases[] = {
    // BEGIN GENERATED case
    {"", "", "", "", "", ""},
    {"a", "A", "a", "A", "A", "A"},
    {"hello world", "HELLO WORLD", "hello world", "Hello world", "Hello World", "HELLO WORLD"},
    {"  hello  world  ", "  HELLO  WORLD  ", "  hello  world  ", "  hello  world  ", "  Hello  World  ", "  HELLO  WORLD  "},
    {"a,b,,c,", "A,B,,C,", "a,b,,c,", "A,b,,c,", "A,B,,C,", "A,B,,C,"},
    {"héllo wörld", "HÉLLO WÖRLD", "héllo wörld", "Héllo wörld", "Héllo Wörld", "HÉLLO WÖRLD"},
    {"日本語のテキスト", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト", "日本語のテキスト"},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "\011 TAB\343\200\200IDEO\302\240NBSP\012", "\011 tab\343\200\200ideo\302\240nbsp\012", "\011 tab\343\200\200ideo\302\240nbsp\012", "\011 Tab\343\200\200Ideo\302\240Nbsp\012", "\011 TAB\343\200\200IDEO\302\240NBSP\012"},
    {"aaa", "AAA", "aaa", "Aaa", "Aaa", "AAA"},
    {"ababababab", "ABABABABAB", "ababababab", "Ababababab", "Ababababab", "ABABABABAB"},
    {"Straße", "STRASSE", "straße", "Straße", "Straße", "sTRASSE"},
    {"they're bill's friends", "THEY'RE BILL'S FRIENDS", "they're bill's friends", "They're bill's friends", "They'Re Bill'S Friends", "THEY'RE BILL'S FRIENDS"},
    {"HELLO", "HELLO", "hello", "Hello", "Hello", "hello"},
    {"Hello World", "HELLO WORLD", "hello world", "Hello world", "Hello World", "hELLO wORLD"},
    {"ÿµß ÀÉ", "ŸΜSS ÀÉ", "ÿµß àé", "Ÿµß àé", "Ÿµß Àé", "ŸΜSS àé"},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", "X\015\012Y\015Z\012\013W\342\200\250V\302\205", "x\015\012y\015z\012\013w\342\200\250v\302\205", "X\015\012y\015z\012\013w\342\200\250v\302\205", "X\015\012Y\015Z\012\013W\342\200\250V\302\205", "X\015\012Y\015Z\012\013W\342\200\250V\302\205"},
    {"aébéc", "AÉBÉC", "aébéc", "Aébéc", "Aébéc", "AÉBÉC"},
    {"-42", "-42", "-42", "-42", "-42", "-42"},
    {"+7", "+7", "+7", "+7", "+7", "+7"},
    {"abc123", "ABC123", "abc123", "Abc123", "Abc123", "ABC123"},
    {"½²", "½²", "½²", "½²", "½²", "½²"},
    {"ª", "ª", "ª", "ª", "ª", "ª"},
    {"AªB", "AªB", "aªb", "Aªb", "Aªb", "aªb"},
    {"  ", "  ", "  ", "  ", "  ", "  "},
    {"mIxEd CaSe 123", "MIXED CASE 123", "mixed case 123", "Mixed case 123", "Mixed Case 123", "MiXeD cAsE 123"},
    {"o'neil mcdonald-smith", "O'NEIL MCDONALD-SMITH", "o'neil mcdonald-smith", "O'neil mcdonald-smith", "O'Neil Mcdonald-Smith", "O'NEIL MCDONALD-SMITH"},
    {"ß", "SS", "ß", "Ss", "Ss", "SS"},
    {"ÿ", "Ÿ", "ÿ", "Ÿ", "Ÿ", "Ÿ"},
    {"µ", "Μ", "µ", "Μ", "Μ", "Μ"},
    {"éCOLE", "ÉCOLE", "école", "École", "École", "École"},
    // END GENERATED case
};

struct PadCase {
  const char* s;
  int64_t width;
  const char* fill;
  const char *center, *ljust, *rjust, *zfill;
};
const PadCase kPadCases[] = {
    // BEGIN GENERATED pad
    {"", 0, "*", "", "", "", ""},
    {"", 4, "*", "****", "****", "****", "0000"},
    {"", 5, "é", "ééééé", "ééééé", "ééééé", "00000"},
    {"", 7, "*", "*******", "*******", "*******", "0000000"},
    {"a", 0, "*", "a", "a", "a", "a"},
    {"a", 3, "*", "*a*", "a**", "**a", "00a"},
    {"a", 4, "*", "*a**", "a***", "***a", "000a"},
    {"a", 4, "é", "éaéé", "aééé", "éééa", "000a"},
    {"a", 5, "*", "**a**", "a****", "****a", "0000a"},
    {"a", 10, "*", "****a*****", "a*********", "*********a", "000000000a"},
    {"a", 10, "é", "ééééaééééé", "aééééééééé", "éééééééééa", "000000000a"},
    {"ab", 0, " ", "ab", "ab", "ab", "ab"},
    {"ab", 0, "*", "ab", "ab", "ab", "ab"},
    {"ab", 3, " ", " ab", "ab ", " ab", "0ab"},
    {"ab", 3, "*", "*ab", "ab*", "*ab", "0ab"},
    {"ab", 4, " ", " ab ", "ab  ", "  ab", "00ab"},
    {"ab", 4, "*", "*ab*", "ab**", "**ab", "00ab"},
    {"ab", 4, "é", "éabé", "abéé", "ééab", "00ab"},
    {"ab", 5, " ", "  ab ", "ab   ", "   ab", "000ab"},
    {"ab", 5, "é", "ééabé", "abééé", "éééab", "000ab"},
    {"ab", 6, " ", "  ab  ", "ab    ", "    ab", "0000ab"},
    {"ab", 7, " ", "   ab  ", "ab     ", "     ab", "00000ab"},
    {"ab", 7, "*", "***ab**", "ab*****", "*****ab", "00000ab"},
    {"abc", 0, "*", "abc", "abc", "abc", "abc"},
    {"abc", 0, "é", "abc", "abc", "abc", "abc"},
    {"abc", 3, "*", "abc", "abc", "abc", "abc"},
    {"abc", 3, "é", "abc", "abc", "abc", "abc"},
    {"abc", 4, " ", "abc ", "abc ", " abc", "0abc"},
    {"abc", 4, "é", "abcé", "abcé", "éabc", "0abc"},
    {"abc", 5, " ", " abc ", "abc  ", "  abc", "00abc"},
    {"abc", 6, "*", "*abc**", "abc***", "***abc", "000abc"},
    {"abc", 6, "é", "éabcéé", "abcééé", "éééabc", "000abc"},
    {"abc", 7, " ", "  abc  ", "abc    ", "    abc", "0000abc"},
    {"abc", 10, " ", "   abc    ", "abc       ", "       abc", "0000000abc"},
    {"héllo", 0, " ", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 3, "é", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 4, " ", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 4, "*", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 4, "é", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 5, "*", "héllo", "héllo", "héllo", "héllo"},
    {"héllo", 10, "*", "**héllo***", "héllo*****", "*****héllo", "00000héllo"},
    {"héllo", 10, "é", "ééhélloééé", "hélloééééé", "éééééhéllo", "00000héllo"},
    {"-42", -1, " ", "-42", "-42", "-42", "-42"},
    {"-42", 3, "*", "-42", "-42", "-42", "-42"},
    {"-42", 4, " ", "-42 ", "-42 ", " -42", "-042"},
    {"-42", 5, " ", " -42 ", "-42  ", "  -42", "-0042"},
    {"-42", 5, "é", "é-42é", "-42éé", "éé-42", "-0042"},
    {"-42", 6, " ", " -42  ", "-42   ", "   -42", "-00042"},
    {"-42", 6, "*", "*-42**", "-42***", "***-42", "-00042"},
    {"-42", 7, "*", "**-42**", "-42****", "****-42", "-000042"},
    {"+1", -1, "*", "+1", "+1", "+1", "+1"},
    {"+1", 0, " ", "+1", "+1", "+1", "+1"},
    {"+1", 0, "*", "+1", "+1", "+1", "+1"},
    {"+1", 3, "*", "*+1", "+1*", "*+1", "+01"},
    {"+1", 4, " ", " +1 ", "+1  ", "  +1", "+001"},
    {"+1", 4, "é", "é+1é", "+1éé", "éé+1", "+001"},
    {"+1", 5, "*", "**+1*", "+1***", "***+1", "+0001"},
    {"+1", 6, " ", "  +1  ", "+1    ", "    +1", "+00001"},
    {"+1", 7, " ", "   +1  ", "+1     ", "     +1", "+000001"},
    {"+1", 7, "*", "***+1**", "+1*****", "*****+1", "+000001"},
    {"+1", 10, "*", "****+1****", "+1********", "********+1", "+000000001"},
    {"+1", 10, "é", "éééé+1éééé", "+1éééééééé", "éééééééé+1", "+000000001"},
    {"日本", -1, "é", "日本", "日本", "日本", "日本"},
    {"日本", 3, "é", "é日本", "日本é", "é日本", "0日本"},
    {"日本", 5, "*", "**日本*", "日本***", "***日本", "000日本"},
    {"日本", 6, " ", "  日本  ", "日本    ", "    日本", "0000日本"},
    {"日本", 6, "*", "**日本**", "日本****", "****日本", "0000日本"},
    {"日本", 6, "é", "éé日本éé", "日本éééé", "éééé日本", "0000日本"},
    {"日本", 7, " ", "   日本  ", "日本     ", "     日本", "00000日本"},
    {"日本", 10, " ", "    日本    ", "日本        ", "        日本", "00000000日本"},
    // END GENERATED pad
};

// One '0'/'1' per predicate, in this order (the order of gen_cases.py's PREDICATES).
bool (*const kPredicates[])(std::string_view) = {isdigit, isdecimal, isnumeric, isalpha,
                                                 isalnum, isspace, isupper, islower,
                                                 istitle, isprintable, isascii};
const char* const kPredicateNames[] = {"isdigit", "isdecimal", "isnumeric", "isalpha",
                                       "isalnum", "isspace", "isupper", "islower",
                                       "istitle", "isprintable", "isascii"};
struct PredicateCase {
  std::string_view s;
  const char* bits;
};
const PredicateCase kPredicateCases[] = {
    // BEGIN GENERATED predicates
    {"", "00000000011"},
    {"a", "00011001011"},
    {"hello world", "00000001011"},
    {"  hello  world  ", "00000001011"},
    {"a,b,,c,", "00000001011"},
    {"héllo wörld", "00000001010"},
    {"日本語のテキスト", "00011000010"},
    {"\011 tab\343\200\200ideo\302\240nbsp\012", "00000001000"},
    {"aaa", "00011001011"},
    {"ababababab", "00011001011"},
    {"Straße", "00011000110"},
    {"they're bill's friends", "00000001011"},
    {"HELLO", "00011010011"},
    {"Hello World", "00000000111"},
    {"ÿµß ÀÉ", "00000000010"},
    {"x\015\012y\015z\012\013w\342\200\250v\302\205", "00000001000"},
    {"aébéc", "00011001010"},
    {"-42", "00000000011"},
    {"+7", "00000000011"},
    {"abc123", "00001001011"},
    {"½²", "00101000010"},
    {"ª", "00011001010"},
    {"AªB", "00011000010"},
    {"  ", "00000100011"},
    {"123", "11101000011"},
    {"12a", "00001001011"},
    {"²", "10101000010"},
    {"½", "00101000010"},
    {"٣", "11101000010"},
    {" \011\012", "00000100001"},
    {"\343\200\200", "00000100000"},
    {"ABC", "00011010011"},
    {"abc", "00011001011"},
    {"Abc Def", "00000000111"},
    {"ABC def", "00000000011"},
    {std::string_view("a\000b", 3), "00000001001"},
    {"é", "00011001010"},
    {"É", "00011010110"},
    {"\342\200\213", "00000000000"},
    {"中文", "00011000010"},
    {"Hello, World!", "00000000111"},
    {"1A", "00001010111"},
    {"\302\240", "00000100000"},
    {"〇", "00101000010"},
    {"𝟙", "11101000010"},
    {"①", "10101000010"},
    // END GENERATED predicates
};

struct SliceCase {
  const char* s;
  int64_t start, stop;  // kNone when omitted
  int64_t step;
  const char* result;
};
const SliceCase kSliceCases[] = {
    // BEGIN GENERATED slice
    {"hello", kNone, 5, 3, "hl"},
    {"hello", 0, 3, -1, ""},
    {"hello", 1, 2, 3, "e"},
    {"hello", 2, kNone, -1, "leh"},
    {"hello", -1, -2, 3, ""},
    {"hello", -2, kNone, 3, "l"},
    {"hello", -2, -2, -2, ""},
    {"hello", -2, 3, 3, ""},
    {"hello", -2, 5, 3, "l"},
    {"hello", 3, kNone, -2, "le"},
    {"hello", 5, -1, -1, ""},
    {"hello", 100, 1, 1, ""},
    {"hello", 100, 1, 2, ""},
    {"hello", 100, 2, 1, ""},
    {"hello", 100, 2, -2, "o"},
    {"hello", 100, -1, -1, ""},
    {"hello", 100, 5, 1, ""},
    {"hello", 100, 5, -2, ""},
    {"hello", 100, -100, 2, ""},
    {"hello", -100, 1, 2, "h"},
    {"hello", -100, 2, 3, "h"},
    {"hello", -100, -1, -1, ""},
    {"hello", -100, 3, -2, ""},
    {"héllo", kNone, kNone, -1, "olléh"},
    {"héllo", kNone, 3, 1, "hél"},
    {"héllo", kNone, 5, 2, "hlo"},
    {"héllo", kNone, 100, -2, ""},
    {"héllo", 1, -1, -1, ""},
    {"héllo", 1, 3, -2, ""},
    {"héllo", 1, -100, -2, "é"},
    {"héllo", 2, kNone, -2, "lh"},
    {"héllo", 2, 2, 2, ""},
    {"héllo", 2, 2, 3, ""},
    {"héllo", 2, -2, 2, "l"},
    {"héllo", 2, -2, -1, ""},
    {"héllo", 2, -2, -2, ""},
    {"héllo", 2, 5, -1, ""},
    {"héllo", 2, 100, 1, "llo"},
    {"héllo", -1, 0, -1, "ollé"},
    {"héllo", -1, 2, 1, ""},
    {"héllo", -1, -2, 1, ""},
    {"héllo", -1, -100, -2, "olh"},
    {"héllo", -2, 0, 1, ""},
    {"héllo", -2, 100, -2, ""},
    {"héllo", -2, -100, 3, ""},
    {"héllo", 3, 3, -2, ""},
    {"héllo", 3, 5, 3, "l"},
    {"héllo", 3, 100, -2, ""},
    {"héllo", 3, -100, -2, "lé"},
    {"héllo", 5, kNone, 2, ""},
    {"héllo", 5, kNone, -2, "olh"},
    {"héllo", 5, 1, -1, "oll"},
    {"héllo", 5, -1, 3, ""},
    {"héllo", -100, kNone, 1, "héllo"},
    {"héllo", -100, kNone, 3, "hl"},
    {"héllo", -100, 0, 3, ""},
    {"héllo", -100, 1, -1, ""},
    {"日本語", kNone, 1, 1, "日"},
    {"日本語", kNone, -1, 1, "日本"},
    {"日本語", kNone, 5, 1, "日本語"},
    {"日本語", 0, 1, -2, ""},
    {"日本語", 0, -2, 3, "日"},
    {"日本語", 0, 5, -2, ""},
    {"日本語", 0, 100, 2, "日語"},
    {"日本語", 1, 1, -2, ""},
    {"日本語", 2, 1, -1, "語"},
    {"日本語", 2, 2, -1, ""},
    {"日本語", 2, 3, 3, "語"},
    {"日本語", -1, 2, 3, ""},
    {"日本語", -1, 100, -1, ""},
    {"日本語", -2, 0, 2, ""},
    {"日本語", -2, 1, 1, ""},
    {"日本語", -2, -2, -1, ""},
    {"日本語", -2, 5, 2, "本"},
    {"日本語", -2, 5, -1, ""},
    {"日本語", 3, kNone, -1, "語本日"},
    {"日本語", 3, 5, 2, ""},
    {"日本語", 100, 1, 2, ""},
    {"日本語", 100, 100, 2, ""},
    {"日本語", 100, 100, 3, ""},
    {"日本語", -100, kNone, 2, "日語"},
    {"日本語", -100, kNone, -1, ""},
    {"日本語", -100, 0, 3, ""},
    {"日本語", -100, 2, -1, ""},
    {"日本語", -100, 3, 2, "日語"},
    {"日本語", -100, 5, 1, "日本語"},
    {"日本語", -100, 100, 1, "日本語"},
    {"日本語", -100, 100, 2, "日語"},
    {"日本語", -100, -100, -1, ""},
    {"", kNone, 0, 1, ""},
    {"", kNone, -1, -1, ""},
    {"", kNone, 5, 1, ""},
    {"", kNone, 100, 2, ""},
    {"", 0, kNone, 1, ""},
    {"", 0, kNone, -2, ""},
    {"", 0, 1, 1, ""},
    {"", 0, 1, -1, ""},
    {"", 0, -2, -2, ""},
    {"", 0, 3, 2, ""},
    {"", 0, 5, 1, ""},
    {"", 0, -100, -2, ""},
    {"", 1, -2, 1, ""},
    {"", 1, -100, -1, ""},
    {"", 2, 1, 3, ""},
    {"", -1, kNone, -1, ""},
    {"", -1, 1, -2, ""},
    {"", -1, -2, -2, ""},
    {"", -1, 100, -2, ""},
    {"", -2, -1, -1, ""},
    {"", -2, -2, 1, ""},
    {"", -2, -2, 2, ""},
    {"", -2, -2, -1, ""},
    {"", -2, 5, 1, ""},
    {"", 3, 2, -1, ""},
    {"", 5, kNone, -2, ""},
    {"", 5, 100, -2, ""},
    {"", 100, -2, 1, ""},
    {"", -100, 2, 2, ""},
    {"", -100, -1, -1, ""},
    {"", -100, 5, -2, ""},
    // END GENERATED slice
};

struct CharAtCase {
  const char* s;
  int64_t index;
  std::optional<const char*> result;  // nullopt: IndexError
  size_t length;
};
const CharAtCase kCharAtCases[] = {
    // BEGIN GENERATED char_at
    {"hello", 0, "h", 5},
    {"hello", 1, "e", 5},
    {"hello", 2, "l", 5},
    {"hello", 4, "o", 5},
    {"hello", 5, std::nullopt, 5},
    {"hello", -1, "o", 5},
    {"hello", -3, "l", 5},
    {"hello", -5, "h", 5},
    {"hello", -6, std::nullopt, 5},
    {"héllo", 0, "h", 5},
    {"héllo", 1, "é", 5},
    {"héllo", 2, "l", 5},
    {"héllo", 4, "o", 5},
    {"héllo", 5, std::nullopt, 5},
    {"héllo", -1, "o", 5},
    {"héllo", -3, "l", 5},
    {"héllo", -5, "h", 5},
    {"héllo", -6, std::nullopt, 5},
    {"日本語", 0, "日", 3},
    {"日本語", 1, "本", 3},
    {"日本語", 2, "語", 3},
    {"日本語", 4, std::nullopt, 3},
    {"日本語", 5, std::nullopt, 3},
    {"日本語", -1, "語", 3},
    {"日本語", -3, "日", 3},
    {"日本語", -5, std::nullopt, 3},
    {"日本語", -6, std::nullopt, 3},
    {"a🙂b", 0, "a", 3},
    {"a🙂b", 1, "🙂", 3},
    {"a🙂b", 2, "b", 3},
    {"a🙂b", 4, std::nullopt, 3},
    {"a🙂b", 5, std::nullopt, 3},
    {"a🙂b", -1, "b", 3},
    {"a🙂b", -3, "a", 3},
    {"a🙂b", -5, std::nullopt, 3},
    {"a🙂b", -6, std::nullopt, 3},
    {"", 0, std::nullopt, 0},
    {"", 1, std::nullopt, 0},
    {"", 2, std::nullopt, 0},
    {"", 4, std::nullopt, 0},
    {"", 5, std::nullopt, 0},
    {"", -1, std::nullopt, 0},
    {"", -3, std::nullopt, 0},
    {"", -5, std::nullopt, 0},
    {"", -6, std::nullopt, 0},
    // END GENERATED char_at
};

}  // namespace

TEST_CASE("upper, lower, capitalize, title and swapcase match CPython", "[text][str][case]") {
  for (const CaseCase& c : kCaseCases) {
    INFO("case mapping of '" << c.s << "'");
    CHECK(upper(c.s) == c.upper);
    CHECK(lower(c.s) == c.lower);
    CHECK(capitalize(c.s) == c.capitalize);
    CHECK(title(c.s) == c.title);
    CHECK(swapcase(c.s) == c.swapcase);
  }
}

TEST_CASE("case mapping handles the Latin-1 letters that change length or block",
          "[text][str][case]") {
  CHECK(upper("straße") == "STRASSE");
  CHECK(title("ß") == "Ss");
  CHECK(upper("ÿ") == "Ÿ");  // U+0178, outside Latin-1
  CHECK(upper("µ") == "Μ");  // GREEK CAPITAL MU
  CHECK(title("they're bill's") == "They'Re Bill'S");
}

TEST_CASE("center, ljust, rjust and zfill pad to a width in code points", "[text][str][pad]") {
  for (const PadCase& c : kPadCases) {
    INFO("'" << c.s << "' to width " << c.width << " with '" << c.fill << "'");
    CHECK(center(c.s, c.width, c.fill) == c.center);
    CHECK(ljust(c.s, c.width, c.fill) == c.ljust);
    CHECK(rjust(c.s, c.width, c.fill) == c.rjust);
    CHECK(zfill(c.s, c.width) == c.zfill);
  }
}

TEST_CASE("center puts the odd column where CPython does", "[text][str][pad]") {
  CHECK(center("abc", 6) == " abc  ");
  CHECK(center("ab", 5) == "  ab ");
  CHECK(zfill("-42", 6) == "-00042");
  CHECK(zfill("+", 3) == "+00");
}

TEST_CASE("is-predicates match CPython", "[text][str][predicates]") {
  for (const PredicateCase& c : kPredicateCases) {
    for (size_t i = 0; i < std::size(kPredicates); ++i) {
      INFO("'" << c.s << "'." << kPredicateNames[i] << "()");
      CHECK(kPredicates[i](c.s) == (c.bits[i] == '1'));
    }
  }
}

TEST_CASE("slicing normalises indices like Python, in code points", "[text][str][slice]") {
  for (const SliceCase& c : kSliceCases) {
    INFO("'" << c.s << "'[" << c.start << ":" << c.stop << ":" << c.step << "]");
    CHECK(slice(c.s, opt(c.start), opt(c.stop), c.step) == c.result);
  }
  CHECK(slice("héllo", 1, 3, 1) == "él");
  CHECK(slice("日本語", std::nullopt, std::nullopt, -1) == "語本日");
  CHECK(slice("hello", -1, -6, -1) == "olleh");  // both bounds given: -6 clamps to "before 0"
}

TEST_CASE("slice_indices matches PySlice_AdjustIndices", "[text][str][slice]") {
  SliceIndices r = slice_indices(10, std::nullopt, std::nullopt, -3);
  CHECK(r.start == 9);
  CHECK(r.stop == -1);
  CHECK(r.count == 4);
  r = slice_indices(5, -100, 100, 2);
  CHECK(r.start == 0);
  CHECK(r.stop == 5);
  CHECK(r.count == 3);
  CHECK(outcome([] { slice("abc", 0, 3, 0); return std::string(); }) ==
        "!V:slice step cannot be zero");
}

TEST_CASE("char_at indexes code points and reports out of range", "[text][str][index]") {
  for (const CharAtCase& c : kCharAtCases) {
    INFO("'" << c.s << "'[" << c.index << "]");
    std::optional<std::string> got = char_at(c.s, c.index);
    REQUIRE(got.has_value() == c.result.has_value());
    if (got) CHECK(*got == *c.result);
    CHECK(utf8_length(c.s) == c.length);
  }
}

TEST_CASE("byte_offset and code_point_index convert between byte and code point positions",
          "[text][str][utf8]") {
  std::string_view s = "aé日🙂b";
  CHECK(byte_offset(s, 0) == 0);
  CHECK(byte_offset(s, 2) == 3);
  CHECK(byte_offset(s, 4) == 10);
  CHECK(byte_offset(s, 5) == s.size());
  CHECK(code_point_index(s, 6) == 3);
  CHECK(utf8_length(s) == 5);
}
