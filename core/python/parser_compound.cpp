// Compound statements: blocks, if/while/for/try/with, def and class.
#include "python/parser.h"

namespace ls::py {

using namespace ast;

// ':' then either an indented block or simple statements on the same line.
// `what` names the header for CPython's message, e.g. "'if' statement".
// Like CPython's grammar, for/def/try/else/finally always say "expected ':'"
// when it is missing; if/elif/while/with/except/class only before the end
// of the line, and otherwise report plain invalid syntax.
Seq<Stmt*> Parser::parse_block(const std::string& what, const Token& header) {
  Tok h = header.kind;
  bool forced = h == Tok::KwFor || h == Tok::KwDef || h == Tok::KwAsync || h == Tok::KwTry ||
                h == Tok::KwFinally || h == Tok::KwElse;
  if (!forced && !at(Tok::Colon) && !at(Tok::Newline)) invalid_syntax();
  expect(Tok::Colon);
  StmtList body;
  if (!accept(Tok::Newline)) {
    parse_simple_statements(body);
    return seq(body);
  }
  if (!at(Tok::Indent)) {
    const Token& t = peek();
    fail(t.line, t.col,
         "expected an indented block after " + what + " on line " + std::to_string(header.line),
         ErrorKind::IndentationError);
  }
  next();
  while (!at(Tok::Dedent) && !at(Tok::EndMarker)) parse_statement(body);
  accept(Tok::Dedent);
  return seq(body);
}

// `keyword` (if or elif) is already consumed. An elif becomes an If alone in
// the orelse of the previous one; each counts as a nesting level.
Stmt* Parser::parse_if(const Token& keyword) {
  DepthGuard guard(*this);
  auto* s = make<If>(keyword);
  s->test = parse_expression();
  check_misused_equal(s->test);
  s->body = parse_block(keyword.kind == Tok::KwIf ? "'if' statement" : "'elif' statement", keyword);
  if (at(Tok::KwElif)) {
    Stmt* elif = parse_if(next());
    s->orelse = seq(StmtList{elif});
  } else if (at(Tok::KwElse)) {
    const Token& else_kw = next();
    s->orelse = parse_block("'else' statement", else_kw);
  }
  finish(s);
  return s;
}

Stmt* Parser::parse_while() {
  const Token& kw = next();
  auto* s = make<While>(kw);
  s->test = parse_expression();
  check_misused_equal(s->test);
  ++ctx_.loop_depth;
  s->body = parse_block("'while' statement", kw);
  --ctx_.loop_depth;
  if (at(Tok::KwElse)) {
    const Token& else_kw = next();
    s->orelse = parse_block("'else' statement", else_kw);
  }
  finish(s);
  return s;
}

void Parser::note_async(const Token& t, const char* what) {
  if (!ctx_.function || !ctx_.function->is_async) {
    fail_late(t, std::string(what) + " outside async function");
  }
  ++ctx_.awaits;
}

// [async] for target in iterable: body [else: body]
Stmt* Parser::parse_for(const Token* async_kw) {
  const Token& kw = next();
  auto* s = make<For>(async_kw ? *async_kw : kw);
  if (async_kw) {
    note_async(*async_kw, "'async for'");
    s->is_async = true;
  }
  s->target = parse_target_list(Tok::KwIn);
  set_store(s->target, false);
  if (!accept(Tok::KwIn)) invalid_syntax();
  s->iter = parse_star_expressions();
  ++ctx_.loop_depth;
  s->body = parse_block("'for' statement", kw);
  --ctx_.loop_depth;
  if (at(Tok::KwElse)) {
    const Token& else_kw = next();
    s->orelse = parse_block("'else' statement", else_kw);
  }
  finish(s);
  return s;
}

Stmt* Parser::parse_try() {
  const Token& kw = next();
  auto* s = make<Try>(kw);
  s->body = parse_block("'try' statement", kw);
  std::vector<ExceptHandler*> handlers;
  while (at(Tok::KwExcept)) {
    if (!handlers.empty() && !handlers.back()->type) {
      fail_at(handlers.back(), "default 'except:' must be last");
    }
    handlers.push_back(parse_except_handler());
  }
  s->handlers = seq(handlers);
  if (handlers.empty() && !at(Tok::KwFinally)) {
    // At the next statement, or at the end of the try body at the end of file.
    size_t i = pos_;
    while (tokens_[i].kind == Tok::Dedent) ++i;
    size_t end = pos_;
    while (end > 0 && tokens_[end - 1].kind == Tok::Dedent) --end;
    const Token& where = tokens_[i].kind != Tok::EndMarker || end == 0 ? tokens_[i] : tokens_[end - 1];
    fail_at(where, "expected 'except' or 'finally' block");
  }
  if (at(Tok::KwElse)) {
    const Token& else_kw = next();
    s->orelse = parse_block("'else' statement", else_kw);
  }
  if (at(Tok::KwFinally)) {
    const Token& finally_kw = next();
    s->finalbody = parse_block("'finally' statement", finally_kw);
  }
  finish(s);
  return s;
}

// except [type [as name]]: body
ExceptHandler* Parser::parse_except_handler() {
  const Token& kw = next();
  if (at(Tok::Star)) fail_at(peek(), not_supported("'except*'"));
  auto* h = make<ExceptHandler>(kw);
  if (!at(Tok::Colon)) {
    h->type = parse_expression();
    if (at(Tok::Comma)) fail_at(h->type, "multiple exception types must be parenthesized");
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) invalid_syntax();
      const Token& name = next();
      h->name = make<Name>(name);
      h->name->id = ident(name);
      h->name->ctx = Ctx::Store;
    }
  }
  h->body = parse_block("'except' statement", kw);
  finish(h);
  return h;
}

