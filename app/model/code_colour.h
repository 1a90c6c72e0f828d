// Python syntax colouring for the code panel: a program's text split into lines,
// each line cut into spans of one style. Made from core/python's own lexer tokens,
// so the colours agree with what the interpreter reads; lines the lexer rejects (a
// half-typed program) go through a small line scanner instead, so a program being
// edited still colours. No GUI here: the panel maps styles to colours.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ls::app {

enum class CodeStyle : std::uint8_t {
  Plain,       // names, operators, brackets, spaces
  Keyword,     // def, async, await, for, True, None...
  Builtin,     // print, len, range, ValueError... (not after a dot)
  String,      // string literals, prefixes and quotes included; f-string text parts
  Number,
  Comment,     // from # to the end of the line
  Decorator,   // @name and its dotted path
  Definition,  // the name a def or class statement introduces
  Field,       // the { } around an f-string replacement field
};

// [begin, end) byte offsets into the line's text.
struct CodeSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  CodeStyle style = CodeStyle::Plain;
};

struct CodeLine {
  std::string text;              // without its line break
  std::vector<CodeSpan> spans;   // cover the whole text, in order, no empty spans
  bool scanned = false;          // coloured by the fallback scanner, not the lexer
};

// Splits `text` into lines the way the lexer counts them (\n, \r\n or a lone \r end
// a line; a final line without a break counts, an empty text has no lines) and
// colours every line. Never throws, whatever the text.
std::vector<CodeLine> colour_program(std::string_view text);

// The style of the span covering byte `col` of `line`, Plain past its end (tests).
CodeStyle style_at(const CodeLine& line, std::uint32_t col);

// "keyword", "string"... for messages and tests.
const char* to_string(CodeStyle s);

}  // namespace ls::app
