// Parser: expressions, displays, comprehensions and calls.
#include <catch2/catch.hpp>

#include "front_end_helpers.h"

using namespace ls::py;
using ls::py::test::dump_of;
using ls::py::test::first_statement;

TEST_CASE("arithmetic operators follow Python's precedence and associativity", "[parser][expr]") {
  CHECK(dump_of("a + b * c - d / e // f % g\n") ==
        "(- (+ a (* b c)) (% (// (/ d e) f) g))");
  CHECK(dump_of("2 ** 3 ** 2\n") == "(** 2 (** 3 2))");
  CHECK(dump_of("-2 ** 2\n") == "(- (** 2 2))");
  CHECK(dump_of("2 ** -1\n") == "(** 2 (- 1))");
}

TEST_CASE("bitwise and shift operators bind between comparison and arithmetic", "[parser][expr]") {
  CHECK(dump_of("a | b ^ c & d << 1 + 2\n") == "(| a (^ b (& c (<< d (+ 1 2)))))");
  CHECK(dump_of("x >> 2 == y\n") == "(cmp (>> x 2) == y)");
}

TEST_CASE("unary minus, plus, invert and not", "[parser][expr]") {
  CHECK(dump_of("-x + +y - ~z\n") == "(- (+ (- x) (+ y)) (~ z))");
  CHECK(dump_of("not a == b\n") == "(not (cmp a == b))");
  CHECK(dump_of("not not a\n") == "(not (not a))");
}

TEST_CASE("a chained comparison is one Compare node", "[parser][expr]") {
  CHECK(dump_of("0 <= i < n != m\n") == "(cmp 0 <= i < n != m)");
  CHECK(dump_of("a in b\na not in b\na is None\na is not None\n") ==
        "(cmp a in b)\n(cmp a not-in b)\n(cmp a is None)\n(cmp a is-not None)");
}

TEST_CASE("and/or flatten into one BoolOp per operator, and binds tighter", "[parser][expr]") {
  CHECK(dump_of("a or b or c and d and e\n") == "(or a b (and c d e))");
}

TEST_CASE("the conditional expression is right-associative and binds loosest", "[parser][expr]") {
  CHECK(dump_of("a if b else c if d else e\n") == "(ifexp b a (ifexp d c e))");
  CHECK(dump_of("x = y or z if t else w\n") == "(= x (ifexp t (or y z) w))");
}

TEST_CASE("lambda with defaults, star-args and keyword-only parameters", "[parser][expr]") {
  CHECK(dump_of("f = lambda: 0\n") == "(= f (lambda () 0))");
  CHECK(dump_of("f = lambda a, b=2, *c, d, **e: a + d\n") ==
        "(= f (lambda (a b=2 *c d **e) (+ a d)))");
  CHECK(dump_of("key = lambda p: (p[1], -p[0])\n") ==
        "(= key (lambda (p) (tuple ([] p 1) (- ([] p 0)))))");
}

TEST_CASE("a lambda's body is a single Return statement", "[parser][expr]") {
  ParseResult r = parse_program("t.py", "f = lambda x: x\n");
  auto* fn = ast::as<ast::Lambda>(ast::as<ast::Assign>(first_statement(r))->value)->fn;
  REQUIRE(fn->body.size() == 1);
  CHECK(fn->body[0]->kind == ast::NodeKind::Return);
  CHECK(fn->is_lambda);
  CHECK(fn->name.text == "<lambda>");
}

TEST_CASE("calls with positional, keyword, *args and **kwargs arguments", "[parser][expr]") {
  CHECK(dump_of("print(a, b, sep='', end='\\n')\n") == "(call print a b sep='' end='\\n')");
  CHECK(dump_of("f(*a, *b, c=1, **d, **e)\n") == "(call f (* a) (* b) c=1 (** d) (** e))");
  CHECK(dump_of("f(**d, c=1)\n") == "(call f (** d) c=1)");
}

TEST_CASE("a call without star arguments is marked simple", "[parser][expr]") {
  ParseResult simple = parse_program("t.py", "f(a, k=1)\n");
  ParseResult starred = parse_program("t.py", "f(*a)\n");
  ParseResult kwargs = parse_program("t.py", "f(**k)\n");
  auto call = [](const ParseResult& r) {
    return ast::as<ast::Call>(ast::as<ast::ExprStmt>(first_statement(r))->value);
  };
  CHECK(call(simple)->simple);
  CHECK_FALSE(call(starred)->simple);
  CHECK_FALSE(call(kwargs)->simple);
}

TEST_CASE("a lone generator expression argument needs no parentheses of its own",
          "[parser][expr]") {
  CHECK(dump_of("sum(x * x for x in xs)\n") ==
        "(call sum (GeneratorExp (* x x) (for x xs)))");
  CHECK(dump_of("f((x for x in y), 1)\n") == "(call f (GeneratorExp x (for x y)) 1)");
}

TEST_CASE("attributes, calls and subscripts chain left to right", "[parser][expr]") {
  CHECK(dump_of("a.b(c)[d].e\n") == "(. ([] (call (. a b) c) d) e)");
  CHECK(dump_of("resp.headers['content-type']\n") == "([] (. resp headers) 'content-type')");
}

