// Parser: statements. Expected trees are written in ast_dump's notation.
#include <catch2/catch.hpp>

#include "front_end_helpers.h"

using namespace ls::py;
using ls::py::test::dump_of;
using ls::py::test::first_statement;

TEST_CASE("import, dotted import and import-as parse into one Import with aliases",
          "[parser]") {
  CHECK(dump_of("import os, a.b.c, x.y as z\n") == "(import os a.b.c (as x.y z))");
}

TEST_CASE("an import binds the first component, or the as-name", "[parser]") {
  ParseResult r = parse_program("t.py", "import a.b.c\nimport x.y as z\n");
  auto* first = ast::as<ast::Import>(r.program->module->body[0]);
  auto* second = ast::as<ast::Import>(r.program->module->body[1]);
  CHECK(first->names[0].target->id.text == "a");
  CHECK(second->names[0].target->id.text == "z");
  CHECK(second->names[0].name == "x.y");
}

TEST_CASE("from-imports keep their level, module and names, parenthesized or not",
          "[parser]") {
  CHECK(dump_of("from asyncio import sleep, gather as g\n") == "(from asyncio sleep (as gather g))");
  CHECK(dump_of("from .. import x\n") == "(from .. x)");
  CHECK(dump_of("from .pkg.mod import (a,\n    b as c,)\n") == "(from .pkg.mod a (as b c))");
}

TEST_CASE("a def with defaults, *args, keyword-only parameters and **kwargs keeps them apart",
          "[parser]") {
  CHECK(dump_of("def f(a, b=1, *args, c, d=2, **kw):\n    pass\n") ==
        "(def f (a b=1 *args c d=2 **kw) [pass])");
  ParseResult r = parse_program("t.py", "def f(a, b=1, *args, c, d=2, **kw): pass\n");
  const auto& p = ast::as<ast::FunctionDef>(first_statement(r))->fn->params;
  CHECK(p.args.size() == 2);
  CHECK(p.defaults.size() == 1);
  CHECK(p.kwonly.size() == 2);
  CHECK(p.kw_defaults[0] == nullptr);
  CHECK(p.kw_defaults[1] != nullptr);
  // Slots: args, then keyword-only, then *args, then **kwargs.
  CHECK(p.args[1].slot == 1);
  CHECK(p.kwonly[0].slot == 2);
  CHECK(p.vararg->slot == 4);
  CHECK(p.kwarg->slot == 5);
}

TEST_CASE("keyword-only parameters after a bare star and positional-only before a slash",
          "[parser]") {
  CHECK(dump_of("def f(a, /, b, *, c=3): pass\n") == "(def f (a / b * c=3) [pass])");
  ParseResult r = parse_program("t.py", "def f(a, /, b, *, c=3): pass\n");
  CHECK(ast::as<ast::FunctionDef>(first_statement(r))->fn->params.posonly_count == 1);
}

TEST_CASE("parameter and return annotations are parsed", "[parser]") {
  CHECK(dump_of("def f(x: int, y: str = 'a') -> bool: pass\n") ==
        "(def f (x:int y:str='a') -> bool [pass])");
}

TEST_CASE("an async def is flagged async and records whether it awaits", "[parser]") {
  ParseResult r = parse_program("t.py",
                                "async def a():\n    await b()\n"
                                "async def c():\n    def inner():\n        pass\n"
                                "def d(): pass\n");
  REQUIRE(r.ok());
  auto fn = [&](int i) { return ast::as<ast::FunctionDef>(r.program->module->body[i])->fn; };
  CHECK(fn(0)->is_async);
  CHECK(fn(0)->contains_await);
  CHECK(fn(1)->is_async);
  CHECK_FALSE(fn(1)->contains_await);
  CHECK_FALSE(fn(2)->is_async);
}

TEST_CASE("async for and async with count as awaits of their function, nested defs do not",
          "[parser]") {
  ParseResult r = parse_program("t.py",
                                "async def a():\n    async for x in y: pass\n"
                                "async def b():\n    async with l: pass\n"
                                "async def c():\n    async def d():\n        await e\n");
  REQUIRE(r.ok());
  auto fn = [&](int i) { return ast::as<ast::FunctionDef>(r.program->module->body[i])->fn; };
  CHECK(fn(0)->contains_await);
  CHECK(fn(1)->contains_await);
  CHECK_FALSE(fn(2)->contains_await);
  auto* inner = ast::as<ast::FunctionDef>(fn(2)->body[0])->fn;
  CHECK(inner->contains_await);
}

