// The code panel's syntax colouring (model/code_colour.h): spans from the
// interpreter's lexer, and the line scanner for text the lexer rejects.
#include "model/code_colour.h"

#include <catch2/catch.hpp>

using namespace ls::app;

namespace {

// The style at byte `col` (0-based) of line `line` (1-based), as a name, so a
// failure prints "keyword" rather than a number.
std::string at(const std::vector<CodeLine>& lines, std::size_t line, std::uint32_t col) {
  REQUIRE(line >= 1);
  REQUIRE(line <= lines.size());
  return to_string(style_at(lines[line - 1], col));
}

// Every line's spans cover its text exactly, in order, with no empty span.
void check_partition(const std::vector<CodeLine>& lines) {
  for (const CodeLine& l : lines) {
    std::uint32_t at_byte = 0;
    for (const CodeSpan& s : l.spans) {
      CHECK(s.begin == at_byte);
      CHECK(s.end > s.begin);
      at_byte = s.end;
    }
    CHECK(at_byte == l.text.size());
  }
}

}  // namespace

TEST_CASE("Keywords, builtins, strings, numbers and comments are coloured at their columns", "[app][code][colour]") {
  const auto lines = colour_program(
      "import asyncio  # the loop\n"
      "async def main():\n"
      "    n = 42 + 3.5e-2\n"
      "    print('hi', len(\"a#b\"))\n");
  REQUIRE(lines.size() == 4);
  check_partition(lines);
  CHECK_FALSE(lines[0].scanned);
  CHECK(at(lines, 1, 0) == "keyword");   // import
  CHECK(at(lines, 1, 7) == "plain");     // asyncio
  CHECK(at(lines, 1, 14) == "plain");    // the space before the comment
  CHECK(at(lines, 1, 16) == "comment");  // #
  CHECK(at(lines, 1, 25) == "comment");
  CHECK(at(lines, 2, 0) == "keyword");   // async
  CHECK(at(lines, 2, 6) == "keyword");   // def
  CHECK(at(lines, 2, 10) == "definition");  // main
  CHECK(at(lines, 2, 14) == "plain");    // (
  CHECK(at(lines, 3, 8) == "number");    // 42
  CHECK(at(lines, 3, 9) == "number");
  CHECK(at(lines, 3, 11) == "plain");    // +
  CHECK(at(lines, 3, 13) == "number");   // 3.5e-2, exponent sign included
  CHECK(at(lines, 3, 18) == "number");
  CHECK(at(lines, 4, 4) == "builtin");   // print
  CHECK(at(lines, 4, 10) == "string");   // 'hi'
  CHECK(at(lines, 4, 13) == "string");
  CHECK(at(lines, 4, 16) == "builtin");  // len
  CHECK(at(lines, 4, 21) == "string");   // the # inside "a#b" is not a comment
  CHECK(at(lines, 4, 25) == "plain");    // ))
}

TEST_CASE("A name after a dot is an attribute, not a builtin", "[app][code][colour]") {
  const auto lines = colour_program("self.print = asyncio.sleep\nprint(x.len)\n");
  CHECK(at(lines, 1, 5) == "plain");    // self.print
  CHECK(at(lines, 1, 21) == "plain");   // asyncio.sleep
  CHECK(at(lines, 2, 0) == "builtin");  // print
  CHECK(at(lines, 2, 8) == "plain");    // x.len
}

TEST_CASE("An f-string's fields are coloured as code between string parts", "[app][code][colour]") {
  //                               0         1         2         3
  //                               0123456789012345678901234567890123456
  const auto lines = colour_program("print(f\"took {len(x):.1f} s {{ok}}\")\n");
  check_partition(lines);
  CHECK(at(lines, 1, 6) == "string");    // f
  CHECK(at(lines, 1, 7) == "string");    // "
  CHECK(at(lines, 1, 8) == "string");    // took
  CHECK(at(lines, 1, 13) == "field");    // {
  CHECK(at(lines, 1, 14) == "builtin");  // len inside the field
  CHECK(at(lines, 1, 18) == "plain");    // x
  CHECK(at(lines, 1, 20) == "plain");    // the : before the format spec
  CHECK(at(lines, 1, 21) == "string");   // the format spec .1f
  CHECK(at(lines, 1, 23) == "string");
  CHECK(at(lines, 1, 24) == "field");    // }
  CHECK(at(lines, 1, 28) == "string");   // {{ is a literal brace
  CHECK(at(lines, 1, 29) == "string");
  CHECK(at(lines, 1, 34) == "string");   // closing quote
}

TEST_CASE("Decorators and the names def and class introduce have their own styles", "[app][code][colour]") {
  const auto lines = colour_program("@functools.cache\nclass Point:\n    def norm(self):\n        return a @ b\n");
  CHECK(at(lines, 1, 0) == "decorator");
  CHECK(at(lines, 1, 12) == "decorator");  // the whole dotted path
  CHECK(at(lines, 2, 0) == "keyword");
  CHECK(at(lines, 2, 6) == "definition");
  CHECK(at(lines, 3, 8) == "definition");
  CHECK(at(lines, 3, 13) == "plain");      // self
  CHECK(at(lines, 4, 17) == "plain");      // a @ b is matrix multiplication
}

