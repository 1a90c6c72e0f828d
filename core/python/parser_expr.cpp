// Expressions, from the loosest binding (tuples, lambda, ternary) down to
// primaries (calls, attributes, subscripts). Atoms are in parser_atom.cpp.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

// Tokens that can end an expression (so that an expression starting right
// after them is "side by side").
bool Parser::ends_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::RPar: case Tok::RSqb:
    case Tok::RBrace: case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis:
      return true;
    default:
      return false;
  }
}

// Tokens that can begin an expression: used to tell a trailing comma from
// another element, and a missing comma from other mistakes.
bool Parser::starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar:
    case Tok::LSqb: case Tok::LBrace: case Tok::Minus: case Tok::Plus:
    case Tok::Tilde: case Tok::Star: case Tok::Ellipsis: case Tok::KwNot:
    case Tok::KwLambda: case Tok::KwAwait: case Tok::KwTrue: case Tok::KwFalse:
    case Tok::KwNone: case Tok::KwYield:
      return true;
    default:
      return false;
  }
}

// star_expressions: `a`, or `a, *b, c` (a Tuple without brackets).
Expr* Parser::parse_star_expressions() {
  Expr* first = parse_star_expression();
  if (!at(Tok::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma) && starts_expression(kind())) {
    elts.push_back(parse_star_expression());
  }
  auto* t = make<Tuple>(first);
  t->elts = seq(elts);
  finish(t);
  return t;
}

Expr* Parser::parse_star_expression() {
  if (!at(Tok::Star)) return parse_expression();
  auto* s = make<Starred>(next());
  s->value = parse_binary(1);
  finish(s);
  return s;
}

// expression: lambda | disjunction ['if' disjunction 'else' expression]
Expr* Parser::parse_expression() {
  DepthGuard guard(*this);
  if (at(Tok::KwLambda)) return parse_lambda();
  Expr* body = parse_disjunction();
  if (!accept(Tok::KwIf)) return body;
  auto* e = make<IfExp>(body);
  e->body = body;
  e->test = parse_disjunction();
  if (at(Tok::Colon)) invalid_syntax();  // `for x in y if z:` is not a ternary
  if (!accept(Tok::KwElse)) fail_at(body, "expected 'else' after 'if' expression");
  e->orelse = parse_expression();
  finish(e);
  return e;
}

// `a or b or c` -> one BoolOp (and likewise for `and`).
Expr* Parser::parse_disjunction() {
  Expr* first = parse_conjunction();
  if (!at(Tok::KwOr)) return first;
  std::vector<Expr*> values{first};
  while (accept(Tok::KwOr)) values.push_back(parse_conjunction());
  auto* e = make<BoolOp>(first);
  e->op = BoolOpKind::Or;
  e->values = seq(values);
  finish(e);
  return e;
}