TEST_CASE("functions get CPython's qualified names", "[parser]") {
  ParseResult r = parse_program("t.py",
                                "def outer():\n    def inner(): pass\n    return lambda: 0\n"
                                "class C:\n    def m(self): pass\n");
  REQUIRE(r.ok());
  auto* outer = ast::as<ast::FunctionDef>(r.program->module->body[0])->fn;
  CHECK(outer->qualname == "outer");
  CHECK(ast::as<ast::FunctionDef>(outer->body[0])->fn->qualname == "outer.<locals>.inner");
  auto* ret = ast::as<ast::Return>(outer->body[1]);
  CHECK(ast::as<ast::Lambda>(ret->value)->fn->qualname == "outer.<locals>.<lambda>");
  auto* cls = ast::as<ast::ClassDef>(r.program->module->body[1]);
  CHECK(cls->qualname == "C");
  CHECK(ast::as<ast::FunctionDef>(cls->body[0])->fn->qualname == "C.m");
}

TEST_CASE("return with and without a value, and return of a bare tuple", "[parser]") {
  CHECK(dump_of("def f():\n    return\n    return 1\n    return 1, 2\n") ==
        "(def f () [(return) (return 1) (return (tuple 1 2))])");
}

TEST_CASE("if/elif/else nests each elif as an If alone in the previous orelse", "[parser]") {
  CHECK(dump_of("if a:\n    x\nelif b:\n    y\nelse:\n    z\n") ==
        "(if a [x] [(if b [y] [z])])");
}

TEST_CASE("a for loop with else parses into one For node with an orelse body", "[parser]") {
  CHECK(dump_of("for i, (j, k) in pairs:\n    break\nelse:\n    done()\n") ==
        "(for (tuple i (tuple j k)) pairs [break] [(call done)])");
}

TEST_CASE("a for loop iterates over a bare tuple and may unpack a starred target", "[parser]") {
  CHECK(dump_of("for a, *b in 1, 2:\n    continue\n") ==
        "(for (tuple a (* b)) (tuple 1 2) [continue])");
}

TEST_CASE("a while loop with else", "[parser]") {
  CHECK(dump_of("while n > 0:\n    n -= 1\nelse:\n    pass\n") ==
        "(while (cmp n > 0) [(-= n 1)] [pass])");
}

TEST_CASE("try with a tuple of exception types, as, else and finally", "[parser]") {
  CHECK(dump_of("try:\n    a()\nexcept (KeyError, ValueError) as e:\n    b(e)\n"
                "except Exception:\n    pass\nelse:\n    c()\nfinally:\n    d()\n") ==
        "(try [(call a)] (except (tuple KeyError ValueError) e [(call b e)]) "
        "(except Exception _ [pass]) (else [(call c)]) (finally [(call d)]))");
}

TEST_CASE("try/finally without handlers and a bare except", "[parser]") {
  CHECK(dump_of("try:\n    x\nfinally:\n    y\n") == "(try [x] (finally [y]))");
  CHECK(dump_of("try:\n    x\nexcept:\n    raise\n") == "(try [x] (except _ _ [(raise)]))");
}

TEST_CASE("raise with an exception, with a cause, and bare", "[parser]") {
  CHECK(dump_of("raise ValueError('bad')\n") == "(raise (call ValueError 'bad'))");
  CHECK(dump_of("raise E from None\n") == "(raise E None)");
  CHECK(dump_of("raise\n") == "(raise)");
}

TEST_CASE("with takes several items, each with an optional as target", "[parser]") {
  CHECK(dump_of("with open(p) as f, lock, a as (b, c):\n    pass\n") ==
        "(with (item (call open p) f) (item lock) (item a (tuple b c)) [pass])");
}

TEST_CASE("with accepts its items in parentheses, trailing comma included", "[parser]") {
  CHECK(dump_of("with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass\n") ==
        "(with (item (call open a) f) (item (call open b) g) [pass])");
  CHECK(dump_of("with (a, b) as c: pass\n") == "(with (item (tuple a b) c) [pass])");
}

TEST_CASE("async with and async for inside an async def", "[parser]") {
  CHECK(dump_of("async def f():\n    async with s.get(u) as r:\n        async for c in r: pass\n") ==
        "(async-def f () [(async-with (item (call (. s get) u) r) [(async-for c r [pass])])])");
}

TEST_CASE("chained assignment keeps every target in order", "[parser]") {
  CHECK(dump_of("a = b = c.d = 1\n") == "(= a b (. c d) 1)");
}

TEST_CASE("tuple unpacking with nested and starred targets", "[parser]") {
  CHECK(dump_of("a, *b, (c, [d, e]) = x\n") ==
        "(= (tuple a (* b) (tuple c (list d e))) x)");
  CHECK(dump_of("[a, b] = 1, 2\n") == "(= (list a b) (tuple 1 2))");
}

TEST_CASE("assignment targets get the Store context, deletions the Del context", "[parser]") {
  ParseResult r = parse_program("t.py", "a, b.c = x\ndel d[0]\n");
  REQUIRE(r.ok());
  auto* assign = ast::as<ast::Assign>(r.program->module->body[0]);
  auto* tuple = ast::as<ast::Tuple>(assign->targets[0]);
  CHECK(tuple->ctx == ast::Ctx::Store);
  CHECK(ast::as<ast::Name>(tuple->elts[0])->ctx == ast::Ctx::Store);
  CHECK(ast::as<ast::Attribute>(tuple->elts[1])->ctx == ast::Ctx::Store);
  auto* del = ast::as<ast::Delete>(r.program->module->body[1]);
  CHECK(ast::as<ast::Subscript>(del->targets[0])->ctx == ast::Ctx::Del);
}

