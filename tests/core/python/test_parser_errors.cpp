// Parser: syntax errors with CPython's messages (checked against python3
// 3.11) and constructs outside Loopscope's subset.
#include <catch2/catch.hpp>

#include "front_end_helpers.h"

using namespace ls::py;
using ls::py::test::error_of;

TEST_CASE("a missing colon after a block header is \"expected ':'\"", "[parser][errors]") {
  CHECK(error_of("if x\n    pass\n") == "1:5: SyntaxError: expected ':'");
  CHECK(error_of("for x in y\n  pass\n") == "1:11: SyntaxError: expected ':'");
  CHECK(error_of("def f()\n  pass\n") == "1:8: SyntaxError: expected ':'");
}

TEST_CASE("a header without an indented block names the header and its line",
          "[parser][errors]") {
  CHECK(error_of("if x:\npass\n") ==
        "2:1: IndentationError: expected an indented block after 'if' statement on line 1");
  CHECK(error_of("def f():\nreturn 1\n") ==
        "2:1: IndentationError: expected an indented block after function definition on line 1");
  CHECK(error_of("class C:\n\nx = 1\n") ==
        "3:1: IndentationError: expected an indented block after class definition on line 1");
  CHECK(error_of("try:\n  x\nexcept:\npass\n") ==
        "4:1: IndentationError: expected an indented block after 'except' statement on line 3");
}

TEST_CASE("an indented line where no block starts is \"unexpected indent\"", "[parser][errors]") {
  CHECK(error_of("x = 1\n    y = 2\n") == "2:5: IndentationError: unexpected indent");
  CHECK(error_of("  x = 1\n") == "1:3: IndentationError: unexpected indent");
}

TEST_CASE("an unclosed bracket is reported where it opens", "[parser][errors]") {
  CHECK(error_of("print('hello'\n") == "1:6: SyntaxError: '(' was never closed");
  CHECK(error_of("x = [1, 2\ny = 3\n") == "1:5: SyntaxError: '[' was never closed");
  CHECK(error_of("f(1,\n2\n") == "1:2: SyntaxError: '(' was never closed");
  CHECK(error_of("def f(:\n") == "1:7: SyntaxError: invalid syntax");
  CHECK(error_of("impor { yncio\n\nx = 1\n") == "1:7: SyntaxError: '{' was never closed");
  CHECK(error_of("async {def f(): pass\n\n") == "1:7: SyntaxError: invalid syntax");
}

