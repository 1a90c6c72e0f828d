// Lexer: tokens, positions, indentation, literals' extents and lexical errors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "python/lexer.h"

using namespace ls::py;

namespace {

std::vector<Token> lex(const std::string& source) {
  static std::vector<std::unique_ptr<SourceFile>> keep;  // tokens point into the file
  keep.push_back(std::make_unique<SourceFile>("t.py", source));
  return Lexer(*keep.back()).tokenize();
}

// Token kinds separated by spaces, names and numbers with their text.
std::string kinds(const std::string& source) {
  std::string out;
  for (const Token& t : lex(source)) {
    if (!out.empty()) out += ' ';
    if (t.kind == Tok::Name || t.kind == Tok::Number || t.kind == Tok::String) {
      out += std::string(t.text);
    } else {
      out += tok_name(t.kind);
    }
  }
  return out;
}

// "LINE:COL: Kind: message" of the lexing error, or "no error".
std::string lex_error(const std::string& source) {
  try {
    lex(source);
  } catch (const SyntaxErrorException& e) {
    return std::to_string(e.diag.line) + ":" + std::to_string(e.diag.col) + ": " +
           error_kind_name(e.diag.kind) + ": " + e.diag.message;
  }
  return "no error";
}

}  // namespace

TEST_CASE("a simple assignment lexes into name, operator, number and NEWLINE", "[lexer]") {
  CHECK(kinds("x = 42\n") == "x '=' 42 NEWLINE ENDMARKER");
}

TEST_CASE("tokens carry 1-based start and end positions", "[lexer]") {
  auto tokens = lex("if  ab:\n    pass\n");
  REQUIRE(tokens.size() >= 6);
  CHECK(tokens[0].kind == Tok::KwIf);
  CHECK(tokens[1].line == 1);
  CHECK(tokens[1].col == 5);
  CHECK(tokens[1].end_col == 7);
  CHECK(tokens[2].col == 7);  // ':'
  CHECK(tokens[3].kind == Tok::Newline);
  CHECK(tokens[3].col == 8);
  CHECK(tokens[4].kind == Tok::Indent);
  CHECK(tokens[5].line == 2);
  CHECK(tokens[5].col == 5);
}

TEST_CASE("columns count code points, not bytes", "[lexer]") {
  auto tokens = lex("größe = 'é'; x\n");
  CHECK(tokens[0].kind == Tok::Name);
  CHECK(tokens[0].end_col == 6);
  CHECK(tokens[1].col == 7);
  CHECK(tokens[4].col == 14);  // x
}

TEST_CASE("nested blocks produce INDENT and one DEDENT per closed block", "[lexer]") {
  CHECK(kinds("if a:\n    if b:\n        c\nd\n") ==
        "if a ':' NEWLINE INDENT if b ':' NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE "
        "ENDMARKER");
}

TEST_CASE("blank lines and comment-only lines produce no tokens at any indentation", "[lexer]") {
  CHECK(kinds("a\n\n   # comment\n\t\nb  # trailing\n") == "a NEWLINE b NEWLINE ENDMARKER");
}

