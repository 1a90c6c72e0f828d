// Resolver, first pass: walk the AST in source order, building the scope tree
// and recording, per scope, which names are bound, read and declared.
#include "python/resolver_internal.h"

namespace ls::py::resolver {

using namespace ast;

void Resolver::fail(const Node* at, std::string message) const {
  throw SyntaxErrorException(
      make_diagnostic(program_.source, at->line, at->col, std::move(message)));
}

ScopeInfo* Resolver::open_scope(ScopeKind kind, Scope* out) {
  auto scope = std::make_unique<ScopeInfo>();
  scope->kind = kind;
  scope->parent = current_;
  scope->out = out;
  out->kind = kind;
  ScopeInfo* raw = scope.get();
  current_->children.push_back(std::move(scope));
  return raw;
}

bool Resolver::inside_class() const {
  for (ScopeInfo* s = current_; s; s = s->parent) {
    if (s->kind == ScopeKind::Class) return true;
  }
  return false;
}

void Resolver::visit_body(Seq<Stmt*> body) {
  for (Stmt* s : body) visit_stmt(s);
}

void Resolver::visit_exprs(Seq<Expr*> exprs) {
  for (Expr* e : exprs) visit_expr(e);
}

void Resolver::visit_stmt(Stmt* s) {
  switch (s->kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<FunctionDef*>(s);
      visit_function(f->fn, f->target, f->decorators);
      break;
    }
    case NodeKind::ClassDef: visit_class(static_cast<ClassDef*>(s)); break;
    case NodeKind::Return: visit_expr(static_cast<Return*>(s)->value); break;
    case NodeKind::Delete: visit_exprs(static_cast<Delete*>(s)->targets); break;
    case NodeKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      visit_expr(a->value);
      visit_exprs(a->targets);
      break;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<AugAssign*>(s);
      visit_expr(a->target);
      visit_expr(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      visit_expr(a->annotation);
      visit_expr(a->value);
      if (auto* n = as<Name>(a->target); n && a->simple) {
        SymbolInfo& sym = current_->symbol(n->id);
        if (sym.global && current_->kind != ScopeKind::Module) {
          fail(s, "annotated name '" + std::string(n->id.text) + "' can't be global");
        }
        sym.annotated = true;
      }
      visit_expr(a->target);
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<For*>(s);
      visit_expr(f->iter);
      visit_expr(f->target);
      visit_body(f->body);
      visit_body(f->orelse);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<While*>(s);
      visit_expr(w->test);
      visit_body(w->body);
      visit_body(w->orelse);
      break;
    }
    case NodeKind::If: {
      auto* i = static_cast<If*>(s);
      visit_expr(i->test);
      visit_body(i->body);
      visit_body(i->orelse);
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<With*>(s);
      for (const WithItem& item : w->items) {
        visit_expr(item.context_expr);
        visit_expr(item.optional_vars);
      }
      visit_body(w->body);
      break;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<Raise*>(s);
      visit_expr(r->exc);
      visit_expr(r->cause);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<Try*>(s);
      visit_body(t->body);
      for (ExceptHandler* h : t->handlers) visit_handler(h);
      visit_body(t->orelse);
      visit_body(t->finalbody);
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<Assert*>(s);
      visit_expr(a->test);
      visit_expr(a->msg);
      break;
    }
    case NodeKind::Import:
      for (const Alias& alias : static_cast<Import*>(s)->names) {
        visit_name(alias.target);
        current_->symbol(alias.target->id).imported = true;
      }
      break;
    case NodeKind::ImportFrom:
      for (const Alias& alias : static_cast<ImportFrom*>(s)->names) {
        visit_name(alias.target);
        current_->symbol(alias.target->id).imported = true;
      }
      break;
    case NodeKind::Global: declare(s, static_cast<Global*>(s)->names, false); break;
    case NodeKind::Nonlocal: declare(s, static_cast<Nonlocal*>(s)->names, true); break;
    case NodeKind::ExprStmt: visit_expr(static_cast<ExprStmt*>(s)->value); break;
    default: break;  // Pass, Break, Continue
  }
}