TEST_CASE("every augmented assignment operator", "[parser]") {
  CHECK(dump_of("a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1\n") ==
        "(+= a 1)\n(-= a 1)\n(*= a 1)\n(/= a 1)\n(//= a 1)\n(%= a 1)\n(**= a 1)");
  CHECK(dump_of("a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1; x.y += 1; x[0] += 1\n") ==
        "(<<= a 1)\n(>>= a 1)\n(&= a 1)\n(|= a 1)\n(^= a 1)\n(+= (. x y) 1)\n(+= ([] x 0) 1)");
}

TEST_CASE("annotated assignments, with and without a value, simple or not", "[parser]") {
  CHECK(dump_of("x: int = 1\ny: list[int]\n(z): int = 2\na.b: str = 's'\n") ==
        "(ann x int 1)\n(ann y ([] list int))\n(ann-complex z int 2)\n(ann-complex (. a b) str 's')");
}

TEST_CASE("pass, del, assert, global and nonlocal", "[parser]") {
  CHECK(dump_of("del a, b[1], (c, d)\n") == "(del a ([] b 1) (tuple c d))");
  CHECK(dump_of("assert x > 0, 'positive'\nassert y\n") ==
        "(assert (cmp x > 0) 'positive')\n(assert y)");
  CHECK(dump_of("global a, b\n") == "(global a b)");
  CHECK(dump_of("def f():\n    x = 1\n    def g():\n        nonlocal x\n        pass\n") ==
        "(def f () [(= x 1) (def g () [(nonlocal x) pass])])");
}

TEST_CASE("semicolons separate simple statements, a trailing one is allowed", "[parser]") {
  CHECK(dump_of("a = 1; b = 2;\nif x: c; d\n") == "(= a 1)\n(= b 2)\n(if x [c d])");
}

TEST_CASE("the main guard parses like any if statement", "[parser]") {
  CHECK(dump_of("if __name__ == \"__main__\":\n    asyncio.run(main())\n") ==
        "(if (cmp __name__ == '__main__') [(call (. asyncio run) (call main))])");
}

TEST_CASE("a class with a base, class attributes and methods", "[parser]") {
  CHECK(dump_of("class Timeout(Exception):\n    code = 1\n\n    def __init__(self, msg):\n"
                "        super().__init__(msg)\n") ==
        "(class Timeout (Exception) [(= code 1) (def __init__ (self msg) "
        "[(call (. (call super) __init__) msg)])])");
  CHECK(dump_of("class Empty: pass\n") == "(class Empty () [pass])");
}

TEST_CASE("decorators by name, attribute and call apply to defs and classes", "[parser]") {
  CHECK(dump_of("@cache\n@functools.wraps(f)\ndef g(): pass\n") ==
        "(def g () [pass] @cache @(call (. functools wraps) f))");
  CHECK(dump_of("@dataclass\nclass P:\n    x: int\n") == "(class P () [(ann x int)] @dataclass)");
  CHECK(dump_of("@d\nasync def h(): pass\n") == "(async-def h () [pass] @d)");
}

TEST_CASE("blocks may hold blank lines, comments and deeper comment indentation", "[parser]") {
  CHECK(dump_of("def f():\n    a = 1\n\n        # odd comment\n    return a\n") ==
        "(def f () [(= a 1) (return a)])");
}

TEST_CASE("statement nodes span from their first to their last token", "[parser]") {
  ParseResult r = parse_program("t.py", "x = 1\nif a:\n    y = f(2,\n          3)\nz\n");
  REQUIRE(r.ok());
  const ast::Stmt* s = r.program->module->body[1];
  CHECK(s->line == 2);
  CHECK(s->col == 1);
  CHECK(s->end_line == 4);
  CHECK(s->end_col == 13);
}

TEST_CASE("match is still an ordinary name when not used as a statement", "[parser]") {
  CHECK(dump_of("match = re.match(p, s)\nmatch(x)\nmatch[0]: int = 1\n") ==
        "(= match (call (. re match) p s))\n(call match x)\n(ann-complex ([] match 0) int 1)");
}

TEST_CASE("an empty file and a file of comments parse into an empty module", "[parser]") {
  CHECK(dump_of("") == "");
  CHECK(dump_of("# just a comment\n\n   # another\n") == "");
  ParseResult r = parse_program("t.py", "");
  REQUIRE(r.ok());
  CHECK(r.program->module->body.empty());
}

TEST_CASE("global at module level is allowed and changes nothing", "[parser]") {
  CHECK(dump_of("global x\nx = 1\n", true) == "(global x)\n(= x:G0 1)");
}
