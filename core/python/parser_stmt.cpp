// Statement dispatch and the simple (one-line) statements.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

void Parser::parse_statement(StmtList& out) {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::Indent: invalid_syntax();  // "unexpected indent"
    case Tok::KwIf: out.push_back(parse_if(next())); return;
    case Tok::KwWhile: out.push_back(parse_while()); return;
    case Tok::KwFor: out.push_back(parse_for(nullptr)); return;
    case Tok::KwTry: out.push_back(parse_try()); return;
    case Tok::KwWith: out.push_back(parse_with(nullptr)); return;
    case Tok::KwDef: out.push_back(parse_funcdef(t, nullptr, {})); return;
    case Tok::KwClass: out.push_back(parse_classdef(t, {})); return;
    case Tok::At: out.push_back(parse_decorated()); return;
    case Tok::KwAsync: {
      const Token& async_kw = next();
      if (at(Tok::KwDef)) return out.push_back(parse_funcdef(async_kw, &async_kw, {}));
      if (at(Tok::KwFor)) return out.push_back(parse_for(&async_kw));
      if (at(Tok::KwWith)) return out.push_back(parse_with(&async_kw));
      invalid_syntax();
    }
    case Tok::Name:
      if (t.text == "match" && looks_like_match_statement()) {
        fail_at(t, not_supported("the 'match' statement"));
      }
      break;
    default:
      break;
  }
  parse_simple_statements(out);
}

// `match` is a soft keyword: `match = 1` and `match(x)` are ordinary
// statements. A logical line that starts with `match` and ends with a colon
// outside brackets can only be a match statement.
bool Parser::looks_like_match_statement() const {
  if (kind(1) == Tok::Colon || kind(1) == Tok::Equal || kind(1) == Tok::Newline) return false;
  int depth = 0;
  for (size_t i = 1;; ++i) {
    Tok k = kind(i);
    if (k == Tok::Newline || k == Tok::EndMarker) return false;
    if (k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace) ++depth;
    if (k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace) --depth;
    if (k == Tok::Colon && depth == 0 && kind(i + 1) == Tok::Newline) return true;
  }
}

// simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parse_simple_statements(StmtList& out) {
  while (true) {
    out.push_back(parse_simple_statement());
    if (!accept(Tok::Semi) || at(Tok::Newline)) break;
  }
  if (!at(Tok::Newline)) invalid_syntax();
  next();
}

Stmt* Parser::parse_simple_statement() {
  const Token& t = peek();
  Stmt* s = nullptr;
  switch (t.kind) {
    case Tok::KwPass: s = make<Pass>(next()); break;
    case Tok::KwBreak:
      if (ctx_.loop_depth == 0) fail_late(t, "'break' outside loop");
      s = make<Break>(next());
      break;
    case Tok::KwContinue:
      if (ctx_.loop_depth == 0) fail_late(t, "'continue' not properly in loop");
      s = make<Continue>(next());
      break;
    case Tok::KwReturn: s = parse_return(); break;
    case Tok::KwRaise: s = parse_raise(); break;
    case Tok::KwGlobal: s = parse_names_decl(false); break;
    case Tok::KwNonlocal: s = parse_names_decl(true); break;
    case Tok::KwDel: s = parse_del(); break;
    case Tok::KwAssert: s = parse_assert(); break;
    case Tok::KwImport: s = parse_import(); break;
    case Tok::KwFrom: s = parse_from_import(); break;
    default: s = parse_expression_statement(); break;
  }
  finish(s);
  return s;
}

