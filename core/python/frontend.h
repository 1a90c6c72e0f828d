// The interpreter's front end in one call: source text -> resolved AST.
//
//   ParseResult r = parse_program("main.py", text);
//   if (!r.program) { std::cerr << r.error->to_string() << "\n"; return 1; }
//   const ast::Module& m = *r.program->module;
//
// Stages: Lexer (lexer.h) -> Parser (parser.h) -> Resolver (resolver.h). The
// first error stops everything and comes back as a Diagnostic; no input can
// crash, hang or exhaust the stack (nesting is capped, see parser.h).
//
// Notes for the evaluator (details at each declaration in ast.h):
//  - Names never need a string lookup: Name::scope says which table and
//    Name::index which slot. Local/Cell/Free index the frame (Scope::slots);
//    Global indexes Module::globals (fall back to the builtin of the same
//    name when the slot is unbound, as Python does); Builtin indexes
//    Module::builtins (resolve each to its object once per program).
//  - Calling a Function: frame of fn->scope.slots.size() slots; arguments go
//    to Arg::slot (args, kwonly, *args, **kwargs in that order); create a
//    cell for every slot in scope.cells (moving a parameter's value into it);
//    fill scope.frees from the closure. Creating the function object captures
//    enclosing-frame slot `outer_slot` of each FreeVar, in order.
//  - Comprehensions are called like functions with one argument (slot 0):
//    the iterator of generators[0].iter, evaluated in the enclosing scope.
//  - A class body runs like a parameterless function; its Local slots, in
//    order, become the namespace. In a class body a Local that is still
//    unbound when read should fall back to globals/builtins by name (Python's
//    LOAD_NAME), the one place names are looked up by text. If
//    scope.class_cell >= 0, store the new class in that cell (for super()).
//  - Zero-argument super() in a method: the class is in the Free slot
//    fn->scope.class_cell, the instance in slot 0.
//  - Function::contains_await tells which functions need a coroutine frame;
//    Call::simple marks calls without *args/**kwargs.
//  - AnnAssign annotations are evaluated only at module and class level, as
//    in CPython; in functions they are not evaluated at all.
//  - Every node has line:col..end_line:end_col for tracebacks. The tree is at
//    most a few hundred levels deep, so recursive tree walks are safe; the
//    parser itself needs under 512 KB of stack even in a Debug build.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/arena.h"
#include "python/ast.h"
#include "python/diagnostic.h"

namespace ls::py {

// Interns identifier texts: equal texts get equal ids, numbered from 0 in
// first-seen order. The texts must outlive the table (they point into the
// source, the arena, or static storage).
class Symbols {
 public:
  ast::Ident intern(std::string_view text);
  std::string_view text(uint32_t id) const { return texts_[id]; }
  size_t size() const { return texts_.size(); }

 private:
  std::unordered_map<std::string_view, uint32_t> ids_;
  std::vector<std::string_view> texts_;
};

// Everything a parsed program owns. Not movable: the AST points into it.
struct Program {
  Program(std::string file_name, std::string text)
      : source(std::move(file_name), std::move(text)) {}
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  SourceFile source;
  Arena arena;
  Symbols symbols;
  ast::Module* module = nullptr;
};

struct ParseResult {
  std::unique_ptr<Program> program;  // null on error
  std::optional<Diagnostic> error;   // set on error
  bool ok() const { return program != nullptr; }
};

// Lexes, parses and resolves a program.
ParseResult parse_program(std::string file_name, std::string text);

}  // namespace ls::py
