// Resolver: scopes, slots, cells, free variables, globals and builtins.
// In the dumps, x:L0 is local slot 0, :C a cell slot, :F a free slot, :G a
// module slot and :B a builtin slot.
#include <catch2/catch.hpp>

#include "front_end_helpers.h"

using namespace ls::py;
using ls::py::test::dump_of;
using ls::py::test::error_of;
using ls::py::test::first_statement;

namespace {

std::string resolved(const std::string& source) { return dump_of(source, true); }

std::string names(Seq<ast::Ident> idents) {
  std::string out;
  for (ast::Ident i : idents) {
    if (!out.empty()) out += ' ';
    out += i.text;
  }
  return out;
}

// "name:kind" for every slot of a scope.
std::string slots(const ast::Scope& scope) {
  static constexpr const char* kKind[] = {"local", "cell", "free"};
  std::string out;
  for (const ast::Slot& s : scope.slots) {
    if (!out.empty()) out += ' ';
    out += s.name.text;
    out += ':';
    out += kKind[static_cast<int>(s.kind)];
  }
  return out;
}

const ast::Function* function_at(const ParseResult& r, int index) {
  return ast::as<ast::FunctionDef>(r.program->module->body[index])->fn;
}

}  // namespace

TEST_CASE("module-level names are module slots and unbound names are builtins", "[resolver]") {
  ParseResult r = parse_program("t.py", "x = 1\nprint(x, len(y))\ny = 2\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(= x:G0 1)\n(call print:B0 x:G0 (call len:B1 y:G1))\n(= y:G1 2)");
  CHECK(names(r.program->module->globals) == "x y");
  CHECK(names(r.program->module->builtins) == "print len");
}

TEST_CASE("parameters take the first slots, then locals in order of appearance", "[resolver]") {
  CHECK(resolved("def f(a, b):\n    c = a + b\n    for i in c: pass\n    return c\n") ==
        "(def f (a b) [(= c:L2 (+ a:L0 b:L1)) (for i:L3 c:L2 [pass]) (return c:L2)])");
}

TEST_CASE("an assignment anywhere in a function makes the name local everywhere in it",
          "[resolver]") {
  // Reading x before the assignment is an UnboundLocalError at run time.
  CHECK(resolved("x = 1\ndef f():\n    print(x)\n    x = 2\n") ==
        "(= x:G0 1)\n(def f () [(call print:B0 x:L0) (= x:L0 2)])");
}

TEST_CASE("a function that only reads a module name gets the module slot", "[resolver]") {
  CHECK(resolved("total = 0\ndef f():\n    return total + 1\n") ==
        "(= total:G0 0)\n(def f () [(return (+ total:G0 1))])");
}

TEST_CASE("global declarations send assignments to module slots", "[resolver]") {
  ParseResult r = parse_program("t.py", "def f():\n    global n\n    n += 1\n    return n\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(def f () [(global n) (+= n:G1 1) (return n:G1)])");
  CHECK(names(r.program->module->globals) == "f n");
  CHECK(function_at(r, 0)->scope.slots.size() == 0);
}

TEST_CASE("a closure over a parameter makes it a cell and the inner read a free variable",
          "[resolver]") {
  ParseResult r = parse_program("t.py", "def make(n):\n    def add(x):\n        return x + n\n"
                                        "    return add\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(def make (n) [(def add (x) [(return (+ x:L0 n:F1))]) (return add:L1)])");
  const ast::Function* make = function_at(r, 0);
  CHECK(slots(make->scope) == "n:cell add:local");
  CHECK(make->scope.num_params == 1);
  REQUIRE(make->scope.cells.size() == 1);
  CHECK(make->scope.cells[0] == 0);
  const ast::Function* add = ast::as<ast::FunctionDef>(make->body[0])->fn;
  CHECK(slots(add->scope) == "x:local n:free");
  REQUIRE(add->scope.frees.size() == 1);
  CHECK(add->scope.frees[0].slot == 1);
  CHECK(add->scope.frees[0].outer_slot == 0);
}

TEST_CASE("nonlocal rebinds the enclosing function's cell", "[resolver]") {
  CHECK(resolved("def counter():\n    count = 0\n    def inc():\n        nonlocal count\n"
                 "        count += 1\n        return count\n    return inc\n") ==
        "(def counter () [(= count:C0 0) (def inc () [(nonlocal count) (+= count:F0 1) "
        "(return count:F0)]) (return inc:L1)])");
}