namespace {

bool ends_simple_statement(Tok k) {
  return k == Tok::Newline || k == Tok::Semi || k == Tok::EndMarker;
}

// Maps an augmented assignment token to its operator; false for other tokens.
bool augmented_op(Tok k, BinOpKind& op) {
  switch (k) {
    case Tok::PlusEqual: op = BinOpKind::Add; return true;
    case Tok::MinusEqual: op = BinOpKind::Sub; return true;
    case Tok::StarEqual: op = BinOpKind::Mul; return true;
    case Tok::DoubleStarEqual: op = BinOpKind::Pow; return true;
    case Tok::SlashEqual: op = BinOpKind::Div; return true;
    case Tok::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
    case Tok::PercentEqual: op = BinOpKind::Mod; return true;
    case Tok::AmperEqual: op = BinOpKind::BitAnd; return true;
    case Tok::VBarEqual: op = BinOpKind::BitOr; return true;
    case Tok::CaretEqual: op = BinOpKind::BitXor; return true;
    case Tok::LeftShiftEqual: op = BinOpKind::LShift; return true;
    case Tok::RightShiftEqual: op = BinOpKind::RShift; return true;
    default: return false;
  }
}

}  // namespace

// Expression statements, assignments, augmented and annotated assignments.
Stmt* Parser::parse_expression_statement() {
  const Token& start = peek();
  Expr* first = parse_star_expressions();
  if (at(Tok::Equal)) return parse_assignment(first, start);
  if (at(Tok::Colon)) return parse_annotated(first, start);
  BinOpKind op;
  if (augmented_op(kind(), op)) {
    check_aug_target(first);
    next();
    auto* s = make<AugAssign>(first);
    s->target = first;
    s->op = op;
    s->value = parse_star_expressions();
    if (as<Starred>(s->value)) fail_at(s->value, "can't use starred expression here");
    return s;
  }
  if (as<Starred>(first)) fail_at(first, "can't use starred expression here");
  // Python 2's print statement is a common slip in old teaching material.
  auto* name = as<Name>(first);
  if (name && (name->id.text == "print" || name->id.text == "exec") &&
      (at(Tok::Name) || at(Tok::Number) || at(Tok::String))) {
    fail_at(first, "Missing parentheses in call to '" + std::string(name->id.text) +
                       "'. Did you mean " + std::string(name->id.text) + "(...)?");
  }
  auto* s = make<ExprStmt>(first);
  s->value = first;
  return s;
}

// `a = b = value`: every expression but the last is a target.
Stmt* Parser::parse_assignment(Expr* first, const Token& start) {
  std::vector<Expr*> parts{first};
  while (accept(Tok::Equal)) parts.push_back(parse_star_expressions());
  Expr* value = parts.back();
  parts.pop_back();
  for (Expr* target : parts) set_store(target, parts.size() == 1);
  if (as<Starred>(value)) fail_at(value, "can't use starred expression here");
  auto* s = make<Assign>(start);
  s->targets = seq(parts);
  s->value = value;
  return s;
}

// `target: annotation [= value]`. A bad target is only reported as such
// when an annotation follows the colon, as in CPython.
Stmt* Parser::parse_annotated(Expr* target, const Token& start) {
  const Token& colon = next();
  bool valid = as<Name>(target) || as<Attribute>(target) || as<Subscript>(target);
  if (!valid && !starts_expression(kind())) fail_at(colon, "invalid syntax");
  if (as<Tuple>(target)) fail_at(target, "only single target (not tuple) can be annotated");
  if (as<List>(target)) fail_at(target, "only single target (not list) can be annotated");
  if (!valid) fail_at(target, "illegal target for annotation");
  set_store(target, false);
  auto* s = make<AnnAssign>(start);
  s->target = target;
  s->simple = as<Name>(target) && start.kind != Tok::LPar;
  s->annotation = parse_expression();
  if (accept(Tok::Equal)) s->value = parse_star_expressions();
  return s;
}

Stmt* Parser::parse_return() {
  const Token& t = next();
  if (!ctx_.function) fail_late(t, "'return' outside function");
  auto* s = make<Return>(t);
  if (!ends_simple_statement(kind())) s->value = parse_star_expressions();
  return s;
}

