// S-expression dump of the AST (see ast_dump.h for the format).
#include "python/ast_dump.h"

#include <charconv>
#include <cstdio>

namespace ls::py::ast {

namespace {

const char* binop_text(BinOpKind op) {
  static constexpr const char* kText[] = {"+", "-", "*", "/", "//", "%", "**",
                                          "<<", ">>", "|", "^", "&"};
  return kText[static_cast<int>(op)];
}

const char* cmpop_text(CmpOp op) {
  static constexpr const char* kText[] = {"==", "!=", "<", "<=", ">", ">=",
                                          "is", "is-not", "in", "not-in"};
  return kText[static_cast<int>(op)];
}

const char* unaryop_text(UnaryOpKind op) {
  static constexpr const char* kText[] = {"not", "-", "+", "~"};
  return kText[static_cast<int>(op)];
}

class Dumper {
 public:
  explicit Dumper(DumpOptions options) : options_(options) {}
  std::string out;

  void node(const Node* n);

 private:
  void expr(const Expr* e) {
    if (e) {
      node(e);
    } else {
      out += "_";
    }
  }
  void space_expr(const Expr* e) {
    out += ' ';
    expr(e);
  }
  void exprs(Seq<Expr*> list) {
    for (const Expr* e : list) space_expr(e);
  }
  void block(Seq<Stmt*> body) {
    out += " [";
    for (uint32_t i = 0; i < body.size(); ++i) {
      if (i) out += ' ';
      node(body[i]);
    }
    out += ']';
  }
  void open(const char* head) {
    out += '(';
    out += head;
  }
  void name(const Name* n);
  void constant(const Constant* c);
  void quoted(std::string_view s, bool bytes);
  void params(const Parameters& p);
  void arg(const Arg& a, const Expr* default_value);
  void comp(const Comp* c);
  void function(const Function* fn, Seq<Expr*> decorators);
  void statement(const Stmt* s);
  void compound(const Stmt* s);

