// Parser: number and string literals, escapes, implicit concatenation and
// f-strings.
#include <catch2/catch.hpp>

#include <cmath>

#include "front_end_helpers.h"

using namespace ls::py;
using ls::py::test::dump_of;
using ls::py::test::error_of;
using ls::py::test::first_statement;

namespace {

// The Constant a one-expression program evaluates to.
const ast::Constant* constant(const ParseResult& r) {
  return ast::as<ast::Constant>(ast::as<ast::ExprStmt>(first_statement(r))->value);
}

}  // namespace

TEST_CASE("integer literals in every base convert to int64 values", "[parser][literal]") {
  CHECK(dump_of("1_000_000\n0xff\n0o17\n0b1010\n0\n00\n0XdeadBEEF\n") ==
        "1000000\n255\n15\n10\n0\n0\n3735928559");
}

TEST_CASE("integers beyond int64 keep their digits and base for the runtime", "[parser][literal]") {
  ParseResult r = parse_program("t.py", "123_456_789_012_345_678_901_234\n");
  REQUIRE(r.ok());
  CHECK(constant(r)->value_kind == ast::ConstKind::BigInt);
  CHECK(constant(r)->s == "123456789012345678901234");
  CHECK(constant(r)->base == 10);
  CHECK(dump_of("9223372036854775807\n9223372036854775808\n0xFFFF_FFFF_FFFF_FFFF_F\n") ==
        "9223372036854775807\n9223372036854775808\n0xFFFFFFFFFFFFFFFFF");
}

TEST_CASE("float literals with fractions, exponents and underscores", "[parser][literal]") {
  CHECK(dump_of("3.14\n.5\n1.\n1e3\n2.5E-3\n1_0.0_5\n1e400\n") ==
        "3.14\n0.5\n1.0\n1000.0\n0.0025\n10.05\ninf");
  ParseResult tiny = parse_program("t.py", "1e-400\n");
  CHECK(constant(tiny)->f == 0.0);
}

TEST_CASE("escape sequences decode to their characters", "[parser][literal]") {
  ParseResult r = parse_program("t.py", "'a\\tb\\n\\\\ \\' \\x41\\101\\u00e9\\U0001F600 \\q'\n");
  REQUIRE(r.ok());
  CHECK(constant(r)->s == "a\tb\n\\ ' AA\xC3\xA9\xF0\x9F\x98\x80 \\q");
}

TEST_CASE("raw strings keep backslashes", "[parser][literal]") {
  ParseResult r = parse_program("t.py", "r'\\d+\\n' R\"\\'\"\n");
  CHECK(constant(r)->s == "\\d+\\n\\'");
}

TEST_CASE("adjacent string literals concatenate, across lines inside brackets",
          "[parser][literal]") {
  CHECK(dump_of("x = ('hello, '\n     \"world\" '''!''')\n") == "(= x 'hello, world!')");
}

TEST_CASE("triple-quoted strings keep their line breaks and backslash-newline joins",
          "[parser][literal]") {
  CHECK(dump_of("s = '''a\nb\\\nc'''\n") == "(= s 'a\\nbc')");
}

TEST_CASE("bytes literals, raw bytes, and their concatenation", "[parser][literal]") {
  ParseResult r = parse_program("t.py", "b'\\x00\\xffA' rb'\\n'\n");
  REQUIRE(r.ok());
  CHECK(constant(r)->value_kind == ast::ConstKind::Bytes);
  CHECK(constant(r)->s == std::string("\0\xff" "A\\n", 5));
}

TEST_CASE("string literal errors give CPython's messages", "[parser][literal][errors]") {
  CHECK(error_of("x = 'a' b'b'\n") == "1:9: SyntaxError: cannot mix bytes and nonbytes literals");
  CHECK(error_of("x = b'\xC3\xA9'\n") ==
        "1:7: SyntaxError: bytes can only contain ASCII literal characters");
  CHECK(error_of("x = '\\x4'\n") ==
        "1:6: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
        "position 0-2: truncated \\xXX escape");
  CHECK(error_of("x = '\\U00110000'\n") ==
        "1:6: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
        "position 0-9: illegal Unicode character");
  CHECK(error_of("x = '\\N{DASH}'\n") ==
        "1:6: SyntaxError: the \\N{...} escape is not supported by Loopscope");
}

TEST_CASE("an f-string is a JoinedStr of literal parts and formatted values", "[parser][fstring]") {
  CHECK(dump_of("f'total: {n} items'\n") == "(f 'total: ' (fv n) ' items')");
  CHECK(dump_of("f''\n") == "(f)");
}