TEST_CASE("a middle function passes a cell through as a free variable of its own",
          "[resolver]") {
  ParseResult r = parse_program("t.py", "def a():\n    v = 1\n    def b():\n        def c():\n"
                                        "            return v\n        return c\n    return b\n");
  REQUIRE(r.ok());
  const ast::Function* a = function_at(r, 0);
  const ast::Function* b = ast::as<ast::FunctionDef>(a->body[1])->fn;
  const ast::Function* c = ast::as<ast::FunctionDef>(b->body[0])->fn;
  CHECK(slots(a->scope) == "v:cell b:local");
  CHECK(slots(b->scope) == "c:local v:free");
  CHECK(b->scope.frees[0].outer_slot == 0);
  CHECK(slots(c->scope) == "v:free");
  CHECK(c->scope.frees[0].outer_slot == 1);  // b's free slot, not a's
}

TEST_CASE("a comprehension has its own scope; its first iterable belongs outside",
          "[resolver]") {
  ParseResult r = parse_program("t.py", "def f(xs, k):\n    return [x * k for x in xs if x]\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(def f (xs k) [(return (ListComp (* x:L1 k:F2) (for x:L1 xs:L0 (if x:L1))))])");
  const ast::Function* f = function_at(r, 0);
  CHECK(slots(f->scope) == "xs:local k:cell");
  auto* comp = ast::as<ast::Comp>(ast::as<ast::Return>(f->body[0])->value);
  CHECK(comp->scope.kind == ast::ScopeKind::Comprehension);
  CHECK(slots(comp->scope) == ".0:local x:local k:free");
  CHECK(comp->scope.num_params == 1);
  CHECK(comp->scope.frees[0].outer_slot == 1);
}

TEST_CASE("a comprehension's loop variable does not leak into the module", "[resolver]") {
  ParseResult r = parse_program("t.py", "squares = [i * i for i in range(5)]\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(= squares:G0 (ListComp (* i:L1 i:L1) (for i:L1 (call range:B0 5))))");
  CHECK(names(r.program->module->globals) == "squares");
}

TEST_CASE("nested comprehensions and generator expressions chain their scopes", "[resolver]") {
  CHECK(resolved("def f(m):\n    return [[c for c in row] for row in m]\n") ==
        "(def f (m) [(return (ListComp (ListComp c:L1 (for c:L1 row:L1)) (for row:L1 m:L0)))])");
  CHECK(resolved("def g(n):\n    return sum(i * n for i in range(n))\n") ==
        "(def g (n) [(return (call sum:B0 (GeneratorExp (* i:L1 n:F2) (for i:L1 "
        "(call range:B1 n:C0)))))])");
}

TEST_CASE("a class body is a scope its methods do not see", "[resolver]") {
  ParseResult r = parse_program("t.py", "class C:\n    size = 10\n    def m(self):\n"
                                        "        return size\n");
  REQUIRE(r.ok());
  CHECK(ast::dump(r.program->module, {true}) ==
        "(class C () [(= size:L0 10) (def m (self) [(return size:B0)])])");
  auto* cls = ast::as<ast::ClassDef>(first_statement(r));
  CHECK(cls->scope.kind == ast::ScopeKind::Class);
  CHECK(slots(cls->scope) == "size:local m:local");
  CHECK(cls->scope.class_cell == -1);
}

TEST_CASE("a comprehension in a class body sees class names only in its first iterable",
          "[resolver]") {
  CHECK(resolved("class C:\n    n = 3\n    items = [n * i for i in range(n)]\n") ==
        "(class C () [(= n:L0 3) (= items:L1 (ListComp (* n:B1 i:L1) (for i:L1 "
        "(call range:B0 n:L0))))])");
}

TEST_CASE("a class inside a function passes the function's variables on to its methods",
          "[resolver]") {
  ParseResult r = parse_program("t.py", "def f():\n    x = 1\n    class C:\n        x = 2\n"
                                        "        def m(self):\n            return x\n    return C\n");
  REQUIRE(r.ok());
  const ast::Function* f = function_at(r, 0);
  auto* cls = ast::as<ast::ClassDef>(f->body[1]);
  const ast::Function* m = ast::as<ast::FunctionDef>(cls->body[1])->fn;
  CHECK(slots(f->scope) == "x:cell C:local");
  CHECK(slots(cls->scope) == "x:local m:local x:free");
  CHECK(cls->scope.frees[0].outer_slot == 0);
  CHECK(slots(m->scope) == "self:local x:free");
  CHECK(m->scope.frees[0].outer_slot == 2);  // the class's free x, not its own x
  CHECK(ast::dump(cls, {true}) ==
        "(class C () [(= x:L0 2) (def m (self) [(return x:F1)])])");
}