  DumpOptions options_;
};

void Dumper::name(const Name* n) {
  out += n->id.text;
  if (!options_.scopes) return;
  static constexpr const char* kScope[] = {"?", "L", "C", "F", "G", "B"};
  out += ':';
  out += kScope[static_cast<int>(n->scope)];
  if (n->scope != NameScope::Unresolved) out += std::to_string(n->index);
}

void Dumper::quoted(std::string_view s, bool bytes) {
  if (bytes) out += 'b';
  out += '\'';
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '\'') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F || (bytes && u >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  out += '\'';
}

void Dumper::constant(const Constant* c) {
  switch (c->value_kind) {
    case ConstKind::None: out += "None"; break;
    case ConstKind::Bool: out += c->b ? "True" : "False"; break;
    case ConstKind::Ellipsis: out += "..."; break;
    case ConstKind::Int: out += std::to_string(c->i); break;
    case ConstKind::BigInt:
      out += c->base == 16 ? "0x" : c->base == 8 ? "0o" : c->base == 2 ? "0b" : "";
      out += c->s;
      break;
    case ConstKind::Float: {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, c->f);
      (void)ec;
      std::string text(buf, end);
      if (text.find_first_of(".eni") == std::string::npos) text += ".0";
      out += text;
      break;
    }
    case ConstKind::Str: quoted(c->s, false); break;
    case ConstKind::Bytes: quoted(c->s, true); break;
  }
}

void Dumper::arg(const Arg& a, const Expr* default_value) {
  out += a.name.text;
  if (a.annotation) {
    out += ':';
    expr(a.annotation);
  }
  if (default_value) {
    out += '=';
    expr(default_value);
  }
}

// (a b=1 / c * d **kw) in declaration order.
void Dumper::params(const Parameters& p) {
  out += '(';
  bool first = true;
  auto sep = [&] {
    if (!first) out += ' ';
    first = false;
  };
  uint32_t no_default = p.args.size() - p.defaults.size();
  for (uint32_t i = 0; i < p.args.size(); ++i) {
    sep();
    arg(p.args[i], i >= no_default ? p.defaults[i - no_default] : nullptr);
    if (p.posonly_count && i + 1 == p.posonly_count) {
      sep();
      out += '/';
    }
  }
  if (p.vararg) {
    sep();
    out += '*';
    arg(*p.vararg, nullptr);
  } else if (!p.kwonly.empty()) {
    sep();
    out += '*';
  }
  for (uint32_t i = 0; i < p.kwonly.size(); ++i) {
    sep();
    arg(p.kwonly[i], p.kw_defaults[i]);
  }
  if (p.kwarg) {
    sep();
    out += "**";
    arg(*p.kwarg, nullptr);
  }
  out += ')';
}

void Dumper::comp(const Comp* c) {
  open(node_kind_name(c->kind));
  space_expr(c->elt);
  if (c->value) space_expr(c->value);
  for (const Comprehension& g : c->generators) {
    out += g.is_async ? " (async-for" : " (for";
    space_expr(g.target);
    space_expr(g.iter);
    for (const Expr* cond : g.ifs) {
      out += " (if";
      space_expr(cond);
      out += ')';
    }
    out += ')';
  }
  out += ')';
}

void Dumper::function(const Function* fn, Seq<Expr*> decorators) {
  open(fn->is_async ? "async-def " : "def ");
  out += fn->name.text;
  out += ' ';
  params(fn->params);
  if (fn->returns) {
    out += " ->";
    space_expr(fn->returns);
  }
  block(fn->body);
  for (const Expr* d : decorators) {
    out += " @";
    expr(d);
  }
  out += ')';
}

void Dumper::node(const Node* n) {
  switch (n->kind) {
    case NodeKind::Name: return name(static_cast<const Name*>(n));
    case NodeKind::Constant: return constant(static_cast<const Constant*>(n));
    case NodeKind::JoinedStr: open("f"); exprs(static_cast<const JoinedStr*>(n)->values); break;
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(n);
      open("fv");
      space_expr(f->value);
      if (f->conversion) (out += " !") += f->conversion;
      if (f->format_spec) space_expr(f->format_spec);
      break;
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(n);
      open(unaryop_text(u->op));
      space_expr(u->operand);
      break;
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(n);
      open(binop_text(b->op));
      space_expr(b->left);
      space_expr(b->right);
      break;
    }
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(n);
      open(b->op == BoolOpKind::And ? "and" : "or");
      exprs(b->values);
      break;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(n);
      open("cmp");
      space_expr(c->left);
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        (out += ' ') += cmpop_text(c->ops[i]);
        space_expr(c->comparators[i]);
      }
      break;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(n);
      open("ifexp");
      space_expr(i->test);
      space_expr(i->body);
      space_expr(i->orelse);
      break;
    }
    case NodeKind::Lambda: {
      auto* fn = static_cast<const Lambda*>(n)->fn;
      open("lambda ");
      params(fn->params);
      space_expr(static_cast<const Return*>(fn->body[0])->value);
      break;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(n);
      open("call");
      space_expr(c->func);
      exprs(c->args);
      for (const Keyword& k : c->keywords) {
        out += ' ';
        if (k.arg.empty()) {
          out += "(** ";
          expr(k.value);
          out += ')';
        } else {
          (out += k.arg.text) += '=';
          expr(k.value);
        }
      }
      break;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(n);
      open(".");
      space_expr(a->value);
      (out += ' ') += a->attr.text;
      break;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(n);
      open("[]");
      space_expr(s->value);
      space_expr(s->slice);
      break;
    }
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(n);
      open("slice");
      space_expr(s->lower);
      space_expr(s->upper);
      space_expr(s->step);
      break;
    }
    case NodeKind::Starred: open("*"); space_expr(static_cast<const Starred*>(n)->value); break;
    case NodeKind::List: open("list"); exprs(static_cast<const List*>(n)->elts); break;
    case NodeKind::Tuple: open("tuple"); exprs(static_cast<const Tuple*>(n)->elts); break;
    case NodeKind::Set: open("set"); exprs(static_cast<const Set*>(n)->elts); break;
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(n);
      open("dict");
      for (uint32_t i = 0; i < d->keys.size(); ++i) {
        out += d->keys[i] ? " (" : " (**";
        if (d->keys[i]) {
          expr(d->keys[i]);
          out += ' ';
        } else {
          out += ' ';
        }
        expr(d->values[i]);
        out += ')';
      }
      break;
    }
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: return comp(static_cast<const Comp*>(n));
    case NodeKind::Await: open("await"); space_expr(static_cast<const Await*>(n)->value); break;
    case NodeKind::Module: {
      const auto* m = static_cast<const Module*>(n);
      for (uint32_t i = 0; i < m->body.size(); ++i) {
        if (i) out += '\n';
        node(m->body[i]);
      }
      return;
    }
    case NodeKind::ExceptHandler: {
      auto* h = static_cast<const ExceptHandler*>(n);
      open("except");
      space_expr(h->type);
      space_expr(h->name);
      block(h->body);
      break;
    }
    default: return statement(static_cast<const Stmt*>(n));
  }
  out += ')';
}