// [async] with item, item: body   or   with (item, item,): body
Stmt* Parser::parse_with(const Token* async_kw) {
  const Token& kw = next();
  auto* s = make<With>(async_kw ? *async_kw : kw);
  if (async_kw) {
    note_async(*async_kw, "'async with'");
    s->is_async = true;
  }
  // A '(' whose matching ')' is followed by ':' encloses the item list.
  bool parenthesized = false;
  if (at(Tok::LPar)) {
    int depth = 0;
    for (size_t i = 0;; ++i) {
      Tok k = kind(i);
      if (k == Tok::EndMarker) break;
      depth += (k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace);
      depth -= (k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace);
      if (depth == 0) {
        parenthesized = kind(i + 1) == Tok::Colon;
        break;
      }
    }
  }
  std::vector<WithItem> items;
  if (parenthesized) next();
  parse_with_items(items, parenthesized);
  if (parenthesized && !accept(Tok::RPar)) invalid_syntax();
  s->items = seq(items);
  s->body = parse_block("'with' statement", kw);
  finish(s);
  return s;
}

void Parser::parse_with_items(std::vector<WithItem>& items, bool parenthesized) {
  do {
    if (parenthesized && at(Tok::RPar) && !items.empty()) break;
    WithItem item{};
    item.context_expr = parse_expression();
    if (accept(Tok::KwAs)) {
      item.optional_vars = parse_star_target();
      set_store(item.optional_vars, false);
    }
    items.push_back(item);
  } while (accept(Tok::Comma));
}

// ('@' expression NEWLINE)+ then a def or class.
Stmt* Parser::parse_decorated() {
  std::vector<Expr*> decorators;
  while (accept(Tok::At)) {
    decorators.push_back(parse_expression());
    check_misused_equal(decorators.back());
    if (!accept(Tok::Newline)) invalid_syntax();
  }
  const Token& t = peek();
  if (at(Tok::KwDef)) return parse_funcdef(t, nullptr, seq(decorators));
  if (at(Tok::KwClass)) return parse_classdef(t, seq(decorators));
  if (at(Tok::KwAsync) && kind(1) == Tok::KwDef) {
    const Token& async_kw = next();
    return parse_funcdef(async_kw, &async_kw, seq(decorators));
  }
  invalid_syntax();
}

// [async] def name(params) [-> annotation]: body
Stmt* Parser::parse_funcdef(const Token& start, const Token* async_kw, Seq<Expr*> decorators) {
  next();  // 'def'
  if (!at(Tok::Name)) invalid_syntax();
  const Token& name = next();
  auto* s = make<FunctionDef>(start);
  s->decorators = decorators;
  s->target = make<Name>(name);
  s->target->id = ident(name);
  s->target->ctx = Ctx::Store;
  Function* fn = new_function(start, ident(name), async_kw != nullptr, false);
  s->fn = fn;
  // Defaults and annotations belong to the enclosing scope: parse them first.
  if (!accept(Tok::LPar)) fail_at(peek(), "expected '('");
  fn->params = parse_parameters(Tok::RPar, true);
  expect(Tok::RPar);
  if (accept(Tok::Arrow)) fn->returns = parse_expression();

  Context outer = std::move(ctx_);
  ctx_ = Context{};
  ctx_.function = fn;
  ctx_.qualname_prefix = std::string(fn->qualname) + ".<locals>.";
  fn->body = parse_block("function definition", start);
  fn->contains_await = ctx_.awaits > 0;
  ctx_ = std::move(outer);
  finish(s);
  return s;
}

// class Name[(bases)]: body
Stmt* Parser::parse_classdef(const Token& start, Seq<Expr*> decorators) {
  next();  // 'class'
  if (!at(Tok::Name)) invalid_syntax();
  const Token& name = next();
  auto* s = make<ClassDef>(start);
  s->name = ident(name);
  s->decorators = decorators;
  s->target = make<Name>(name);
  s->target->id = s->name;
  s->target->ctx = Ctx::Store;
  std::string qualname = ctx_.qualname_prefix + std::string(name.text);
  s->qualname = program_.arena.copy_string(qualname);
  if (at(Tok::LPar)) {
    auto* call = static_cast<Call*>(parse_call(s->target));
    if (!call->keywords.empty()) {
      fail(call->keywords[0].line, call->keywords[0].col,
           not_supported("a class keyword argument (such as metaclass=)"));
    }
    for (Expr* base : call->args) {
      if (as<Starred>(base)) fail_at(base, not_supported("unpacking '*' in class bases"));
    }
    s->bases = call->args;
  }
  Context outer = std::move(ctx_);
  ctx_ = Context{};
  ctx_.qualname_prefix = qualname + ".";
  s->body = parse_block("class definition", start);
  ctx_ = std::move(outer);
  finish(s);
  return s;
}

}  // namespace ls::py