TEST_CASE("a file without a final newline still ends its line and its blocks", "[lexer]") {
  CHECK(kinds("if a:\n  b") == "if a ':' NEWLINE INDENT b NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("line breaks inside brackets are ignored (implicit line joining)", "[lexer]") {
  CHECK(kinds("f(1,\n      2)\n") == "f '(' 1 ',' 2 ')' NEWLINE ENDMARKER");
  CHECK(kinds("x = [\n  1,\n]\n") == "x '=' '[' 1 ',' ']' NEWLINE ENDMARKER");
}

TEST_CASE("a backslash before a line break joins the lines", "[lexer]") {
  CHECK(kinds("x = 1 + \\\n    2\n") == "x '=' 1 '+' 2 NEWLINE ENDMARKER");
}

TEST_CASE("CRLF and lone CR line endings count as one line break each", "[lexer]") {
  auto tokens = lex("a\r\nb\rc\n");
  CHECK(tokens[2].line == 2);
  CHECK(tokens[4].line == 3);
}

TEST_CASE("a UTF-8 byte order mark at the start is skipped", "[lexer]") {
  CHECK(kinds("\xEF\xBB\xBFx\n") == "x NEWLINE ENDMARKER");
}

TEST_CASE("operators are matched longest first", "[lexer]") {
  CHECK(kinds("a **= b // c -> ... != <<= >> :=\n") ==
        "a '**=' b '//' c '->' '...' '!=' '<<=' '>>' ':=' NEWLINE ENDMARKER");
}

TEST_CASE("keywords get their own kinds while soft keywords stay names", "[lexer]") {
  auto tokens = lex("async await match case _ None\n");
  CHECK(tokens[0].kind == Tok::KwAsync);
  CHECK(tokens[1].kind == Tok::KwAwait);
  CHECK(tokens[2].kind == Tok::Name);
  CHECK(tokens[3].kind == Tok::Name);
  CHECK(tokens[4].kind == Tok::Name);
  CHECK(tokens[5].kind == Tok::KwNone);
}

TEST_CASE("string prefixes in any case combine with the quotes into one token", "[lexer]") {
  CHECK(kinds("r'a' b\"b\" f'{x}' Rb'c' BR'd' u'e' fr'g'\n") ==
        "r'a' b\"b\" f'{x}' Rb'c' BR'd' u'e' fr'g' NEWLINE ENDMARKER");
  CHECK(kinds("ur'x'\n") == "ur 'x' NEWLINE ENDMARKER");  // not a prefix
}

TEST_CASE("a backslash protects the next character even in raw strings", "[lexer]") {
  CHECK(kinds("r'\\'' 'a\\'b'\n") == "r'\\'' 'a\\'b' NEWLINE ENDMARKER");
}

TEST_CASE("a triple-quoted string spans lines and ends where its closing quotes end", "[lexer]") {
  auto tokens = lex("s = '''one\ntwo''' + x\n");
  CHECK(tokens[2].kind == Tok::String);
  CHECK(tokens[2].line == 1);
  CHECK(tokens[2].end_line == 2);
  CHECK(tokens[2].end_col == 7);
  CHECK(tokens[4].line == 2);
}

TEST_CASE("number literals of every base, with underscores and exponents, are one token each",
          "[lexer]") {
  CHECK(kinds("1_000 0xFF_ff 0o17 0b1010 3.14 .5 1. 1e10 2.5E-3 1_0.0_1e+1_0 00\n") ==
        "1_000 0xFF_ff 0o17 0b1010 3.14 .5 1. 1e10 2.5E-3 1_0.0_1e+1_0 00 NEWLINE ENDMARKER");
}

TEST_CASE("a number directly followed by a keyword still splits as in CPython 3.11", "[lexer]") {
  CHECK(kinds("1if x else 2\n") == "1 if x else 2 NEWLINE ENDMARKER");
}

TEST_CASE("malformed number literals give CPython's messages", "[lexer][errors]") {
  CHECK(lex_error("x = 1abc\n") == "1:5: SyntaxError: invalid decimal literal");
  CHECK(lex_error("x = 1_\n") == "1:7: SyntaxError: invalid decimal literal");
  CHECK(lex_error("x = 1__0\n") == "1:7: SyntaxError: invalid decimal literal");
  CHECK(lex_error("x = 1e\n") == "1:7: SyntaxError: invalid decimal literal");
  CHECK(lex_error("x = 0x\n") == "1:7: SyntaxError: invalid hexadecimal literal");
  CHECK(lex_error("x = 0b102\n") == "1:9: SyntaxError: invalid digit '2' in binary literal");
  CHECK(lex_error("x = 0o8\n") == "1:7: SyntaxError: invalid digit '8' in octal literal");
  CHECK(lex_error("x = 0777\n") ==
        "1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; "
        "use an 0o prefix for octal integers");
}

TEST_CASE("complex number literals are refused as outside the subset", "[lexer][errors]") {
  CHECK(lex_error("z = 2j\n") ==
        "1:5: SyntaxError: a complex number literal is not supported by Loopscope");
}

TEST_CASE("unterminated strings report where they start and where they were detected",
          "[lexer][errors]") {
  CHECK(lex_error("s = 'abc\nx = 1\n") ==
        "1:5: SyntaxError: unterminated string literal (detected at line 1)");
  CHECK(lex_error("s = \"\"\"abc\n\nx\n") ==
        "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 3)");
}

TEST_CASE("indentation that matches no open block is an IndentationError", "[lexer][errors]") {
  CHECK(lex_error("if x:\n    a\n  b\n") ==
        "3:3: IndentationError: unindent does not match any outer indentation level");
}

TEST_CASE("tabs and spaces must compare the same both ways (TabError)", "[lexer][errors]") {
  CHECK(lex_error("if x:\n\tpass\n        pass\n") ==
        "3:9: TabError: inconsistent use of tabs and spaces in indentation");
  CHECK(lex_error("if x:\n\tif y:\n\t\tpass\n") == "no error");
}

TEST_CASE("closing brackets must match the innermost open one", "[lexer][errors]") {
  CHECK(lex_error("x = (1]\n") ==
        "1:7: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
  CHECK(lex_error("x = (1,\n2]\n") ==
        "2:2: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on "
        "line 1");
  CHECK(lex_error("x = )\n") == "1:5: SyntaxError: unmatched ')'");
}

TEST_CASE("brackets nest up to 200 deep, like CPython", "[lexer][errors]") {
  std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  std::string deep = "x = " + std::string(201, '(') + "1" + std::string(201, ')') + "\n";
  CHECK(lex_error(ok) == "no error");
  CHECK(lex_error(deep) == "1:205: SyntaxError: too many nested parentheses");
}

TEST_CASE("indentation nests up to 99 blocks, like CPython", "[lexer][errors]") {
  auto nested = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += std::string(i, ' ') + "if x:\n";
    return s + std::string(n, ' ') + "pass\n";
  };
  CHECK(lex_error(nested(99)) == "no error");
  CHECK(lex_error(nested(100)) == "101:101: IndentationError: too many levels of indentation");
}

TEST_CASE("a stray ASCII character becomes an ERRORTOKEN for the parser to reject", "[lexer]") {
  CHECK(kinds("a $ ? ` !\n") == "a ERRORTOKEN ERRORTOKEN ERRORTOKEN ERRORTOKEN NEWLINE ENDMARKER");
}

TEST_CASE("stray characters give CPython's invalid character messages", "[lexer][errors]") {
  CHECK(lex_error("x = \xE2\x82\xAC\n") == "1:5: SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)");
  CHECK(lex_error("x = \xC2\xA0 1\n") == "1:5: SyntaxError: invalid non-printable character U+00A0");
}

TEST_CASE("a backslash must be the last character on its line", "[lexer][errors]") {
  CHECK(lex_error("x = 1 \\ 2\n") ==
        "1:8: SyntaxError: unexpected character after line continuation character");
  CHECK(lex_error("x = 1 + \\") == "1:10: SyntaxError: unexpected EOF while parsing");
  CHECK(lex_error("x = 1 + \\\n") == "1:10: SyntaxError: unexpected EOF while parsing");
}

TEST_CASE("invalid UTF-8 is rejected with the position of the first bad byte", "[lexer][errors]") {
  CHECK(lex_error("x = 1\ny = '\xFF'\n") ==
        "2:6: SyntaxError: Non-UTF-8 code starting with '\\xff' (source files must be UTF-8)");
  CHECK(lex_error("s = '\xC3'\n") ==  // truncated two-byte sequence
        "1:6: SyntaxError: Non-UTF-8 code starting with '\\xc3' (source files must be UTF-8)");
  CHECK(lex_error("s = '\xED\xA0\x80'\n") ==  // an encoded surrogate
        "1:6: SyntaxError: Non-UTF-8 code starting with '\\xed' (source files must be UTF-8)");
}

TEST_CASE("a NUL byte in the source is an error", "[lexer][errors]") {
  CHECK(lex_error(std::string("x = 1\n\0\n", 8)) ==
        "2:1: SyntaxError: source code cannot contain null bytes");
}

TEST_CASE("an f-string expression lexer starts at its real position and never emits NEWLINE",
          "[lexer]") {
  SourceFile file("t.py", "f'''{a +\n  b}'''\n");
  std::string_view expr = file.text().substr(5, 7);  // "a +\n  b"
  auto tokens = Lexer(file, expr, 1, 6).tokenize();
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].col == 6);
  CHECK(tokens[2].line == 2);
  CHECK(tokens[2].col == 3);
  CHECK(tokens[3].kind == Tok::EndMarker);
}