void Dumper::statement(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::ExprStmt: return expr(static_cast<const ExprStmt*>(s)->value);
    case NodeKind::Pass: out += "pass"; return;
    case NodeKind::Break: out += "break"; return;
    case NodeKind::Continue: out += "continue"; return;
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      open("=");
      exprs(a->targets);
      space_expr(a->value);
      break;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      out += '(';
      (out += binop_text(a->op)) += '=';
      space_expr(a->target);
      space_expr(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      open(a->simple ? "ann" : "ann-complex");
      space_expr(a->target);
      space_expr(a->annotation);
      if (a->value) space_expr(a->value);
      break;
    }
    case NodeKind::Return: {
      auto* r = static_cast<const Return*>(s);
      open("return");
      if (r->value) space_expr(r->value);
      break;
    }
    case NodeKind::Delete: open("del"); exprs(static_cast<const Delete*>(s)->targets); break;
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      open("raise");
      if (r->exc) space_expr(r->exc);
      if (r->cause) space_expr(r->cause);
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      open("assert");
      space_expr(a->test);
      if (a->msg) space_expr(a->msg);
      break;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      Seq<Alias> names;
      if (auto* i = as<Import>(s)) {
        open("import");
        names = i->names;
      } else {
        auto* f = static_cast<const ImportFrom*>(s);
        open("from ");
        out += std::string(f->level, '.');
        out += f->module;
        names = f->names;
      }
      for (const Alias& a : names) {
        out += ' ';
        if (a.asname.empty()) {
          out += a.name;
        } else {
          ((((out += "(as ") += a.name) += ' ') += a.asname.text) += ')';
        }
      }
      break;
    }
    case NodeKind::Global:
    case NodeKind::Nonlocal: {
      bool global = s->kind == NodeKind::Global;
      open(global ? "global" : "nonlocal");
      for (Ident name : global ? static_cast<const Global*>(s)->names
                               : static_cast<const Nonlocal*>(s)->names) {
        (out += ' ') += name.text;
      }
      break;
    }
    default: return compound(s);
  }
  out += ')';
}

void Dumper::compound(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      return function(f->fn, f->decorators);
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      open("class ");
      out += c->name.text;
      out += " (";
      for (uint32_t i = 0; i < c->bases.size(); ++i) {
        if (i) out += ' ';
        expr(c->bases[i]);
      }
      out += ')';
      block(c->body);
      for (const Expr* d : c->decorators) {
        out += " @";
        expr(d);
      }
      break;
    }
    case NodeKind::If:
    case NodeKind::While: {
      bool is_if = s->kind == NodeKind::If;
      auto* i = static_cast<const If*>(s);
      auto* w = static_cast<const While*>(s);
      open(is_if ? "if" : "while");
      space_expr(is_if ? i->test : w->test);
      block(is_if ? i->body : w->body);
      Seq<Stmt*> orelse = is_if ? i->orelse : w->orelse;
      if (!orelse.empty()) block(orelse);
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<const For*>(s);
      open(f->is_async ? "async-for" : "for");
      space_expr(f->target);
      space_expr(f->iter);
      block(f->body);
      if (!f->orelse.empty()) block(f->orelse);
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<const With*>(s);
      open(w->is_async ? "async-with" : "with");
      for (const WithItem& item : w->items) {
        out += " (item";
        space_expr(item.context_expr);
        if (item.optional_vars) space_expr(item.optional_vars);
        out += ')';
      }
      block(w->body);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(s);
      open("try");
      block(t->body);
      for (const ExceptHandler* h : t->handlers) {
        out += ' ';
        node(h);
      }
      if (!t->orelse.empty()) {
        out += " (else";
        block(t->orelse);
        out += ')';
      }
      if (!t->finalbody.empty()) {
        out += " (finally";
        block(t->finalbody);
        out += ')';
      }
      break;
    }
    default:
      out += "<?";
      out += node_kind_name(s->kind);
      out += ">";
      return;
  }
  out += ')';
}

}  // namespace

std::string dump(const Node* node, DumpOptions options) {
  Dumper d(options);
  d.node(node);
  return std::move(d.out);
}

}  // namespace ls::py::ast