void Resolver::visit_handler(ExceptHandler* h) {
  visit_expr(h->type);
  if (h->name) visit_name(h->name);
  visit_body(h->body);
}

// `global a, b` / `nonlocal a, b`, with CPython's ordering checks.
void Resolver::declare(const Node* at, Seq<Ident> names, bool nonlocal) {
  const char* what = nonlocal ? "nonlocal" : "global";
  if (nonlocal && current_->kind == ScopeKind::Module) {
    fail(at, "nonlocal declaration not allowed at module level");
  }
  for (Ident name : names) {
    SymbolInfo& sym = current_->symbol(name);
    std::string quoted = "name '" + std::string(name.text) + "'";
    if (sym.param) fail(at, quoted + " is parameter and " + what);
    if (nonlocal ? sym.global : sym.nonlocal) fail(at, quoted + " is nonlocal and global");
    if (sym.annotated && !nonlocal) {
      fail(at, "annotated name '" + std::string(name.text) + "' can't be global");
    }
    if (sym.bound && !sym.imported) {
      fail(at, quoted + " is assigned to before " + what + " declaration");
    }
    if (sym.used) fail(at, quoted + " is used prior to " + what + " declaration");
    if (nonlocal) {
      sym.nonlocal = true;
      current_->nonlocal_decls.push_back({name.id, at});
    } else {
      sym.global = true;
      declared_globals_.push_back(name);
    }
  }
}

void Resolver::visit_name(Name* n) {
  current_->names.push_back(n);
  SymbolInfo& sym = current_->symbol(n->id);
  if (n->ctx == Ctx::Load) {
    sym.used = true;
  } else {
    sym.bound = true;
  }
  // Zero-argument super() needs the class being defined: any function
  // inside a class that mentions `super` gets an implicit `__class__` use.
  bool function_like = current_->kind == ScopeKind::Function ||
                       current_->kind == ScopeKind::Comprehension;
  if (function_like && n->ctx == Ctx::Load && n->id.text == "super" && inside_class()) {
    current_->symbol(class_cell_name_).used = true;
  }
}

// "duplicate argument" where CPython's symbol table finds it: parameters are
// entered positional, keyword-only, *args, **kwargs, and the later one of a
// pair is reported.
void Resolver::check_duplicate_parameters(const Parameters& p) const {
  std::vector<const Arg*> all;
  for (const Arg& a : p.args) all.push_back(&a);
  for (const Arg& a : p.kwonly) all.push_back(&a);
  if (p.vararg) all.push_back(p.vararg);
  if (p.kwarg) all.push_back(p.kwarg);
  for (size_t i = 1; i < all.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (all[j]->name.id != all[i]->name.id) continue;
      throw SyntaxErrorException(make_diagnostic(
          program_.source, all[i]->line, all[i]->col,
          "duplicate argument '" + std::string(all[i]->name.text) + "' in function definition"));
    }
  }
}

// Defaults, annotations and decorators run in the enclosing scope; the name
// is bound there; parameters and body belong to the new scope.
void Resolver::visit_function(Function* fn, Name* target, Seq<Expr*> decorators) {
  visit_exprs(decorators);
  visit_exprs(fn->params.defaults);
  for (Expr* d : fn->params.kw_defaults) visit_expr(d);
  auto visit_annotation = [&](const Arg& a) { visit_expr(a.annotation); };
  for (const Arg& a : fn->params.args) visit_annotation(a);
  for (const Arg& a : fn->params.kwonly) visit_annotation(a);
  if (fn->params.vararg) visit_annotation(*fn->params.vararg);
  if (fn->params.kwarg) visit_annotation(*fn->params.kwarg);
  visit_expr(fn->returns);
  if (target) visit_name(target);

  check_duplicate_parameters(fn->params);
  ScopeInfo* outer = current_;
  current_ = open_scope(ScopeKind::Function, &fn->scope);
  auto add_param = [&](const Arg& a) {
    current_->params.push_back(a.name);
    SymbolInfo& sym = current_->symbol(a.name);
    sym.bound = sym.param = true;
  };
  for (const Arg& a : fn->params.args) add_param(a);
  for (const Arg& a : fn->params.kwonly) add_param(a);
  if (fn->params.vararg) add_param(*fn->params.vararg);
  if (fn->params.kwarg) add_param(*fn->params.kwarg);
  visit_body(fn->body);
  current_ = outer;
}