TEST_CASE("super() gives the class body a __class__ cell and the method a free variable",
          "[resolver]") {
  ParseResult r = parse_program("t.py", "class A(B):\n    def __init__(self, v):\n"
                                        "        super().__init__(v)\n");
  REQUIRE(r.ok());
  auto* cls = ast::as<ast::ClassDef>(first_statement(r));
  const ast::Function* init = ast::as<ast::FunctionDef>(cls->body[0])->fn;
  CHECK(slots(cls->scope) == "__init__:local __class__:cell");
  CHECK(cls->scope.class_cell == 1);
  CHECK(slots(init->scope) == "self:local v:local __class__:free");
  CHECK(init->scope.class_cell == 2);
  CHECK(init->scope.frees[0].outer_slot == 1);
}

TEST_CASE("defaults and decorators resolve in the enclosing scope", "[resolver]") {
  CHECK(resolved("def f(a):\n    return lambda x=a: x + a\n") ==
        "(def f (a) [(return (lambda (x=a:C0) (+ x:L0 a:F1)))])");
  CHECK(resolved("def outer(d):\n    @d\n    def inner(): pass\n") ==
        "(def outer (d) [(def inner () [pass] @d:L0)])");
}

TEST_CASE("imports, except-as names, with targets and del bind local names", "[resolver]") {
  CHECK(resolved("def f():\n    import os\n    try:\n        pass\n    except E as e:\n"
                 "        del e\n    with a as w: pass\n") ==
        "(def f () [(import os) (try [pass] (except E:B0 e:L1 [(del e:L1)])) "
        "(with (item a:B1 w:L2) [pass])])");
}

TEST_CASE("def and class names bind in the scope that defines them", "[resolver]") {
  ParseResult r = parse_program("t.py", "def f():\n    def g(): pass\n    class K: pass\n");
  REQUIRE(r.ok());
  CHECK(names(r.program->module->globals) == "f");
  CHECK(slots(function_at(r, 0)->scope) == "g:local K:local");
}

TEST_CASE("a lambda is a function scope of its own", "[resolver]") {
  ParseResult r = parse_program("t.py", "key = lambda p: p[1]\n");
  REQUIRE(r.ok());
  auto* lambda = ast::as<ast::Lambda>(ast::as<ast::Assign>(first_statement(r))->value);
  CHECK(slots(lambda->fn->scope) == "p:local");
  CHECK(ast::dump(r.program->module, {true}) == "(= key:G0 (lambda (p) ([] p:L0 1)))");
}

TEST_CASE("every name in a resolved program is resolved", "[resolver]") {
  CHECK(resolved("async def main():\n    async with s() as r:\n        print(f'{r!r}')\n") ==
        "(async-def main () [(async-with (item (call s:B0) r:L0) [(call print:B1 "
        "(f (fv r:L0 !r)))])])");
}

TEST_CASE("nonlocal and global misuse gives CPython's symbol table errors",
          "[resolver][errors]") {
  CHECK(error_of("nonlocal x\n") ==
        "1:1: SyntaxError: nonlocal declaration not allowed at module level");
  CHECK(error_of("def f():\n    nonlocal x\n") ==
        "2:5: SyntaxError: no binding for nonlocal 'x' found");
  CHECK(error_of("x = 1\ndef f():\n    def g():\n        nonlocal x\n") ==
        "4:9: SyntaxError: no binding for nonlocal 'x' found");
  CHECK(error_of("def f(x):\n    global x\n") == "2:5: SyntaxError: name 'x' is parameter and global");
  CHECK(error_of("def f(x):\n    nonlocal x\n") ==
        "2:5: SyntaxError: name 'x' is parameter and nonlocal");
  CHECK(error_of("def f():\n    x = 1\n    global x\n") ==
        "3:5: SyntaxError: name 'x' is assigned to before global declaration");
  CHECK(error_of("def f():\n    print(x)\n    global x\n") ==
        "3:5: SyntaxError: name 'x' is used prior to global declaration");
  CHECK(error_of("x = 1\nglobal x\n") ==
        "2:1: SyntaxError: name 'x' is assigned to before global declaration");
  CHECK(error_of("def f():\n    global x\n    nonlocal x\n") ==
        "3:5: SyntaxError: name 'x' is nonlocal and global");
  CHECK(error_of("x: int = 1\nglobal x\n") ==
        "2:1: SyntaxError: annotated name 'x' can't be global");
}

TEST_CASE("nonlocal skips class bodies and finds the enclosing function", "[resolver]") {
  CHECK(error_of("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n") ==
        "no error");
  CHECK(error_of("class C:\n    x = 1\n    def m(self):\n        nonlocal x\n") ==
        "4:9: SyntaxError: no binding for nonlocal 'x' found");
}
