// The sync statement executor. Each statement charges its virtual CPU time
// and records its line (for tracebacks and the task's position on screen).
#include "python/interpreter.h"

namespace ls::py {

using namespace ast;

Flow Interp::exec_block(const Seq<Stmt*>& body, Frame& f) {
  for (Stmt* s : body) {
    const Flow r = exec(s, f);
    if (r != Flow::Normal) return r;
  }
  return Flow::Normal;
}

void Interp::assign(const Expr* target, Value v, Frame& f) {
  switch (target->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(target);
      if (n->scope == NameScope::Local) f.slots[n->index] = std::move(v);
      else store_name(n, std::move(v), f);
      return;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(target);
      setattr(eval(a->value, f), a->attr.id, std::move(v));
      return;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(target);
      Value obj = eval(s->value, f);
      if (auto* sl = as<Slice>(s->slice)) {
        if (!obj.is(Type::List)) type_error(quoted_type(obj) + " object does not support item assignment");
        auto& items = obj.as<ListObj>()->items;
        SliceBounds b = slice_bounds(sl->lower ? eval(sl->lower, f) : Value(), sl->upper ? eval(sl->upper, f) : Value(),
                                     sl->step ? eval(sl->step, f) : Value(), static_cast<int64_t>(items.size()));
        std::vector<Value> repl = to_vector(v);
        if (b.step != 1) {
          if (static_cast<int64_t>(repl.size()) != b.count)
            value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                        " to extended slice of size " + std::to_string(b.count));
          for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) items[static_cast<size_t>(i)] = repl[static_cast<size_t>(k)];
          return;
        }
        const int64_t stop = std::max(b.start, b.stop);
        items.erase(items.begin() + b.start, items.begin() + stop);
        items.insert(items.begin() + b.start, repl.begin(), repl.end());
        obj.as<ListObj>()->track();
        return;
      }
      store_subscript(obj, eval(s->slice, f), std::move(v));
      return;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      const Seq<Expr*>& elts = target->kind == NodeKind::Tuple ? static_cast<const Tuple*>(target)->elts
                                                               : static_cast<const List*>(target)->elts;
      std::vector<Value> items = to_vector(v);
      int32_t star = -1;
      for (uint32_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == NodeKind::Starred) star = static_cast<int32_t>(i);
      const size_t n = elts.size();
      if (star < 0) {
        if (items.size() > n) value_error("too many values to unpack (expected " + std::to_string(n) + ")");
        if (items.size() < n)
          value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(items.size()) + ")");
        for (size_t i = 0; i < n; ++i) assign(elts[static_cast<uint32_t>(i)], std::move(items[i]), f);
        return;
      }
      const size_t before = static_cast<size_t>(star), after = n - before - 1;
      if (items.size() < before + after)
        value_error("not enough values to unpack (expected at least " + std::to_string(n - 1) + ", got " +
                    std::to_string(items.size()) + ")");
      for (size_t i = 0; i < before; ++i) assign(elts[static_cast<uint32_t>(i)], items[i], f);
      std::vector<Value> middle(items.begin() + static_cast<long>(before), items.end() - static_cast<long>(after));
      assign(static_cast<const Starred*>(elts[static_cast<uint32_t>(star)])->value, new_list(std::move(middle)), f);
      for (size_t i = 0; i < after; ++i) assign(elts[static_cast<uint32_t>(before + 1 + i)], items[items.size() - after + i], f);
      return;
    }
    default: type_error(std::string("cannot assign to ") + node_kind_name(target->kind));
  }
}