// raise [exc [from cause]]
Stmt* Parser::parse_raise() {
  auto* s = make<Raise>(next());
  if (ends_simple_statement(kind())) return s;
  s->exc = parse_expression();
  if (accept(Tok::KwFrom)) s->cause = parse_expression();
  return s;
}

// del target, target, ...  (a parenthesized tuple stays one target)
Stmt* Parser::parse_del() {
  auto* s = make<Delete>(next());
  std::vector<Expr*> targets;
  do {
    if (ends_simple_statement(kind()) && !targets.empty()) break;  // trailing comma
    Expr* target = parse_star_expression();
    set_del(target);
    targets.push_back(target);
  } while (accept(Tok::Comma));
  s->targets = seq(targets);
  return s;
}

Stmt* Parser::parse_assert() {
  auto* s = make<Assert>(next());
  s->test = parse_expression();
  if (accept(Tok::Comma)) s->msg = parse_expression();
  return s;
}

// global a, b / nonlocal a, b
Stmt* Parser::parse_names_decl(bool nonlocal) {
  const Token& kw = next();
  std::vector<Ident> names;
  do {
    if (!at(Tok::Name)) invalid_syntax();
    names.push_back(ident(next()));
  } while (accept(Tok::Comma));
  if (nonlocal) {
    auto* s = make<Nonlocal>(kw);
    s->names = seq(names);
    return s;
  }
  auto* s = make<Global>(kw);
  s->names = seq(names);
  return s;
}

// NAME ('.' NAME)* when `dotted`, else one NAME; spaces around dots dropped.
std::string_view Parser::parse_dotted_name(bool dotted) {
  if (!at(Tok::Name)) invalid_syntax();
  const Token& first = next();
  if (!dotted || !at(Tok::Dot)) return first.text;
  std::string name(first.text);
  while (accept(Tok::Dot)) {
    if (!at(Tok::Name)) invalid_syntax();
    name += ".";
    name += next().text;
  }
  return program_.arena.copy_string(name);
}

// One `name [as other]` of an import. `dotted` allows `a.b.c` (plain import).
Alias Parser::parse_alias(bool dotted) {
  const Token& first = peek();
  Alias alias{};
  alias.line = first.line;
  alias.col = first.col;
  alias.name = parse_dotted_name(dotted);
  const Token* bound = &first;  // `import a.b` binds `a`
  if (accept(Tok::KwAs)) {
    if (!at(Tok::Name)) invalid_syntax();
    bound = &next();
    alias.asname = ident(*bound);
  }
  alias.target = make<Name>(*bound);
  alias.target->id = ident(*bound);
  alias.target->ctx = Ctx::Store;
  return alias;
}

Stmt* Parser::parse_import() {
  auto* s = make<Import>(next());
  std::vector<Alias> names;
  do {
    names.push_back(parse_alias(true));
  } while (accept(Tok::Comma));
  s->names = seq(names);
  return s;
}

// from [.]* module import name [as n], ... | from x import (a, b,)
Stmt* Parser::parse_from_import() {
  auto* s = make<ImportFrom>(next());
  while (at(Tok::Dot) || at(Tok::Ellipsis)) s->level += at(Tok::Dot) ? 1 : 3, next();
  if (at(Tok::Name)) {
    s->module = parse_dotted_name(true);
  } else if (s->level == 0) {
    invalid_syntax();
  }
  if (!accept(Tok::KwImport)) invalid_syntax();
  if (at(Tok::Star)) fail_at(peek(), not_supported("'from ... import *'"));
  bool parenthesized = accept(Tok::LPar);
  std::vector<Alias> names;
  do {
    if (parenthesized && at(Tok::RPar) && !names.empty()) break;
    names.push_back(parse_alias(false));
  } while (accept(Tok::Comma));
  if (parenthesized && !accept(Tok::RPar)) invalid_syntax();
  s->names = seq(names);
  return s;
}

}  // namespace ls::py
