// Atoms: names, constants, parenthesized forms, list/dict/set displays and
// comprehensions.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

Expr* Parser::parse_atom() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::Name: {
      auto* n = make<Name>(next());
      n->id = ident(t);
      n->ctx = Ctx::Load;
      return n;
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      auto* c = make<Constant>(next());
      c->value_kind = t.kind == Tok::KwNone       ? ConstKind::None
                      : t.kind == Tok::Ellipsis ? ConstKind::Ellipsis
                                                : ConstKind::Bool;
      c->b = t.kind == Tok::KwTrue;
      return c;
    }
    case Tok::Number: return parse_number(next());
    case Tok::String: return parse_strings();
    case Tok::LPar: return parse_paren();
    case Tok::LSqb: return parse_list();
    case Tok::LBrace: return parse_brace();
    default: invalid_syntax();
  }
}

// An element of a display: `*x` or an expression.
Expr* Parser::parse_star_named_expression() {
  if (!at(Tok::Star)) return parse_expression();
  auto* s = make<Starred>(next());
  s->value = parse_binary(1);
  finish(s);
  return s;
}

namespace {

bool starts_comprehension(Tok k) { return k == Tok::KwFor || k == Tok::KwAsync; }

}  // namespace

// () | (expr) | (a, b, ...) | (x for ...)
Expr* Parser::parse_paren() {
  const Token& open = next();
  if (at(Tok::RPar)) {
    auto* t = make<Tuple>(open);
    next();
    finish(t);
    return t;
  }
  uint32_t awaits_before = ctx_.awaits;
  Expr* first = parse_star_named_expression();
  if (starts_comprehension(kind())) {
    if (as<Starred>(first)) fail_at(first, "iterable unpacking cannot be used in comprehension");
    Expr* e = parse_comprehension(open, NodeKind::GeneratorExp, first, nullptr, awaits_before);
    expect(Tok::RPar);
    finish(e);
    return e;
  }
  if (accept(Tok::RPar)) {
    if (as<Starred>(first)) fail_at(first, "cannot use starred expression here");
    return first;  // parentheses only group; the node keeps its own position
  }
  if (!at(Tok::Comma)) missing_comma_or_close(first);
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma) && !at(Tok::RPar)) {
    elts.push_back(parse_star_named_expression());
    if (!at(Tok::Comma) && !at(Tok::RPar)) missing_comma_or_close(elts.back());
  }
  expect(Tok::RPar);
  auto* t = make<Tuple>(open);
  t->elts = seq(elts);
  finish(t);
  return t;
}

// [] | [a, b, ...] | [x for ...]
Expr* Parser::parse_list() {
  const Token& open = next();
  std::vector<Expr*> elts;
  if (!at(Tok::RSqb)) {
    uint32_t awaits_before = ctx_.awaits;
    Expr* first = parse_star_named_expression();
    if (starts_comprehension(kind())) {
      if (as<Starred>(first)) fail_at(first, "iterable unpacking cannot be used in comprehension");
      Expr* e = parse_comprehension(open, NodeKind::ListComp, first, nullptr, awaits_before);
      expect(Tok::RSqb);
      finish(e);
      return e;
    }
    elts.push_back(first);
    while (true) {
      if (!at(Tok::Comma) && !at(Tok::RSqb)) missing_comma_or_close(elts.back());
      if (!accept(Tok::Comma) || at(Tok::RSqb)) break;
      elts.push_back(parse_star_named_expression());
    }
  }
  expect(Tok::RSqb);
  auto* l = make<List>(open);
  l->elts = seq(elts);
  finish(l);
  return l;
}

// {} | {k: v, **d} | {a, *b} | {k: v for ...} | {x for ...}
Expr* Parser::parse_brace() {
  const Token& open = next();
  if (at(Tok::RBrace)) {
    auto* d = make<Dict>(open);
    next();
    finish(d);
    return d;
  }
  uint32_t awaits_before = ctx_.awaits;
  if (at(Tok::DoubleStar)) {
    const Token& stars = next();
    Expr* value = parse_binary(1);
    if (starts_comprehension(kind())) {
      fail_at(stars, "dict unpacking cannot be used in dict comprehension");
    }
    return parse_dict_rest(open, nullptr, value);
  }
  Expr* first = parse_star_named_expression();
  if (!as<Starred>(first) && accept(Tok::Colon)) {
    Expr* value = parse_expression();
    if (starts_comprehension(kind())) {
      Expr* e = parse_comprehension(open, NodeKind::DictComp, first, value, awaits_before);
      expect(Tok::RBrace);
      finish(e);
      return e;
    }
    return parse_dict_rest(open, first, value);
  }
  if (starts_comprehension(kind())) {
    if (as<Starred>(first)) fail_at(first, "iterable unpacking cannot be used in comprehension");
    Expr* e = parse_comprehension(open, NodeKind::SetComp, first, nullptr, awaits_before);
    expect(Tok::RBrace);
    finish(e);
    return e;
  }
  return parse_set_rest(open, first);
}