void Interp::delete_target(const Expr* t, Frame& f) {
  switch (t->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(t);
      (void)load_name(n, f);  // NameError / UnboundLocalError when not bound
      store_name(n, Value::unbound(), f);
      return;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(t);
      delattr(eval(a->value, f), a->attr.id);
      return;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(t);
      Value obj = eval(s->value, f);
      if (auto* sl = as<Slice>(s->slice)) {
        if (!obj.is(Type::List)) type_error(quoted_type(obj) + " object does not support item deletion");
        auto& items = obj.as<ListObj>()->items;
        SliceBounds b = slice_bounds(sl->lower ? eval(sl->lower, f) : Value(), sl->upper ? eval(sl->upper, f) : Value(),
                                     sl->step ? eval(sl->step, f) : Value(), static_cast<int64_t>(items.size()));
        std::vector<Value> keep;
        for (int64_t i = 0, k = 0; i < static_cast<int64_t>(items.size()); ++i) {
          const bool hit = k < b.count && i == b.start + k * b.step;
          const bool hit_rev = b.step < 0 && b.count > 0 && i <= b.start && i > b.start + b.count * b.step &&
                               (b.start - i) % (-b.step) == 0;
          if (b.step > 0 ? hit : hit_rev) { if (b.step > 0) ++k; continue; }
          keep.push_back(items[static_cast<size_t>(i)]);
        }
        items = std::move(keep);
        return;
      }
      Value key = eval(s->slice, f);
      if (obj.is(Type::List)) {
        auto& items = obj.as<ListObj>()->items;
        items.erase(items.begin() + seq_index(to_index(key), static_cast<int64_t>(items.size()), "list assignment"));
        return;
      }
      if (obj.is(Type::Dict)) {
        if (!obj.as<DictObj>()->erase(key)) raise(make_exception(cls.KeyError, std::vector<Value>{key}));
        return;
      }
      Value r;
      if (obj.is(Type::Instance) && call_method_if(obj, id.delitem, {key}, r)) return;
      type_error(quoted_type(obj) + " object does not support item deletion");
    }
    case NodeKind::Tuple:
      for (Expr* x : static_cast<const Tuple*>(t)->elts) delete_target(x, f);
      return;
    case NodeKind::List:
      for (Expr* x : static_cast<const List*>(t)->elts) delete_target(x, f);
      return;
    default: type_error("cannot delete this target");
  }
}

Value Interp::raise_value(const Raise* r, Frame& f, Value pre) {
  Value exc = pre.is_unbound() ? eval(r->exc, f) : std::move(pre);
  Args none;
  if (exc.is(Type::Class) && exc.as<ClassObj>()->is_exception) exc = instantiate(exc.as<ClassObj>(), none);
  auto* e = as_exception(exc);
  if (!e) type_error("exceptions must derive from BaseException");
  if (r->cause) {
    Value cause = eval(r->cause, f);
    if (cause.is(Type::Class)) cause = instantiate(cause.as<ClassObj>(), none);
    e->cause = cause;
  }
  if (!f.exc.is_none() && !f.exc.same(exc) && e->context.is_none()) e->context = f.exc;
  return exc;
}

Flow Interp::exec_for(const For* s, Frame& f) {
  Value iterable = eval(s->iter, f);
  const Name* simple = as<Name>(s->target);
  if (simple && simple->scope != NameScope::Local) simple = nullptr;
  auto body = [&](Value item) -> int {
    if (simple) f.slots[simple->index] = std::move(item);
    else assign(s->target, std::move(item), f);
    const Flow r = exec_block(s->body, f);
    if (r == Flow::Break) return 1;
    if (r == Flow::Return) return 2;
    return 0;
  };
  if (iterable.is(Type::Range)) {
    // The hottest loop there is: no iterator object, no virtual call.
    auto* r = iterable.as<RangeObj>();
    int64_t cur = r->start;
    const int64_t step = r->step;
    for (int64_t left = r->length(); left > 0; --left, cur += step) {
      const int x = body(Value::integer(cur));
      if (x == 1) return Flow::Normal;
      if (x == 2) return Flow::Return;
    }
  } else {
    Value it = get_iter(iterable);
    Value item;
    while (iter_next(it, item)) {
      const int x = body(std::move(item));
      if (x == 1) return Flow::Normal;
      if (x == 2) return Flow::Return;
    }
  }
  return exec_block(s->orelse, f);
}

Flow Interp::exec_try(const Try* t, Frame& f) {
  Flow flow = Flow::Normal;
  std::exception_ptr pending;
  try {
    std::exception_ptr caught;
    try {
      flow = exec_block(t->body, f);
    } catch (...) {
      caught = std::current_exception();
    }
    if (caught) {
      if (is_abort(caught)) std::rethrow_exception(caught);
      Value exc = exception_value(caught);
      const ExceptHandler* handler = nullptr;
      for (ExceptHandler* h : t->handlers) {
        if (!h->type || exception_matches(exc, eval(h->type, f))) {
          handler = h;
          break;
        }
      }
      if (!handler) std::rethrow_exception(caught);
      if (handler->name) store_name(handler->name, exc, f);
      Value saved = std::move(f.exc);
      f.exc = exc;
      try {
        flow = exec_block(handler->body, f);
      } catch (...) {
        f.exc = std::move(saved);
        if (handler->name) store_name(handler->name, Value::unbound(), f);
        throw;
      }
      f.exc = std::move(saved);
      if (handler->name) store_name(handler->name, Value::unbound(), f);
    } else if (flow == Flow::Normal) {
      flow = exec_block(t->orelse, f);
    }
  } catch (...) {
    pending = std::current_exception();
  }
  if (!t->finalbody.empty()) {
    if (pending && is_abort(pending)) std::rethrow_exception(pending);
    Value ret = f.ret;
    const Flow ff = exec_block(t->finalbody, f);
    if (ff != Flow::Normal) return ff;  // return/break in finally wins
    f.ret = std::move(ret);
  }
  if (pending) std::rethrow_exception(pending);
  return flow;
}

