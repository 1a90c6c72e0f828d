// Statements that contain an await (or async for / async with), as coroutines.
#include "python/interpreter.h"

namespace ls::py {

using namespace ast;
using loop::Task;

namespace {

[[noreturn]] void await_in_target() {
  raise_error(interp().cls.RuntimeError, "await inside an assignment target is not supported by Loopscope");
}

}  // namespace

Task<Flow> Interp::exec_block_async(Seq<Stmt*> body, Frame& f) {
  for (Stmt* s : body) {
    const Flow r = has_await(s) ? co_await exec_async(s, f) : exec(s, f);
    if (r != Flow::Normal) co_return r;
  }
  co_return Flow::Normal;
}

Task<Flow> Interp::exec_async(const Stmt* s, Frame& f) {
  count_statement();
  set_line(f, s->line);
  switch (s->kind) {
    case NodeKind::ExprStmt: {
      // `await asyncio.sleep(...)` as a statement: the round-robin hot path.
      const Expr* e = static_cast<const ExprStmt*>(s)->value;
      trace::Nanos d;
      if (auto* a = as<Await>(e); a && sleep_fast_path(a, f, d)) {
        before_suspend();
        std::exception_ptr err;
        try {
          co_await loop_.sleep(d);
        } catch (...) {
          err = std::current_exception();
        }
        after_resume(f);
        if (err) std::rethrow_exception(err);
        co_return Flow::Normal;
      }
      co_await eval_async(e, f);
      co_return Flow::Normal;
    }
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      Value v = co_await eval_async(a->value, f);
      for (Expr* t : a->targets) {
        if (has_await(t)) await_in_target();
        assign(t, v, f);
      }
      co_return Flow::Normal;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      if (has_await(a->target)) await_in_target();
      if (auto* n = as<Name>(a->target)) {
        Value rhs = co_await eval_async(a->value, f);
        store_name(n, inplace_binop(a->op, load_name(n, f), rhs), f);
        co_return Flow::Normal;
      }
      if (auto* at = as<Attribute>(a->target)) {
        Value obj = eval(at->value, f);
        Value rhs = co_await eval_async(a->value, f);
        setattr(obj, at->attr.id, inplace_binop(a->op, getattr(obj, at->attr.id), rhs));
        co_return Flow::Normal;
      }
      auto* sub = static_cast<const Subscript*>(a->target);
      Value obj = eval(sub->value, f);
      Value key = eval(sub->slice, f);
      Value rhs = co_await eval_async(a->value, f);
      store_subscript(obj, key, inplace_binop(a->op, subscript(obj, key), rhs));
      co_return Flow::Normal;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->value) {
        Value v = co_await eval_async(a->value, f);
        if (has_await(a->target)) await_in_target();
        assign(a->target, std::move(v), f);
      }
      co_return Flow::Normal;
    }
    case NodeKind::Return: {
      auto* r = static_cast<const Return*>(s);
      f.ret = co_await eval_async(r->value, f);
      co_return Flow::Return;
    }
    case NodeKind::If: {
      auto* i = static_cast<const If*>(s);
      Value t = co_await eval_async(i->test, f);
      co_return co_await exec_block_async(truthy(t) ? i->body : i->orelse, f);
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      for (;;) {
        Value t = co_await eval_async(w->test, f);
        if (!truthy(t)) break;
        Flow r = Flow::Normal;
        for (Stmt* st : w->body) {
          r = has_await(st) ? co_await exec_async(st, f) : exec(st, f);
          if (r != Flow::Normal) break;
        }
        if (r == Flow::Break) co_return Flow::Normal;
        if (r == Flow::Return) co_return r;
      }
      co_return co_await exec_block_async(w->orelse, f);
    }
    case NodeKind::For: co_return co_await exec_for_async(static_cast<const For*>(s), f);
    case NodeKind::With: co_return co_await exec_with_async(static_cast<const With*>(s), 0, f);
    case NodeKind::Try: co_return co_await exec_try_async(static_cast<const Try*>(s), f);
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      Value exc = co_await eval_async(r->exc, f);
      raise(raise_value(r, f, std::move(exc)));
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      Value t = co_await eval_async(a->test, f);
      if (!truthy(t)) {
        std::vector<Value> args;
        if (a->msg) args.push_back(co_await eval_async(a->msg, f));
        raise(make_exception(cls.AssertionError, std::move(args)));
      }
      co_return Flow::Normal;
    }
    default: break;
  }
  raise_error(cls.RuntimeError, std::string("await inside ") + node_kind_name(s->kind) + " is not supported by Loopscope");
}