TEST_CASE("f-string conversions and format specs", "[parser][fstring]") {
  CHECK(dump_of("f'{x!r} {y!s:>10} {t:.2f} {size:>7,d}'\n") ==
        "(f (fv x !r) ' ' (fv y !s (f '>10')) ' ' (fv t (f '.2f')) ' ' (fv size (f '>7,d')))");
}

TEST_CASE("f-string format specs may hold nested replacement fields", "[parser][fstring]") {
  CHECK(dump_of("f'{x:>{w}}|{v:{w}.{p}f}'\n") ==
        "(f (fv x (f '>' (fv w))) '|' (fv v (f (fv w) '.' (fv p) 'f')))");
}

TEST_CASE("f-string fields hold arbitrary expressions with nested strings and brackets",
          "[parser][fstring]") {
  CHECK(dump_of("f\"{d['key']} {f(a, b=1)} {x[1:2]} {a != b} {'{'}\"\n") ==
        "(f (fv ([] d 'key')) ' ' (fv (call f a b=1)) ' ' (fv ([] x (slice 1 2 _))) ' ' "
        "(fv (cmp a != b)) ' ' (fv '{'))");
  CHECK(dump_of("f'{a, b}'\n") == "(f (fv (tuple a b)))");
}

TEST_CASE("doubled braces in f-strings are literal braces", "[parser][fstring]") {
  CHECK(dump_of("f'{{x}} {{{y}}}'\n") == "(f '{x} {' (fv y) '}')");
}

TEST_CASE("the f-string debug specifier expands to the text and the repr", "[parser][fstring]") {
  CHECK(dump_of("f'{x=}'\n") == "(f 'x=' (fv x !r))");
  CHECK(dump_of("f'{x = }'\n") == "(f 'x = ' (fv x !r))");
  CHECK(dump_of("f'{x=:>5}'\n") == "(f 'x=' (fv x (f '>5')))");
  CHECK(dump_of("f'{x=!s}'\n") == "(f 'x=' (fv x !s))");
}

TEST_CASE("f-strings concatenate with plain strings and decode escapes in literal parts",
          "[parser][fstring]") {
  CHECK(dump_of("'a' f'b{c}\\t' 'd'\n") == "(f 'ab' (fv c) '\\td')");
  CHECK(dump_of("rf'\\d{x}'\n") == "(f '\\\\d' (fv x))");
}

TEST_CASE("f-string expression nodes carry their real line and column", "[parser][fstring]") {
  ParseResult r = parse_program("t.py", "s = f'''ab\n  {  value + 1}'''\n");
  REQUIRE(r.ok());
  auto* joined = ast::as<ast::JoinedStr>(ast::as<ast::Assign>(first_statement(r))->value);
  auto* field = ast::as<ast::FormattedValue>(joined->values[1]);
  CHECK(field->line == 2);
  CHECK(field->col == 3);
  CHECK(field->value->line == 2);
  CHECK(field->value->col == 6);
}

TEST_CASE("f-string errors give CPython's messages at the offending character",
          "[parser][fstring][errors]") {
  CHECK(error_of("f'{}'\n") == "1:4: SyntaxError: f-string: empty expression not allowed");
  CHECK(error_of("f'{x'\n") == "1:5: SyntaxError: f-string: expecting '}'");
  CHECK(error_of("f'}'\n") == "1:3: SyntaxError: f-string: single '}' is not allowed");
  CHECK(error_of("f'{x!z}'\n") ==
        "1:6: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'");
  CHECK(error_of("f'{a\\n}'\n") ==
        "1:5: SyntaxError: f-string expression part cannot include a backslash");
  CHECK(error_of("f'{a#}'\n") == "1:5: SyntaxError: f-string expression part cannot include '#'");
  CHECK(error_of("f'{x:{y:{z}}}'\n") ==
        "1:9: SyntaxError: f-string: expressions nested too deeply");
  CHECK(error_of("f'{!r}'\n") == "1:4: SyntaxError: f-string: expression required before '!'");
  CHECK(error_of("f'{)}'\n") == "1:4: SyntaxError: f-string: unmatched ')'");
  CHECK(error_of("f'{a b}'\n") ==
        "1:4: SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?");
}

TEST_CASE("an await inside an f-string field counts for the enclosing async function",
          "[parser][fstring]") {
  ParseResult r = parse_program("t.py", "async def f():\n    return f'{await g()!r}'\n");
  REQUIRE(r.ok());
  CHECK(ast::as<ast::FunctionDef>(first_statement(r))->fn->contains_await);
  CHECK(error_of("def f():\n    return f'{await g()}'\n") ==
        "2:15: SyntaxError: 'await' outside async function");
}