bool Interp::exception_matches(const Value& exc, const Value& spec) {
  if (spec.is(Type::Tuple)) {
    for (const Value& s : spec.as<TupleObj>()->items)
      if (exception_matches(exc, s)) return true;
    return false;
  }
  if (!spec.is(Type::Class) || !spec.as<ClassObj>()->is_exception)
    type_error("catching classes that do not inherit from BaseException is not allowed");
  return isinstance(exc, spec.as<ClassObj>());
}

Flow Interp::exec_with(const With* w, uint32_t item, Frame& f) {
  if (item == w->items.size()) return exec_block(w->body, f);
  const WithItem& wi = w->items[item];
  Value mgr = eval(wi.context_expr, f);
  ClassObj* c = class_of(mgr);
  if (!c->lookup(id.enter) || !c->lookup(id.exit))
    type_error(quoted_type(mgr) + " object does not support the context manager protocol");
  Value entered = call_method(mgr, id.enter, {});
  if (wi.optional_vars) assign(wi.optional_vars, entered, f);
  Flow flow;
  std::exception_ptr caught;
  try {
    flow = exec_with(w, item + 1, f);
  } catch (...) {
    caught = std::current_exception();
  }
  if (caught) {
    if (is_abort(caught)) std::rethrow_exception(caught);
    Value exc = exception_value(caught);
    if (truthy(call_method(mgr, id.exit, {class_value(exc), exc, Value()}))) return Flow::Normal;
    std::rethrow_exception(caught);
  }
  call_method(mgr, id.exit, {Value(), Value(), Value()});
  return flow;
}

Flow Interp::exec(const Stmt* s, Frame& f) {
  count_statement();
  set_line(f, s->line);
  switch (s->kind) {
    case NodeKind::ExprStmt: eval(static_cast<const ExprStmt*>(s)->value, f); return Flow::Normal;
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      Value v = eval(a->value, f);
      if (a->targets.size() == 1) {
        assign(a->targets[0], std::move(v), f);
        return Flow::Normal;
      }
      for (Expr* t : a->targets) assign(t, v, f);
      return Flow::Normal;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      if (auto* n = as<Name>(a->target)) {
        Value cur = load_name(n, f);
        Value rhs = eval(a->value, f);
        if (cur.is_int() && rhs.is_int()) {
          int64_t out;
          if (a->op == BinOpKind::Add && !__builtin_add_overflow(cur.as_int(), rhs.as_int(), &out)) {
            assign(n, Value::integer(out), f);
            return Flow::Normal;
          }
          if (a->op == BinOpKind::Sub && !__builtin_sub_overflow(cur.as_int(), rhs.as_int(), &out)) {
            assign(n, Value::integer(out), f);
            return Flow::Normal;
          }
        }
        store_name(n, inplace_binop(a->op, cur, rhs), f);
        return Flow::Normal;
      }
      if (auto* at = as<Attribute>(a->target)) {
        Value obj = eval(at->value, f);
        Value cur = getattr(obj, at->attr.id);
        setattr(obj, at->attr.id, inplace_binop(a->op, cur, eval(a->value, f)));
        return Flow::Normal;
      }
      auto* sub = static_cast<const Subscript*>(a->target);
      Value obj = eval(sub->value, f);
      Value key = eval(sub->slice, f);
      Value cur = subscript(obj, key);
      store_subscript(obj, key, inplace_binop(a->op, cur, eval(a->value, f)));
      return Flow::Normal;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (!f.func) eval(a->annotation, f);
      if (a->value) assign(a->target, eval(a->value, f), f);
      return Flow::Normal;
    }
    case NodeKind::Return: {
      auto* r = static_cast<const Return*>(s);
      f.ret = r->value ? eval(r->value, f) : Value();
      return Flow::Return;
    }
    case NodeKind::If: {
      auto* i = static_cast<const If*>(s);
      return truthy(eval(i->test, f)) ? exec_block(i->body, f) : exec_block(i->orelse, f);
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      while (truthy(eval(w->test, f))) {
        const Flow r = exec_block(w->body, f);
        if (r == Flow::Break) return Flow::Normal;
        if (r == Flow::Return) return r;
      }
      return exec_block(w->orelse, f);
    }
    case NodeKind::For: return exec_for(static_cast<const For*>(s), f);
    case NodeKind::Pass: return Flow::Normal;
    case NodeKind::Break: return Flow::Break;
    case NodeKind::Continue: return Flow::Continue;
    case NodeKind::FunctionDef: {
      auto* d = static_cast<const FunctionDef*>(s);
      Value fn = make_function(d->fn, f);
      for (uint32_t i = d->decorators.size(); i-- > 0;) fn = call(eval(d->decorators[i], f), {fn});
      store_name(d->target, std::move(fn), f);
      return Flow::Normal;
    }
    case NodeKind::ClassDef: {
      auto* d = static_cast<const ClassDef*>(s);
      std::vector<Value> bases;
      for (Expr* b : d->bases) bases.push_back(eval(b, f));
      Value c = run_class_body(d, f, std::move(bases));
      for (uint32_t i = d->decorators.size(); i-- > 0;) c = call(eval(d->decorators[i], f), {c});
      store_name(d->target, std::move(c), f);
      return Flow::Normal;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      if (!r->exc) {
        if (f.exc.is_none()) raise_error(cls.RuntimeError, "No active exception to reraise");
        raise(f.exc);
      }
      raise(raise_value(r, f));
    }
    case NodeKind::Try: return exec_try(static_cast<const Try*>(s), f);
    case NodeKind::With: return exec_with(static_cast<const With*>(s), 0, f);
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      if (!truthy(eval(a->test, f))) {
        std::vector<Value> args;
        if (a->msg) args.push_back(eval(a->msg, f));
        raise(make_exception(cls.AssertionError, std::move(args)));
      }
      return Flow::Normal;
    }
    case NodeKind::Import: {
      for (const Alias& al : static_cast<const Import*>(s)->names) {
        Value m = import_module(al.name);
        if (al.asname.empty() && al.name.find('.') != std::string_view::npos)
          m = import_module(al.name.substr(0, al.name.find('.')));
        store_name(al.target, m, f);
      }
      return Flow::Normal;
    }
    case NodeKind::ImportFrom: {
      auto* imp = static_cast<const ImportFrom*>(s);
      if (imp->level > 0) raise_error(cls.ImportError, "attempted relative import with no known parent package");
      Value m = import_module(imp->module);
      for (const Alias& al : imp->names) {
        if (al.name == "*") raise_error(cls.ImportError, "'from ... import *' is not supported by Loopscope");
        Value v;
        if (!try_getattr(m, intern(al.name), v))
          raise_error(cls.ImportError, "cannot import name '" + std::string(al.name) + "' from '" +
                                           std::string(imp->module) + "'");
        store_name(al.target, v, f);
      }
      return Flow::Normal;
    }
    case NodeKind::Global:
    case NodeKind::Nonlocal: return Flow::Normal;
    case NodeKind::Delete:
      for (Expr* t : static_cast<const Delete*>(s)->targets) delete_target(t, f);
      return Flow::Normal;
    default: break;
  }
  raise_error(cls.RuntimeError, std::string("cannot execute ") + node_kind_name(s->kind));
}