TEST_CASE("slices with omitted bounds, steps and several dimensions", "[parser][expr]") {
  CHECK(dump_of("a[1:2]\na[:]\na[::2]\na[::-1]\na[i:]\n") ==
        "([] a (slice 1 2 _))\n([] a (slice _ _ _))\n([] a (slice _ _ 2))\n"
        "([] a (slice _ _ (- 1)))\n([] a (slice i _ _))");
  CHECK(dump_of("m[1:2, ::3]\nm[0, 1]\nm[0,]\n") ==
        "([] m (tuple (slice 1 2 _) (slice _ _ 3)))\n([] m (tuple 0 1))\n([] m (tuple 0))");
}

TEST_CASE("list, tuple, set and dict displays, with trailing commas", "[parser][expr]") {
  CHECK(dump_of("[]\n[1, 2,]\n()\n(1,)\n(1)\n{1, 2}\n{}\n{'a': 1, 'b': 2,}\n") ==
        "(list)\n(list 1 2)\n(tuple)\n(tuple 1)\n1\n(set 1 2)\n(dict)\n(dict ('a' 1) ('b' 2))");
}

TEST_CASE("star and double-star unpacking in displays and calls", "[parser][expr]") {
  CHECK(dump_of("[*a, 1, *b]\n(*a, *b)\n{*s, 1}\n{**d, 'k': 1, **e}\n") ==
        "(list (* a) 1 (* b))\n(tuple (* a) (* b))\n(set (* s) 1)\n(dict (** d) ('k' 1) (** e))");
  CHECK(dump_of("x = *a, b\n") == "(= x (tuple (* a) b))");
}

TEST_CASE("list, set and dict comprehensions with several for and if clauses",
          "[parser][expr]") {
  CHECK(dump_of("[x * y for x in a if x for y in b if y if x != y]\n") ==
        "(ListComp (* x y) (for x a (if x)) (for y b (if y) (if (cmp x != y))))");
  CHECK(dump_of("{k: v for k, v in d.items()}\n") ==
        "(DictComp k v (for (tuple k v) (call (. d items))))");
  CHECK(dump_of("{c for c in s}\n") == "(SetComp c (for c s))");
  CHECK(dump_of("(i for i in range(3))\n") == "(GeneratorExp i (for i (call range 3)))");
}

TEST_CASE("a comprehension's filter may not be a bare conditional expression",
          "[parser][expr]") {
  CHECK(dump_of("[a for a in b if c]\n") == "(ListComp a (for a b (if c)))");
  CHECK(dump_of("[a if c else d for a in b]\n") == "(ListComp (ifexp c a d) (for a b))");
}

TEST_CASE("an async comprehension and awaits inside comprehensions of an async def",
          "[parser][expr]") {
  ParseResult r = parse_program("t.py",
                                "async def f():\n    a = [x async for x in aiter()]\n"
                                "    b = [await g(x) for x in xs]\n    c = [x for x in await h()]\n");
  REQUIRE(r.ok());
  auto* fn = ast::as<ast::FunctionDef>(first_statement(r))->fn;
  auto comp = [&](int i) {
    return ast::as<ast::Comp>(ast::as<ast::Assign>(fn->body[i])->value);
  };
  CHECK(comp(0)->generators[0].is_async);
  CHECK(comp(0)->contains_await);
  CHECK(comp(1)->contains_await);
  CHECK_FALSE(comp(2)->contains_await);  // the first iterable runs outside
  CHECK(fn->contains_await);
}

TEST_CASE("await applies to a primary and binds tighter than the power operator",
          "[parser][expr]") {
  CHECK(dump_of("async def f():\n    x = await a.b(1) ** 2\n") ==
        "(async-def f () [(= x (** (await (call (. a b) 1)) 2))])");
}

TEST_CASE("an ellipsis, None, True and False are constants", "[parser][expr]") {
  CHECK(dump_of("x = ...\ny = None, True, False\n") == "(= x ...)\n(= y (tuple None True False))");
}

TEST_CASE("expression nodes carry their source span", "[parser][expr]") {
  ParseResult r = parse_program("t.py", "x = foo(a,\n        b) + 1\n");
  auto* assign = ast::as<ast::Assign>(first_statement(r));
  const ast::Expr* sum = assign->value;
  CHECK(sum->line == 1);
  CHECK(sum->col == 5);
  CHECK(sum->end_line == 2);
  CHECK(sum->end_col == 15);
  auto* call = ast::as<ast::BinOp>(sum)->left;
  CHECK(call->end_col == 11);
}

TEST_CASE("names and attributes share one symbol id per distinct identifier", "[parser][expr]") {
  ParseResult r = parse_program("t.py", "a.get = get\n");
  auto* assign = ast::as<ast::Assign>(first_statement(r));
  auto* attr = ast::as<ast::Attribute>(assign->targets[0]);
  auto* name = ast::as<ast::Name>(assign->value);
  CHECK(attr->attr.id == name->id.id);
  CHECK(r.program->symbols.text(name->id.id) == "get");
}