// The rest of a dict display after its first entry (key null: `**value`).
Expr* Parser::parse_dict_rest(const Token& open, Expr* first_key, Expr* first_value) {
  std::vector<Expr*> keys{first_key}, values{first_value};
  while (true) {
    if (!at(Tok::Comma) && !at(Tok::RBrace)) {
      if (at(Tok::Colon) && !keys.back()) invalid_syntax();
      missing_comma_or_close(values.back());
    }
    if (!accept(Tok::Comma) || at(Tok::RBrace)) break;
    if (accept(Tok::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(parse_binary(1));
      continue;
    }
    Expr* key = parse_expression();
    if (!accept(Tok::Colon)) fail_at(key, "':' expected after dictionary key");
    keys.push_back(key);
    values.push_back(parse_expression());
  }
  expect(Tok::RBrace);
  auto* d = make<Dict>(open);
  d->keys = seq(keys);
  d->values = seq(values);
  finish(d);
  return d;
}

Expr* Parser::parse_set_rest(const Token& open, Expr* first) {
  std::vector<Expr*> elts{first};
  while (true) {
    if (at(Tok::Colon)) fail_at(elts.back(), "':' expected after dictionary key");
    if (!at(Tok::Comma) && !at(Tok::RBrace)) missing_comma_or_close(elts.back());
    if (!accept(Tok::Comma) || at(Tok::RBrace)) break;
    elts.push_back(parse_star_named_expression());
  }
  expect(Tok::RBrace);
  auto* s = make<Set>(open);
  s->elts = seq(elts);
  finish(s);
  return s;
}

// The `for ... in ... if ...` clauses after a comprehension's element (which
// the caller parsed before knowing it was one). Leaves the closing bracket to
// the caller. `awaits_before` is the await counter before the element, so we
// can tell whether awaits happened inside the comprehension's own scope; the
// first iterable runs in the enclosing scope and does not count.
Expr* Parser::parse_comprehension(const Token& open, NodeKind kind, Expr* elt, Expr* value,
                                  uint32_t awaits_before) {
  auto* c = program_.arena.make<Comp>();
  c->kind = kind;
  c->line = open.line;
  c->col = open.col;
  c->elt = elt;
  c->value = value;
  c->name = kind == NodeKind::ListComp  ? "<listcomp>"
            : kind == NodeKind::SetComp ? "<setcomp>"
            : kind == NodeKind::DictComp ? "<dictcomp>"
                                         : "<genexpr>";
  std::vector<Comprehension> generators;
  uint32_t outer_awaits = 0;  // awaits in the first iterable
  while (starts_comprehension(this->kind())) {
    Comprehension g{};
    if (at(Tok::KwAsync)) {
      next();
      if (!ctx_.function || !ctx_.function->is_async) {
        fail_late(open, "asynchronous comprehension outside of an asynchronous function");
      }
      g.is_async = true;
      ++ctx_.awaits;
    }
    if (!accept(Tok::KwFor)) invalid_syntax();
    g.target = parse_target_list(Tok::KwIn);
    set_store(g.target, false);
    if (!accept(Tok::KwIn)) invalid_syntax();
    uint32_t before = ctx_.awaits;
    g.iter = parse_disjunction();
    if (generators.empty()) outer_awaits = ctx_.awaits - before;
    std::vector<Expr*> ifs;
    while (accept(Tok::KwIf)) ifs.push_back(parse_disjunction());
    g.ifs = seq(ifs);
    generators.push_back(g);
  }
  c->generators = seq(generators);
  c->contains_await = ctx_.awaits - awaits_before > outer_awaits;
  if (kind == NodeKind::GeneratorExp && c->contains_await) {
    fail_at(c, not_supported("an asynchronous generator expression"));
  }
  return c;
}

}  // namespace ls::py
