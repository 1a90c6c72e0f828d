// The resolver's working state, shared by resolver_collect.cpp (walking the
// AST to record bindings and uses) and resolver.cpp (deciding scopes,
// assigning slots, patching Name nodes). Internal to the front end.
#pragma once

#include <memory>
#include <unordered_map>
#include <vector>

#include "python/ast.h"
#include "python/frontend.h"

namespace ls::py::resolver {

// What one scope knows about one name.
struct SymbolInfo {
  bool used = false;       // read here
  bool bound = false;      // bound here (makes it local unless declared)
  bool imported = false;   // bound by an import (not "assigned" for global checks)
  bool annotated = false;  // `name: T` here
  bool param = false;      // a parameter of this function
  bool global = false;     // declared `global` here
  bool nonlocal = false;   // declared `nonlocal` here
  bool captured = false;   // a local read by an inner scope: becomes a Cell
  bool free = false;       // comes from an enclosing function through the closure
};

struct ScopeInfo {
  ast::ScopeKind kind;
  ScopeInfo* parent = nullptr;
  ast::Scope* out = nullptr;              // the AST scope this fills in
  std::vector<ast::Ident> params;         // parameters in slot order
  std::vector<ast::Ident> order;          // every symbol, first appearance first
  std::unordered_map<uint32_t, SymbolInfo> symbols;  // by Ident::id
  std::vector<ast::Name*> names;          // Name nodes evaluated in this scope
  std::vector<std::pair<uint32_t, const ast::Node*>> nonlocal_decls;  // for errors
  std::vector<std::unique_ptr<ScopeInfo>> children;
  // Slots, once assigned. A class may hold one name twice: as a namespace
  // entry (local) and as a free variable passed on to its methods.
  std::unordered_map<uint32_t, uint32_t> local_slot;
  std::unordered_map<uint32_t, uint32_t> free_slot;

  SymbolInfo& symbol(ast::Ident name) {
    auto [it, inserted] = symbols.try_emplace(name.id);
    if (inserted) order.push_back(name);
    return it->second;
  }
  const SymbolInfo* find(uint32_t id) const {
    auto it = symbols.find(id);
    return it == symbols.end() ? nullptr : &it->second;
  }
};

class Resolver {
 public:
  explicit Resolver(Program& program);
  void run();

 private:
  // Collecting (resolver_collect.cpp).
  void visit_body(Seq<ast::Stmt*> body);
  void visit_stmt(ast::Stmt* s);
  void visit_expr(ast::Expr* e);
  void visit_exprs(Seq<ast::Expr*> exprs);
  void visit_name(ast::Name* n);
  void visit_function(ast::Function* fn, ast::Name* target, Seq<ast::Expr*> decorators);
  void visit_class(ast::ClassDef* c);
  void visit_comp(ast::Comp* c);
  void visit_handler(ast::ExceptHandler* h);
  void check_duplicate_parameters(const ast::Parameters& p) const;
  void declare(const ast::Node* at, Seq<ast::Ident> names, bool nonlocal);
  ScopeInfo* open_scope(ast::ScopeKind kind, ast::Scope* out);
  bool inside_class() const;
  [[noreturn]] void fail(const ast::Node* at, std::string message) const;

  // Deciding (resolver.cpp).
  void analyze(ScopeInfo* s);
  ScopeInfo* find_owner(ScopeInfo* from, uint32_t id) const;
  void mark_free(ScopeInfo* reader, ScopeInfo* owner, ast::Ident name);
  void collect_globals();
  void assign_slots(ScopeInfo* s);
  void patch_names(ScopeInfo* s);
  void resolve_global(ast::Name* n);

  Program& program_;
  std::unique_ptr<ScopeInfo> module_;
  ScopeInfo* current_ = nullptr;
  ast::Ident class_cell_name_;  // "__class__"
  ast::Ident iterator_name_;    // ".0", a comprehension's hidden parameter
  std::vector<ast::Ident> declared_globals_;  // `global x` anywhere, in order
  std::vector<ast::Ident> globals_, builtins_;
  std::unordered_map<uint32_t, uint32_t> global_index_, builtin_index_;
};

}  // namespace ls::py::resolver