void Resolver::visit_class(ClassDef* c) {
  visit_exprs(c->decorators);
  visit_exprs(c->bases);
  visit_name(c->target);
  ScopeInfo* outer = current_;
  current_ = open_scope(ScopeKind::Class, &c->scope);
  visit_body(c->body);
  current_ = outer;
}

// The first iterable is evaluated outside; everything else inside the
// comprehension's own scope, whose one parameter is that iterator.
void Resolver::visit_comp(Comp* c) {
  visit_expr(c->generators[0].iter);
  ScopeInfo* outer = current_;
  current_ = open_scope(ScopeKind::Comprehension, &c->scope);
  current_->params.push_back(iterator_name_);
  SymbolInfo& it = current_->symbol(iterator_name_);
  it.bound = it.param = true;
  bool first = true;
  for (const Comprehension& g : c->generators) {
    if (!first) visit_expr(g.iter);
    first = false;
    visit_expr(g.target);
    visit_exprs(g.ifs);
  }
  visit_expr(c->elt);
  visit_expr(c->value);
  current_ = outer;
}

void Resolver::visit_expr(Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::Name: visit_name(static_cast<Name*>(e)); break;
    case NodeKind::Constant: break;
    case NodeKind::JoinedStr: visit_exprs(static_cast<JoinedStr*>(e)->values); break;
    case NodeKind::FormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      visit_expr(f->value);
      visit_expr(f->format_spec);
      break;
    }
    case NodeKind::UnaryOp: visit_expr(static_cast<UnaryOp*>(e)->operand); break;
    case NodeKind::BinOp: {
      auto* b = static_cast<BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      break;
    }
    case NodeKind::BoolOp: visit_exprs(static_cast<BoolOp*>(e)->values); break;
    case NodeKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      visit_expr(c->left);
      visit_exprs(c->comparators);
      break;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      visit_expr(i->test);
      visit_expr(i->body);
      visit_expr(i->orelse);
      break;
    }
    case NodeKind::Lambda: visit_function(static_cast<Lambda*>(e)->fn, nullptr, {}); break;
    case NodeKind::Call: {
      auto* c = static_cast<Call*>(e);
      visit_expr(c->func);
      visit_exprs(c->args);
      for (const Keyword& k : c->keywords) visit_expr(k.value);
      break;
    }
    case NodeKind::Attribute: visit_expr(static_cast<Attribute*>(e)->value); break;
    case NodeKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      visit_expr(s->value);
      visit_expr(s->slice);
      break;
    }
    case NodeKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      visit_expr(s->lower);
      visit_expr(s->upper);
      visit_expr(s->step);
      break;
    }
    case NodeKind::Starred: visit_expr(static_cast<Starred*>(e)->value); break;
    case NodeKind::List: visit_exprs(static_cast<List*>(e)->elts); break;
    case NodeKind::Tuple: visit_exprs(static_cast<Tuple*>(e)->elts); break;
    case NodeKind::Set: visit_exprs(static_cast<Set*>(e)->elts); break;
    case NodeKind::Dict: {
      auto* d = static_cast<Dict*>(e);
      for (uint32_t i = 0; i < d->keys.size(); ++i) {
        visit_expr(d->keys[i]);
        visit_expr(d->values[i]);
      }
      break;
    }
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: visit_comp(static_cast<Comp*>(e)); break;
    case NodeKind::Await: visit_expr(static_cast<Await*>(e)->value); break;
    default: break;
  }
}

}  // namespace ls::py::resolver