TEST_CASE("of several errors, the one CPython reports first is reported", "[parser][errors]") {
  // Lexical errors such as unterminated strings win over any syntax error...
  CHECK(error_of("x = (1 2)\ny = 0777\n") ==
        "2:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an "
        "0o prefix for octal integers");
  CHECK(error_of("if x\n  a\ns = 'abc\n") ==
        "3:5: SyntaxError: unterminated string literal (detected at line 3)");
  CHECK(error_of("x = $\ny = 'abc\n") ==
        "2:5: SyntaxError: unterminated string literal (detected at line 2)");
  // ... except an unexpected indent before them.
  CHECK(error_of("  x = 1\ns = 'abc\n") == "1:3: IndentationError: unexpected indent");
  // Bad indentation and backslashes are only found when the parser gets there.
  CHECK(error_of("x = (1 2)\nif x:\n  a\n b\n") ==
        "1:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
  CHECK(error_of("x = = 1\ny = 1 \\ 2\n") == "1:5: SyntaxError: invalid syntax");
  CHECK(error_of("if x:\n  a\n b\nx = $\n") ==
        "3:2: IndentationError: unindent does not match any outer indentation level");
  // Errors of CPython's compiler come only once the whole file parsed.
  CHECK(error_of("return 1\nif x:\n  a\n b\n") ==
        "4:2: IndentationError: unindent does not match any outer indentation level");
  CHECK(error_of("break\nx = (1 2)\n") ==
        "2:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
  CHECK(error_of("break\ndef f():\n    nonlocal x\n") ==
        "3:5: SyntaxError: no binding for nonlocal 'x' found");
}

TEST_CASE("a condition written with = gets CPython's hint", "[parser][errors]") {
  CHECK(error_of("if x = 1:\n  pass\n") ==
        "1:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  CHECK(error_of("while n.left = 0: pass\n") ==
        "1:7: SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?");
  CHECK(error_of("[a = 1]\n") ==
        "1:2: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
}

TEST_CASE("generic syntax errors point at the offending token", "[parser][errors]") {
  CHECK(error_of("x = $\n") == "1:5: SyntaxError: invalid syntax");
  CHECK(error_of("if x y:\n pass\n") == "1:6: SyntaxError: invalid syntax");
  CHECK(error_of("class C x:\n pass\n") == "1:9: SyntaxError: invalid syntax");
  CHECK(error_of("def f:\n pass\n") == "1:6: SyntaxError: expected '('");
  CHECK(error_of("def f() x:\n pass\n") == "1:9: SyntaxError: expected ':'");
  CHECK(error_of("True:\n") == "1:5: SyntaxError: invalid syntax");
  CHECK(error_of("x = 1 +\n") == "1:8: SyntaxError: invalid syntax");
  CHECK(error_of("else:\n  pass\n") == "1:1: SyntaxError: invalid syntax");
  CHECK(error_of("x;;y\n") == "1:3: SyntaxError: invalid syntax");
  CHECK(error_of("if x: if y: pass\n") == "1:7: SyntaxError: invalid syntax");
  CHECK(error_of("x.1\n") == "1:2: SyntaxError: invalid syntax");
  CHECK(error_of("async x = 1\n") == "1:7: SyntaxError: invalid syntax");
}

TEST_CASE("two expressions side by side in brackets suggest a missing comma",
          "[parser][errors]") {
  CHECK(error_of("print(a b)\n") == "1:7: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
  CHECK(error_of("x = [1 2]\n") == "1:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
}

TEST_CASE("invalid assignment targets name what they are", "[parser][errors]") {
  CHECK(error_of("f() = 1\n") ==
        "1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of "
        "'='?");
  CHECK(error_of("1 = x\n") ==
        "1:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?");
  CHECK(error_of("[a, 1] = x\n") == "1:5: SyntaxError: cannot assign to literal");
  CHECK(error_of("for 1 in x: pass\n") == "1:5: SyntaxError: cannot assign to literal");
  CHECK(error_of("True = 1\n") == "1:1: SyntaxError: cannot assign to True");
  CHECK(error_of("lambda: x = 1\n") == "1:1: SyntaxError: cannot assign to lambda");
  CHECK(error_of("with a as 1: pass\n") == "1:11: SyntaxError: cannot assign to literal");
}

TEST_CASE("starred targets must sit in a list or tuple, once", "[parser][errors]") {
  CHECK(error_of("*a = 1\n") ==
        "1:1: SyntaxError: starred assignment target must be in a list or tuple");
  CHECK(error_of("*a, *b = 1\n") == "1:1: SyntaxError: multiple starred expressions in assignment");
  CHECK(error_of("x = *a\n") == "1:5: SyntaxError: can't use starred expression here");
}

TEST_CASE("augmented, annotated and del targets are checked", "[parser][errors]") {
  CHECK(error_of("a, b += 1\n") ==
        "1:1: SyntaxError: 'tuple' is an illegal expression for augmented assignment");
  CHECK(error_of("f() += 1\n") ==
        "1:1: SyntaxError: 'function call' is an illegal expression for augmented assignment");
  CHECK(error_of("a, b: int = 1, 2\n") ==
        "1:1: SyntaxError: only single target (not tuple) can be annotated");
  CHECK(error_of("[a]: int\n") == "1:1: SyntaxError: only single target (not list) can be annotated");
  CHECK(error_of("del 1\n") == "1:5: SyntaxError: cannot delete literal");
  CHECK(error_of("del f()\n") == "1:5: SyntaxError: cannot delete function call");
}

TEST_CASE("argument order and repetition are checked in calls", "[parser][errors]") {
  CHECK(error_of("f(a=1, 2)\n") == "1:8: SyntaxError: positional argument follows keyword argument");
  CHECK(error_of("f(**k, *a)\n") ==
        "1:8: SyntaxError: iterable argument unpacking follows keyword argument unpacking");
  CHECK(error_of("f(a=1, a=2)\n") == "1:8: SyntaxError: keyword argument repeated: a");
  CHECK(error_of("f(1=2)\n") ==
        "1:3: SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?");
  CHECK(error_of("f(x for x in y, 1)\n") ==
        "1:3: SyntaxError: Generator expression must be parenthesized");
}

TEST_CASE("parameter order and repetition are checked in definitions", "[parser][errors]") {
  CHECK(error_of("def f(a=1, b): pass\n") ==
        "1:12: SyntaxError: non-default argument follows default argument");
  CHECK(error_of("def f(a, a): pass\n") ==
        "1:10: SyntaxError: duplicate argument 'a' in function definition");
  CHECK(error_of("def f(*): pass\n") == "1:7: SyntaxError: named arguments must follow bare *");
  CHECK(error_of("def f(*, a, *b): pass\n") == "1:13: SyntaxError: * argument may appear only once");
  CHECK(error_of("def f(**a, b): pass\n") ==
        "1:12: SyntaxError: arguments cannot follow var-keyword argument");
  CHECK(error_of("lambda x, x: 1\n") ==
        "1:11: SyntaxError: duplicate argument 'x' in function definition");
}

TEST_CASE("return, break, continue and await outside their context", "[parser][errors]") {
  CHECK(error_of("return 1\n") == "1:1: SyntaxError: 'return' outside function");
  CHECK(error_of("class C:\n  return 1\n") == "2:3: SyntaxError: 'return' outside function");
  CHECK(error_of("break\n") == "1:1: SyntaxError: 'break' outside loop");
  CHECK(error_of("while x:\n  def f():\n    continue\n") ==
        "3:5: SyntaxError: 'continue' not properly in loop");
  CHECK(error_of("await x\n") == "1:1: SyntaxError: 'await' outside function");
  CHECK(error_of("def f():\n    await x\n") == "2:5: SyntaxError: 'await' outside async function");
  CHECK(error_of("async def f():\n    g = lambda: await y\n") ==
        "2:17: SyntaxError: 'await' outside async function");
  CHECK(error_of("def f():\n    async for x in y: pass\n") ==
        "2:5: SyntaxError: 'async for' outside async function");
  CHECK(error_of("async with x: pass\n") == "1:1: SyntaxError: 'async with' outside async function");
  CHECK(error_of("x = [i async for i in y]\n") ==
        "1:5: SyntaxError: asynchronous comprehension outside of an asynchronous function");
}

TEST_CASE("try blocks need a handler, and a bare except must be last", "[parser][errors]") {
  CHECK(error_of("try:\n    pass\n") == "2:9: SyntaxError: expected 'except' or 'finally' block");
  CHECK(error_of("try:\n  pass\nx = 1\n") ==
        "3:1: SyntaxError: expected 'except' or 'finally' block");
  CHECK(error_of("try:\n  pass\nelse:\n  pass\n") ==
        "3:1: SyntaxError: expected 'except' or 'finally' block");
  CHECK(error_of("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n") ==
        "3:1: SyntaxError: default 'except:' must be last");
  CHECK(error_of("try:\n  pass\nexcept A, B:\n  pass\n") ==
        "3:8: SyntaxError: multiple exception types must be parenthesized");
}

TEST_CASE("display and comprehension mistakes give CPython's messages", "[parser][errors]") {
  CHECK(error_of("x = {**a, b}\n") == "1:11: SyntaxError: ':' expected after dictionary key");
  CHECK(error_of("x = [*a for a in b]\n") ==
        "1:6: SyntaxError: iterable unpacking cannot be used in comprehension");
  CHECK(error_of("{**a for a in b}\n") ==
        "1:2: SyntaxError: dict unpacking cannot be used in dict comprehension");
  CHECK(error_of("x = 1 if 2\n") == "1:5: SyntaxError: expected 'else' after 'if' expression");
}

TEST_CASE("Python 2's print statement gets CPython's hint", "[parser][errors]") {
  CHECK(error_of("print 'x'\n") ==
        "1:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
}

TEST_CASE("yield is outside the subset, anywhere", "[parser][errors][subset]") {
  CHECK(error_of("def f():\n    yield 1\n") ==
        "2:5: SyntaxError: 'yield' is not supported by Loopscope");
  CHECK(error_of("def f():\n    x = yield\n") ==
        "2:9: SyntaxError: 'yield' is not supported by Loopscope");
  CHECK(error_of("f = lambda: (yield)\n") ==
        "1:14: SyntaxError: 'yield' is not supported by Loopscope");
}

TEST_CASE("the walrus operator is outside the subset", "[parser][errors][subset]") {
  const char* message =
      "SyntaxError: the assignment expression (walrus) operator ':=' is not supported by "
      "Loopscope";
  CHECK(error_of("if (n := len(a)) > 10: pass\n") == std::string("1:7: ") + message);
  CHECK(error_of("while chunk := f.read(): pass\n") == std::string("1:13: ") + message);
  CHECK(error_of("x := 1\n") == std::string("1:3: ") + message);
}

TEST_CASE("match statements, except*, star imports and @ are outside the subset",
          "[parser][errors][subset]") {
  CHECK(error_of("match command:\n    case 'go': pass\n") ==
        "1:1: SyntaxError: the 'match' statement is not supported by Loopscope");
  CHECK(error_of("try:\n  pass\nexcept* E:\n  pass\n") ==
        "3:7: SyntaxError: 'except*' is not supported by Loopscope");
  CHECK(error_of("from os import *\n") ==
        "1:16: SyntaxError: 'from ... import *' is not supported by Loopscope");
  CHECK(error_of("c = a @ b\n") ==
        "1:7: SyntaxError: the matrix multiplication operator '@' is not supported by Loopscope");
  CHECK(error_of("class C(metaclass=M): pass\n") ==
        "1:9: SyntaxError: a class keyword argument (such as metaclass=) is not supported by "
        "Loopscope");
  CHECK(error_of("async def f():\n    return (await x for x in y)\n") ==
        "2:12: SyntaxError: an asynchronous generator expression is not supported by Loopscope");
}

TEST_CASE("deeply nested expressions stop with a SyntaxError, not a crash",
          "[parser][errors][limits]") {
  std::string unary = "x = " + std::string(5000, '-') + "1\n";
  CHECK(error_of(unary) ==
        "1:304: SyntaxError: too many nested expressions or blocks (more than 300 levels)");
  std::string chain = "x = 1";
  for (int i = 0; i < 5000; ++i) chain += " + 1";
  CHECK(error_of(chain + "\n").find("too many nested expressions") != std::string::npos);
  std::string calls = "f";
  for (int i = 0; i < 5000; ++i) calls += "()";
  CHECK(error_of(calls + "\n").find("too many nested expressions") != std::string::npos);
  std::string elifs = "if a:\n    pass\n";
  for (int i = 0; i < 2000; ++i) elifs += "elif a:\n    pass\n";
  CHECK(error_of(elifs).find("too many nested expressions or blocks") != std::string::npos);
  std::string nots = "x = " + [] { std::string s; for (int i = 0; i < 2000; ++i) s += "not "; return s; }() + "y\n";
  CHECK(error_of(nots).find("too many nested") != std::string::npos);
}

TEST_CASE("200 nested parentheses still parse", "[parser][limits]") {
  std::string deep = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  CHECK(error_of(deep) == "no error");
  std::string lists = "x = " + std::string(200, '[') + std::string(200, ']') + "\n";
  CHECK(error_of(lists) == "no error");
}

TEST_CASE("200 nested calls and 200 nested operator parentheses still parse", "[parser][limits]") {
  std::string calls = "x = " + [] { std::string s; for (int i = 0; i < 200; ++i) s += "f("; return s; }() +
                      "1" + std::string(200, ')') + "\n";
  CHECK(error_of(calls) == "no error");
  std::string sums = "x = " + [] { std::string s; for (int i = 0; i < 199; ++i) s += "1 + ("; return s; }() +
                     "1" + std::string(199, ')') + "\n";
  CHECK(error_of(sums) == "no error");
}

TEST_CASE("a diagnostic prints as FILE:LINE:COL and in CPython's traceback layout",
          "[parser][errors]") {
  ParseResult r = parse_program("demo.py", "def f():\n    if x\n        pass\n");
  REQUIRE_FALSE(r.ok());
  const Diagnostic& d = *r.error;
  CHECK(d.file == "demo.py");
  CHECK(d.line == 2);
  CHECK(d.col == 9);
  CHECK(d.message == "expected ':'");
  CHECK(d.source_line == "    if x");
  CHECK(d.to_string() == "demo.py:2:9: SyntaxError: expected ':'");
  CHECK(d.to_python() ==
        "  File \"demo.py\", line 2\n"
        "    if x\n"
        "        ^\n"
        "SyntaxError: expected ':'\n");
}

TEST_CASE("a diagnostic's source line is made valid UTF-8", "[parser][errors]") {
  ParseResult r = parse_program("t.py", "x = '\xFF'\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->source_line == "x = '\xEF\xBF\xBD'");
}