Task<Flow> Interp::exec_for_async(const For* s, Frame& f) {
  Value src = co_await eval_async(s->iter, f);
  if (has_await(s->target)) await_in_target();
  Value it = s->is_async ? call_method(src, id.aiter, {}) : get_iter(src);
  Value item;
  for (;;) {
    if (s->is_async) {
      if (!co_await anext(it, item, f)) break;
    } else if (!iter_next(it, item)) {
      break;
    }
    assign(s->target, std::move(item), f);
    // The body's statements run here rather than in exec_block_async: one
    // coroutine frame less per iteration.
    Flow r = Flow::Normal;
    for (Stmt* st : s->body) {
      r = has_await(st) ? co_await exec_async(st, f) : exec(st, f);
      if (r != Flow::Normal) break;
    }
    if (r == Flow::Break) co_return Flow::Normal;
    if (r == Flow::Return) co_return r;
  }
  co_return co_await exec_block_async(s->orelse, f);
}

Task<Flow> Interp::exec_with_async(const With* w, uint32_t item, Frame& f) {
  if (item == w->items.size()) co_return co_await exec_block_async(w->body, f);
  const WithItem& wi = w->items[item];
  Value mgr = co_await eval_async(wi.context_expr, f);
  const uint32_t enter = w->is_async ? id.aenter : id.enter;
  const uint32_t exit = w->is_async ? id.aexit : id.exit;
  ClassObj* c = class_of(mgr);
  if (!c->lookup(enter) || !c->lookup(exit))
    type_error(quoted_type(mgr) + " object does not support the " +
               (w->is_async ? "asynchronous " : "") + "context manager protocol");
  Value entered = call_method(mgr, enter, {});
  if (w->is_async) entered = co_await await_value(std::move(entered), f);
  if (wi.optional_vars) assign(wi.optional_vars, entered, f);
  Flow flow = Flow::Normal;
  std::exception_ptr caught;
  try {
    flow = co_await exec_with_async(w, item + 1, f);
  } catch (...) {
    caught = std::current_exception();
  }
  if (caught) {
    if (is_abort(caught)) std::rethrow_exception(caught);
    Value exc = exception_value(caught);
    Value r = call_method(mgr, exit, {class_value(exc), exc, Value()});
    if (w->is_async) r = co_await await_value(std::move(r), f);
    if (truthy(r)) co_return Flow::Normal;
    std::rethrow_exception(caught);
  }
  Value r = call_method(mgr, exit, {Value(), Value(), Value()});
  if (w->is_async) co_await await_value(std::move(r), f);
  co_return flow;
}

Task<Flow> Interp::exec_try_async(const Try* t, Frame& f) {
  Flow flow = Flow::Normal;
  std::exception_ptr pending, caught;
  try {
    flow = co_await exec_block_async(t->body, f);
  } catch (...) {
    caught = std::current_exception();
  }
  if (caught) {
    if (is_abort(caught)) std::rethrow_exception(caught);
    Value exc = exception_value(caught);
    const ExceptHandler* handler = nullptr;
    for (ExceptHandler* h : t->handlers) {
      if (!h->type) {
        handler = h;
        break;
      }
      Value spec = co_await eval_async(h->type, f);
      if (exception_matches(exc, spec)) {
        handler = h;
        break;
      }
    }
    if (!handler) {
      pending = caught;
    } else {
      if (handler->name) store_name(handler->name, exc, f);
      Value saved = std::move(f.exc);
      f.exc = exc;
      try {
        flow = co_await exec_block_async(handler->body, f);
      } catch (...) {
        pending = std::current_exception();
      }
      f.exc = std::move(saved);
      if (handler->name) store_name(handler->name, Value::unbound(), f);
    }
  } else if (flow == Flow::Normal && !t->orelse.empty()) {
    try {
      flow = co_await exec_block_async(t->orelse, f);
    } catch (...) {
      pending = std::current_exception();
    }
  }
  if (!t->finalbody.empty()) {
    if (pending && is_abort(pending)) std::rethrow_exception(pending);
    Value ret = f.ret;
    const Flow ff = co_await exec_block_async(t->finalbody, f);
    if (ff != Flow::Normal) co_return ff;
    f.ret = std::move(ret);
  }
  if (pending) std::rethrow_exception(pending);
  co_return flow;
}

}  // namespace ls::py