Expr* Parser::parse_conjunction() {
  Expr* first = parse_inversion();
  if (!at(Tok::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (accept(Tok::KwAnd)) values.push_back(parse_inversion());
  auto* e = make<BoolOp>(first);
  e->op = BoolOpKind::And;
  e->values = seq(values);
  finish(e);
  return e;
}

Expr* Parser::parse_inversion() {
  if (!at(Tok::KwNot)) return parse_comparison();
  DepthGuard guard(*this);
  auto* e = make<UnaryOp>(next());
  e->op = UnaryOpKind::Not;
  e->operand = parse_inversion();
  finish(e);
  return e;
}

// `a < b == c` -> one Compare with two operators.
Expr* Parser::parse_comparison() {
  Expr* left = parse_binary(1);
  std::vector<CmpOp> ops;
  std::vector<Expr*> comparators;
  while (true) {
    CmpOp op;
    switch (kind()) {
      case Tok::Less: op = CmpOp::Lt; break;
      case Tok::Greater: op = CmpOp::Gt; break;
      case Tok::LessEqual: op = CmpOp::LtE; break;
      case Tok::GreaterEqual: op = CmpOp::GtE; break;
      case Tok::EqEqual: op = CmpOp::Eq; break;
      case Tok::NotEqual: op = CmpOp::NotEq; break;
      case Tok::KwIn: op = CmpOp::In; break;
      case Tok::KwIs: op = kind(1) == Tok::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
      case Tok::KwNot:
        if (kind(1) != Tok::KwIn) goto done;  // `a not b` is a syntax error later
        op = CmpOp::NotIn;
        break;
      default: goto done;
    }
    next();
    if (op == CmpOp::IsNot || op == CmpOp::NotIn) next();
    ops.push_back(op);
    comparators.push_back(parse_binary(1));
  }
done:
  if (ops.empty()) return left;
  auto* e = make<Compare>(left);
  e->left = left;
  e->ops = seq(ops);
  e->comparators = seq(comparators);
  finish(e);
  return e;
}

namespace {

// Binding strength of binary operators (higher binds tighter); 0 = not one.
int precedence(Tok k, BinOpKind& op) {
  switch (k) {
    case Tok::VBar: op = BinOpKind::BitOr; return 1;
    case Tok::Caret: op = BinOpKind::BitXor; return 2;
    case Tok::Amper: op = BinOpKind::BitAnd; return 3;
    case Tok::LeftShift: op = BinOpKind::LShift; return 4;
    case Tok::RightShift: op = BinOpKind::RShift; return 4;
    case Tok::Plus: op = BinOpKind::Add; return 5;
    case Tok::Minus: op = BinOpKind::Sub; return 5;
    case Tok::Star: op = BinOpKind::Mul; return 6;
    case Tok::Slash: op = BinOpKind::Div; return 6;
    case Tok::DoubleSlash: op = BinOpKind::FloorDiv; return 6;
    case Tok::Percent: op = BinOpKind::Mod; return 6;
    case Tok::At: op = BinOpKind::Mul; return 6;  // rejected when met
    default: return 0;
  }
}

}  // namespace

// Left-associative binary operators by precedence climbing: | ^ & << >> + -
// * / // %. Every operator of a chain after the first deepens the
// (left-leaning) tree, so each counts as a nesting level while the chain is
// parsed. (The first is free so that `1 + (2 + (3 + ...))` costs one level
// per parenthesis, as it does in CPython.)
Expr* Parser::parse_binary(int min_precedence) {
  Expr* left = parse_unary();
  uint32_t chain = 0;
  bool first = true;
  while (true) {
    BinOpKind op;
    int prec = precedence(kind(), op);
    if (prec == 0 || prec < min_precedence) break;
    if (at(Tok::At)) invalid_syntax();  // "not supported by Loopscope"
    next();
    if (!first) {
      deepen();
      ++chain;
    }
    first = false;
    auto* e = make<BinOp>(left);
    e->op = op;
    e->left = left;
    e->right = parse_binary(prec + 1);
    finish(e);
    left = e;
  }
  depth_ -= chain;
  return left;
}

// factor: ('+' | '-' | '~') factor | power
Expr* Parser::parse_unary() {
  UnaryOpKind op;
  switch (kind()) {
    case Tok::Minus: op = UnaryOpKind::Neg; break;
    case Tok::Plus: op = UnaryOpKind::Pos; break;
    case Tok::Tilde: op = UnaryOpKind::Invert; break;
    default: return parse_power();
  }
  DepthGuard guard(*this);
  auto* e = make<UnaryOp>(next());
  e->op = op;
  e->operand = parse_unary();
  finish(e);
  return e;
}

// power: await_primary ['**' factor]  (so -2**2 is -(2**2), 2**-1 is fine)
Expr* Parser::parse_power() {
  Expr* base = parse_await_primary();
  if (!at(Tok::DoubleStar)) return base;
  DepthGuard guard(*this);
  next();
  auto* e = make<BinOp>(base);
  e->op = BinOpKind::Pow;
  e->left = base;
  e->right = parse_unary();
  finish(e);
  return e;
}

Expr* Parser::parse_await_primary() {
  if (!at(Tok::KwAwait)) return parse_primary();
  const Token& kw = next();
  if (!ctx_.function) {
    fail_late(kw, "'await' outside function");
  } else if (!ctx_.function->is_async) {
    fail_late(kw, "'await' outside async function");
  }
  ++ctx_.awaits;
  auto* e = make<Await>(kw);
  e->value = parse_primary();
  finish(e);
  return e;
}

// atom followed by any number of .name, (args) and [subscript] trailers;
// like binary chains, each trailer after the first deepens the tree by one
// level (so `f(f(f(x)))` costs one level per call, as parentheses do).
Expr* Parser::parse_primary() {
  Expr* e = parse_atom();
  uint32_t chain = 0;
  bool first = true;
  while (at(Tok::Dot) || at(Tok::LPar) || at(Tok::LSqb)) {
    if (!first) {
      deepen();
      ++chain;
    }
    first = false;
    if (at(Tok::Dot)) {
      next();
      if (!at(Tok::Name)) invalid_syntax();
      auto* a = make<Attribute>(e);
      a->value = e;
      a->attr = ident(next());
      finish(a);
      e = a;
    } else if (at(Tok::LPar)) {
      e = parse_call(e);
    } else {
      e = parse_subscript(e);
    }
  }
  depth_ -= chain;
  return e;
}

// value[slices]: one slice, or several separated by commas (a Tuple).
Expr* Parser::parse_subscript(Expr* value) {
  next();  // '['
  auto* s = make<Subscript>(value);
  s->value = value;
  Expr* first = parse_slice();
  if (at(Tok::Comma)) {
    std::vector<Expr*> elts{first};
    while (accept(Tok::Comma) && !at(Tok::RSqb)) elts.push_back(parse_slice());
    auto* t = make<Tuple>(first);
    t->elts = seq(elts);
    finish(t);
    first = t;
  }
  s->slice = first;
  if (!at(Tok::RSqb)) missing_comma_or_close(first);
  next();
  finish(s);
  return s;
}

// [lower] ':' [upper] [':' [step]]  |  expression
Expr* Parser::parse_slice() {
  const Token& start = peek();
  Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    lower = parse_expression();
    if (!at(Tok::Colon)) return lower;
  }
  auto* s = lower ? make<Slice>(lower) : make<Slice>(start);
  s->lower = lower;
  next();  // ':'
  auto ends_part = [&] { return at(Tok::Colon) || at(Tok::RSqb) || at(Tok::Comma); };
  if (!ends_part()) s->upper = parse_expression();
  if (accept(Tok::Colon) && !at(Tok::RSqb) && !at(Tok::Comma)) s->step = parse_expression();
  finish(s);
  return s;
}

// lambda [params]: expression. The body becomes one Return statement so the
// evaluator runs lambdas and defs alike.
Expr* Parser::parse_lambda() {
  const Token& kw = next();
  Function* fn = new_function(kw, program_.symbols.intern("<lambda>"), false, true);
  fn->params = parse_parameters(Tok::Colon, false);
  if (!accept(Tok::Colon)) invalid_syntax();
  Context outer = std::move(ctx_);
  ctx_ = Context{};
  ctx_.function = fn;
  ctx_.qualname_prefix = std::string(fn->qualname) + ".<locals>.";
  Expr* body = parse_expression();
  ctx_ = std::move(outer);
  auto* ret = make<Return>(body);
  ret->value = body;
  fn->body = seq(std::vector<Stmt*>{ret});
  auto* e = make<Lambda>(kw);
  e->fn = fn;
  finish(e);
  return e;
}

// `x = 1` where a condition or an element was expected: CPython's hints.
void Parser::check_misused_equal(const Expr* e) {
  if (!at(Tok::Equal)) return;
  check_unclosed_bracket(peek(), peek().line);
  if (e->kind == NodeKind::Name) {
    fail_at(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  auto* c = as<Constant>(e);
  bool excluded = e->kind == NodeKind::List || e->kind == NodeKind::Tuple ||
                  e->kind == NodeKind::GeneratorExp || e->kind == NodeKind::Starred ||
                  (c && (c->value_kind == ConstKind::None || c->value_kind == ConstKind::Bool));
  bool operator_level = e->kind != NodeKind::Lambda && e->kind != NodeKind::IfExp &&
                        e->kind != NodeKind::BoolOp && e->kind != NodeKind::Compare &&
                        !(e->kind == NodeKind::UnaryOp &&
                          static_cast<const UnaryOp*>(e)->op == UnaryOpKind::Not);
  if (!excluded && operator_level) {
    fail_at(e, std::string("cannot assign to ") + describe(e) +
                   " here. Maybe you meant '==' instead of '='?");
  }
}

// Called when a bracketed list expected ',' or its closing bracket. Two
// expressions side by side are most likely a forgotten comma.
void Parser::missing_comma_or_close(const Expr* last) {
  check_misused_equal(last);
  Tok k = kind();
  if (starts_expression(k) && k != Tok::Star && k != Tok::Minus && k != Tok::Plus &&
      k != Tok::KwYield && k != Tok::KwNot && k != Tok::LPar && k != Tok::LSqb) {
    if (!speculating_) check_unclosed_bracket(peek(), furthest_line_reading_expression());
    fail_at(last, "invalid syntax. Perhaps you forgot a comma?");
  }
  invalid_syntax();
}

}  // namespace ls::py
