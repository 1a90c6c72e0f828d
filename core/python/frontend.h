// The interpreter's front end in one call: source text -> resolved AST.
//
//   ParseResult r = parse_program("main.py", text);
//   if (!r.program) { std::cerr << r.error->to_string() << "\n"; return 1; }
//   const ast::Module& m = *r.program->module;
//
// Stages: Lexer (lexer.h) -> Parser (parser.h) -> Resolver (resolver.h). The
// first error stops everything and comes back as a Diagnostic; no input can
// crash, hang or exhaust the stack (nesting is capped, see parser.h).
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