Value Interp::run_class_body(const ClassDef* cd, Frame& f, std::vector<Value> bases) {
  for (const Value& b : bases) {
    if (!b.is(Type::Class)) type_error("bases must be types");
    const BuiltinType bt = b.as<ClassObj>()->builtin;
    if (bt != BuiltinType::None && bt != BuiltinType::Object && bt != BuiltinType::BaseException)
      type_error("subclassing '" + b.as<ClassObj>()->name + "' is not supported by Loopscope");
  }
  if (bases.empty()) bases.emplace_back(cls.object);
  ClassObj* c = new_class(std::string(cd->name.text), std::move(bases));
  c->qualname = std::string(cd->qualname);
  Value cv(c);
  const uint32_t n = static_cast<uint32_t>(cd->scope.slots.size());
  auto slots = std::make_unique<Value[]>(n);
  for (uint32_t i = 0; i < n; ++i) slots[i] = Value::unbound();
  for (uint32_t cell : cd->scope.cells) slots[cell] = make<CellObj>();
  for (const FreeVar& fv : cd->scope.frees) slots[fv.slot] = f.slots[fv.outer_slot];
  Frame cf;
  cf.slots = slots.get();
  cf.scope = &cd->scope;
  cf.class_body = true;
  cf.depth = f.depth;
  cf.line = cd->line;
  try {
    exec_block(cd->body, cf);
  } catch (...) {
    add_traceback(std::current_exception(), std::string(cd->name.text), cf.line);
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (cd->scope.slots[i].kind == SlotKind::Local && !slots[i].is_unbound())
      c->dict[cd->scope.slots[i].name.id] = slots[i];
  }
  if (cd->scope.class_cell >= 0) slots[static_cast<uint32_t>(cd->scope.class_cell)].as<CellObj>()->v = cv;
  return cv;
}

}  // namespace ls::py