TEST_CASE("A triple-quoted string is coloured on every line it covers", "[app][code][colour]") {
  const auto lines = colour_program("x = \"\"\"one\ntwo # not a comment\nthree\"\"\" # a comment\n");
  REQUIRE(lines.size() == 3);
  check_partition(lines);
  CHECK(at(lines, 1, 4) == "string");
  CHECK(at(lines, 2, 0) == "string");
  CHECK(at(lines, 2, 5) == "string");
  CHECK(at(lines, 3, 7) == "string");
  CHECK(at(lines, 3, 9) == "comment");
}

TEST_CASE("Lines the lexer rejects are still coloured by the line scanner", "[app][code][colour]") {
  // Line 2's string never ends: the lexer stops there (CPython: "unterminated
  // string literal"), yet the lines after it are being typed and must colour.
  const auto lines = colour_program(
      "x = 1\n"
      "y = \"oops\n"
      "def f():  # half done\n"
      "    return 0x1F + 2\n");
  REQUIRE(lines.size() == 4);
  check_partition(lines);
  CHECK_FALSE(lines[0].scanned);
  CHECK(lines[1].scanned);
  CHECK(lines[3].scanned);
  CHECK(at(lines, 1, 4) == "number");
  CHECK(at(lines, 2, 4) == "string");
  CHECK(at(lines, 2, 8) == "string");  // to the end of the line
  CHECK(at(lines, 3, 0) == "keyword");
  CHECK(at(lines, 3, 4) == "definition");
  CHECK(at(lines, 3, 10) == "comment");
  CHECK(at(lines, 4, 4) == "keyword");
  CHECK(at(lines, 4, 11) == "number");  // 0x1F
  CHECK(at(lines, 4, 14) == "number");
}

TEST_CASE("An unclosed triple-quoted string runs on in the scanned lines", "[app][code][colour]") {
  const auto lines = colour_program("a = 1\ns = '''start\nmiddle # text\nend''' + f(2)\n");
  REQUIRE(lines.size() == 4);
  CHECK(at(lines, 2, 4) == "string");
  CHECK(at(lines, 3, 0) == "string");
  CHECK(at(lines, 3, 9) == "string");
  CHECK(at(lines, 4, 5) == "string");   // the closing quotes
  CHECK(at(lines, 4, 7) == "plain");    // +
  CHECK(at(lines, 4, 11) == "number");  // 2: code again after the string closed
}

TEST_CASE("Lines split as the lexer counts them, whatever the line breaks", "[app][code][colour]") {
  CHECK(colour_program("").empty());
  const auto crlf = colour_program("a = 1\r\nb = 2\rc = 3");
  REQUIRE(crlf.size() == 3);
  CHECK(crlf[0].text == "a = 1");
  CHECK(crlf[1].text == "b = 2");
  CHECK(crlf[2].text == "c = 3");
  CHECK(at(crlf, 3, 4) == "number");
  const auto blank = colour_program("\n\nx\n");
  REQUIRE(blank.size() == 3);
  CHECK(blank[0].text.empty());
  CHECK(blank[0].spans.empty());
}

TEST_CASE("Spans are byte offsets that keep multi-byte characters whole", "[app][code][colour]") {
  const std::string text = "s = \"h\xC3\xA9" "llo\"  # \xC3\xBC" "ber\n";  // "héllo"  # über
  const auto lines = colour_program(text);
  REQUIRE(lines.size() == 1);
  check_partition(lines);
  const std::uint32_t hash = static_cast<std::uint32_t>(lines[0].text.find('#'));
  CHECK(at(lines, 1, hash) == "comment");
  CHECK(at(lines, 1, hash - 1) == "plain");
  CHECK(at(lines, 1, 11) == "string");  // the closing quote, after the two-byte é
}

TEST_CASE("Deeply nested f-string fields colour without deep recursion", "[app][code][colour]") {
  std::string spec = "f\"";
  for (int i = 0; i < 50000; ++i) spec += "{x:";
  std::string nested;
  for (int i = 0; i < 20000; ++i) nested += i % 2 ? "f'{" : "f\"{";
  for (const std::string& text : {spec, nested}) {
    const auto lines = colour_program(text + "\n");
    REQUIRE(lines.size() == 1);
    check_partition(lines);
    CHECK(at(lines, 1, 0) == "string");
  }
}

TEST_CASE("Text that is not UTF-8 still colours without throwing", "[app][code][colour]") {
  const auto lines = colour_program("x = 1\n\xFF\xFE = 2 # junk\nprint(x)\n");
  REQUIRE(lines.size() == 3);
  check_partition(lines);
  CHECK(lines[0].scanned);  // the lexer rejects the whole file up front
  CHECK(at(lines, 3, 0) == "builtin");
}
