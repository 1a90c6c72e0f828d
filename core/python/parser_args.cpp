// Call arguments, parameter lists, and Function records.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

// func(args): positional, *iterable, name=value, **mapping, in CPython's
// allowed orders; a lone generator expression needs no extra parentheses.
Expr* Parser::parse_call(Expr* func) {
  next();  // '('
  auto* call = make<Call>(func);
  call->func = func;
  std::vector<Expr*> args;
  std::vector<Keyword> keywords;
  bool seen_keyword = false, seen_double_star = false;
  const Expr* last = func;
  while (!at(Tok::RPar)) {
    const Token& t = peek();
    if (accept(Tok::Star)) {
      if (seen_double_star) {
        fail_at(t, "iterable argument unpacking follows keyword argument unpacking");
      }
      auto* s = make<Starred>(t);
      s->value = parse_expression();
      finish(s);
      args.push_back(s);
      last = s;
    } else if (accept(Tok::DoubleStar)) {
      keywords.push_back({{}, parse_expression(), t.line, t.col});
      seen_double_star = true;
      last = keywords.back().value;
    } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
      Ident name = ident(next());
      next();  // '='
      for (const Keyword& k : keywords) {
        if (k.arg.id == name.id && !k.arg.empty()) {
          fail_at(t, "keyword argument repeated: " + std::string(name.text));
        }
      }
      keywords.push_back({name, parse_expression(), t.line, t.col});
      seen_keyword = true;
      last = keywords.back().value;
    } else {
      uint32_t awaits_before = ctx_.awaits;
      Expr* e = parse_expression();
      if (at(Tok::Equal)) {
        fail_at(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        e = parse_comprehension(t, NodeKind::GeneratorExp, e, nullptr, awaits_before);
        finish(e);
        if (!args.empty() || !keywords.empty() || !at(Tok::RPar)) {
          fail_at(e, "Generator expression must be parenthesized");
        }
      }
      if (seen_double_star) fail_at(e, "positional argument follows keyword argument unpacking");
      if (seen_keyword) fail_at(e, "positional argument follows keyword argument");
      args.push_back(e);
      last = e;
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!at(Tok::RPar)) missing_comma_or_close(last);
  next();
  call->args = seq(args);
  call->keywords = seq(keywords);
  call->simple = !seen_double_star;
  for (Expr* a : args) call->simple = call->simple && !as<Starred>(a);
  finish(call);
  return call;
}

namespace {

// One parameter name with its optional annotation.
Arg make_arg(const Token& t, Ident name) {
  Arg a{};
  a.name = name;
  a.line = t.line;
  a.col = t.col;
  return a;
}

}  // namespace

// The parameters of a def (up to ')', with annotations) or of a lambda (up to
// ':', without). The caller consumes `close`. Parameter order rules and
// messages follow CPython 3.11; duplicate names are the resolver's to find,
// as in CPython's symbol table.
Parameters Parser::parse_parameters(Tok close, bool annotations) {
  std::vector<Arg> args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  Arg vararg{}, kwarg{};
  bool has_vararg = false, has_kwarg = false, seen_star = false, seen_slash = false;
  uint32_t posonly = 0;

  auto parse_arg = [&]() {
    if (!at(Tok::Name)) invalid_syntax();
    const Token& t = next();
    Arg a = make_arg(t, ident(t));
    if (annotations && accept(Tok::Colon)) a.annotation = parse_expression();
    return a;
  };

  while (!at(close)) {
    const Token& t = peek();
    if (has_kwarg) fail_at(t, "arguments cannot follow var-keyword argument");
    if (accept(Tok::Slash)) {
      if (seen_slash) fail_at(t, "/ may appear only once");
      if (seen_star) fail_at(t, "/ must be ahead of *");
      if (args.empty()) fail_at(t, "at least one argument must precede /");
      seen_slash = true;
      posonly = static_cast<uint32_t>(args.size());
    } else if (accept(Tok::Star)) {
      if (seen_star) fail_at(t, "* argument may appear only once");
      seen_star = true;
      if (at(Tok::Name)) {
        vararg = parse_arg();
        has_vararg = true;
      } else if (at(close) || (at(Tok::Comma) && (kind(1) == close || kind(1) == Tok::DoubleStar))) {
        fail_at(t, "named arguments must follow bare *");
      }
    } else if (accept(Tok::DoubleStar)) {
      kwarg = parse_arg();
      has_kwarg = true;
    } else {
      Arg a = parse_arg();
      Expr* value = accept(Tok::Equal) ? parse_expression() : nullptr;
      if (seen_star) {
        kwonly.push_back(a);
        kw_defaults.push_back(value);
      } else {
        if (!value && !defaults.empty()) {
          fail(a.line, a.col, "non-default argument follows default argument");
        }
        if (value) defaults.push_back(value);
        args.push_back(a);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!at(close)) invalid_syntax();

  // Frame slots: args, kwonly, *args, **kwargs.
  uint32_t slot = 0;
  for (Arg& a : args) a.slot = slot++;
  for (Arg& a : kwonly) a.slot = slot++;
  Parameters p{};
  p.args = seq(args);
  p.posonly_count = posonly;
  p.defaults = seq(defaults);
  p.kwonly = seq(kwonly);
  p.kw_defaults = seq(kw_defaults);
  if (has_vararg) {
    vararg.slot = slot++;
    p.vararg = program_.arena.make<Arg>();
    *p.vararg = vararg;
  }
  if (has_kwarg) {
    kwarg.slot = slot++;
    p.kwarg = program_.arena.make<Arg>();
    *p.kwarg = kwarg;
  }
  return p;
}

// A Function record for a def or lambda named `name` at `start`.
Function* Parser::new_function(const Token& start, Ident name, bool is_async, bool is_lambda) {
  Function* fn = program_.arena.make<Function>();
  fn->name = name;
  fn->qualname = program_.arena.copy_string(ctx_.qualname_prefix + std::string(name.text));
  fn->line = start.line;
  fn->col = start.col;
  fn->is_async = is_async;
  fn->is_lambda = is_lambda;
  fn->scope.kind = ScopeKind::Function;
  return fn;
}

}  // namespace ls::py
