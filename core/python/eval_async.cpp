// The coroutine half of the evaluator. Only statements and expressions that
// contain an await come here (Interp::has_await); everything else inside an
// async function still runs on the sync evaluator.
//
// C++ does not allow co_await inside a catch handler, so every try below
// captures the exception_ptr and acts on it after the handler.
#include "loop/gather.h"
#include "python/interpreter.h"

namespace ls::py {

using namespace ast;
using loop::Task;

namespace {

// Awaits any loop future without knowing its value type (the value is read
// afterwards through the typed wrapper that owns the future).
struct FutureWait {
  loop::FutureBase* fut;
  bool await_ready() const noexcept { return fut->done(); }
  void await_suspend(std::coroutine_handle<> h) {
    loop::TaskBase* task = fut->loop().current_task();
    if (!task) throw loop::LoopMisuseError("a future can only be awaited inside a running task");
    if (static_cast<loop::FutureBase*>(task) == fut) raise_error(interp().cls.RuntimeError, "Task cannot await on itself");
    fut->add_waiter(task);
    task->suspend_on(*fut, h);
  }
  void await_resume() {
    if (loop::TaskBase* t = fut->loop().current_task()) t->throw_if_cancel_requested();
    fut->check_result();
  }
};

// Seconds (int or float) to nanoseconds.
trace::Nanos to_nanos(const Value& v) {
  if (v.is_intlike()) return static_cast<trace::Nanos>(v.as_int()) * trace::kNanosPerSecond;
  if (v.is_float()) return trace::from_seconds(v.as_float());
  type_error(quoted_type(v) + " object cannot be interpreted as a number of seconds");
}

}  // namespace

trace::Nanos seconds_arg(const Value& v) { return to_nanos(v); }

// ---- coroutines and tasks ------------------------------------------------------------

Task<Value> Interp::run_coroutine(Value func, std::unique_ptr<Value[]> slots) {
  FunctionObj* fo = func.as<FunctionObj>();
  const Function* fn = fo->fn;
  if (depth + 1 > opts_.recursion_limit) raise_error(cls.RecursionError, "maximum recursion depth exceeded");
  ++depth;
  Frame fr;
  fr.slots = slots.get();
  fr.func = fo;
  fr.scope = &fn->scope;
  fr.line = fn->line;
  fr.depth = depth;
  loop::TaskBase* task = loop_.current_task();
  const trace::TaskId tid = task ? task->id() : 0;
  // A coroutine run outside every task (no lane to draw it on) has no span.
  const bool tracing = loop_.tracing() && task != nullptr;
  if (tracing) {
    loop_.emit(trace::EventKind::CallEnter, tid, 0, call_name(fo), 0, trace::WaitKind::None, task->loc());
  }
  std::exception_ptr err;
  try {
    if (fn->contains_await) co_await exec_block_async(fn->body, fr);
    else exec_block(fn->body, fr);
  } catch (...) {
    err = std::current_exception();
  }
  if (tracing) loop_.emit(trace::EventKind::CallExit, tid);
  depth = fr.depth - 1;
  if (err) add_traceback(err, std::string(fn->name.text), fr.line);
  co_return std::move(fr.ret);
}

Task<Value> Interp::task_root(Value coro) {
  auto* co = coro.as<CoroutineObj>();
  depth = task_base_depth;
  stretch_start_ = stmts_;
  Value result;
  std::exception_ptr err;
  try {
    result = co_await co->task;
  } catch (...) {
    err = std::current_exception();
  }
  before_suspend();
  if (err) std::rethrow_exception(err);
  co_return result;
}

Value Interp::native_coro(Task<Value> t, std::string name) {
  auto* co = new CoroutineObj(std::move(t), std::move(name));
  co->native = true;
  return Value(co);
}

Value Interp::spawn_task(const Value& coro, std::string name) {
  if (!coro.is(Type::Coroutine)) type_error("a coroutine was expected, got " + repr(coro));
  auto* co = coro.as<CoroutineObj>();
  if (co->started) raise_error(cls.RuntimeError, "cannot reuse already awaited coroutine");
  co->started = true;
  flush_cpu();
  auto ref = loop_.spawn(task_root(coro), std::move(name));
  if (loop_.tracing()) loop_.trace().set_task_label(ref->id(), co->name + "()");
  auto* t = new TaskObj(ref);
  t->coro_name = co->name;
  task_objs_[ref.get()] = t;
  return Value(t);
}

Value Interp::task_value(loop::TaskBase* t) {
  auto it = task_objs_.find(t);
  if (it != task_objs_.end()) return Value(it->second);
  auto* obj = new TaskObj(loop::Ref<loop::TaskState<Value>>(static_cast<loop::TaskState<Value>*>(t)));
  obj->coro_name = "coro";
  task_objs_[t] = obj;
  return Value(obj);
}

Task<Value> Interp::await_value(Value aw, Frame& f) {
  if (aw.is(Type::Coroutine)) {
    auto* co = aw.as<CoroutineObj>();
    if (co->started) raise_error(cls.RuntimeError, "cannot reuse already awaited coroutine");
    co->started = true;
    if (!co->native) co_return co_await co->task;
    before_suspend();
    Value r;
    std::exception_ptr err;
    try {
      r = co_await co->task;
    } catch (...) {
      err = std::current_exception();
    }
    after_resume(f);
    if (err) std::rethrow_exception(err);
    co_return r;
  }
  loop::FutureBase* fut = nullptr;
  if (aw.is(Type::Task)) fut = aw.as<TaskObj>()->task.get();
  else if (aw.is(Type::Future)) fut = aw.as<FutureObj>()->fut.get();
  else if (aw.is(Type::Instance)) {
    Value r;
    if (call_method_if(aw, id.await_, {}, r)) co_return co_await await_value(r, f);
  }
  if (!fut) type_error("object " + type_name(aw) + " can't be used in 'await' expression");
  before_suspend();
  std::exception_ptr err;
  try {
    co_await FutureWait{fut};
  } catch (...) {
    err = std::current_exception();
  }
  after_resume(f);
  if (err) std::rethrow_exception(err);
  if (aw.is(Type::Task)) co_return aw.as<TaskObj>()->task->result();
  auto* fo = aw.as<FutureObj>();
  switch (fo->kind) {
    case FutureObj::Kind::Plain: co_return **static_cast<std::optional<Value>*>(fut->value_slot());
    case FutureObj::Kind::GatherAll: co_return new_list(**static_cast<std::optional<std::vector<Value>>*>(fut->value_slot()));
    case FutureObj::Kind::GatherSettled: {
      auto& outs = **static_cast<std::optional<std::vector<loop::Outcome<Value>>>*>(fut->value_slot());
      std::vector<Value> items;
      for (auto& o : outs) items.push_back(o.error ? exception_value(o.error) : *o.value);
      co_return new_list(std::move(items));
    }
  }
  co_return Value();
}

// ---- expressions ------------------------------------------------------------------------

// `await asyncio.sleep(d)` (or a bare `sleep(d)` bound to it) goes straight to
// the loop's sleep: no coroutine object, no extra frame. True when `a` is such
// an await; d is the delay.
bool Interp::sleep_fast_path(const Await* a, Frame& f, trace::Nanos& d) {
  auto* c = as<Call>(a->value);
  if (!c || !c->simple || !c->keywords.empty() || c->args.size() > 1 || has_await(c)) return false;
  auto* at = as<Attribute>(c->func);
  auto* nm = as<Name>(c->func);
  if (!((at && at->attr.text == "sleep" && as<Name>(at->value)) || (nm && nm->id.text == "sleep"))) return false;
  if (!eval(c->func, f).same(sleep_builtin)) return false;
  d = c->args.empty() ? 0 : to_nanos(eval(c->args[0], f));
  return true;
}

Task<void> Interp::sleep_now(trace::Nanos d, Frame& f) {
  before_suspend();
  std::exception_ptr err;
  try {
    co_await loop_.sleep(d);
  } catch (...) {
    err = std::current_exception();
  }
  after_resume(f);
  if (err) std::rethrow_exception(err);
}

Task<Value> Interp::eval_async(const Expr* e, Frame& f) {
  if (!has_await(e)) co_return eval(e, f);
  switch (e->kind) {
    case NodeKind::Await: {
      auto* a = static_cast<const Await*>(e);
      trace::Nanos d;
      if (sleep_fast_path(a, f, d)) {
        co_await sleep_now(d, f);
        co_return Value();
      }
      Value aw = co_await eval_async(a->value, f);
      co_return co_await await_value(std::move(aw), f);
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      Value l = co_await eval_async(b->left, f);
      Value r = co_await eval_async(b->right, f);
      co_return binop(b->op, l, r);
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      Value v = co_await eval_async(u->operand, f);
      co_return unaryop(u->op, v);
    }
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      Value v = co_await eval_async(b->values[0], f);
      for (uint32_t i = 1; i < b->values.size(); ++i) {
        const bool t = truthy(v);
        if (b->op == BoolOpKind::And ? !t : t) co_return v;
        v = co_await eval_async(b->values[i], f);
      }
      co_return v;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      Value left = co_await eval_async(c->left, f);
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        Value right = co_await eval_async(c->comparators[i], f);
        if (!compare(c->ops[i], left, right)) co_return Value::boolean(false);
        left = std::move(right);
      }
      co_return Value::boolean(true);
    }
    case NodeKind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      Value t = co_await eval_async(x->test, f);
      co_return truthy(t) ? co_await eval_async(x->body, f) : co_await eval_async(x->orelse, f);
    }
    case NodeKind::Call: co_return co_await eval_call_async(static_cast<const Call*>(e), f);
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      Value obj = co_await eval_async(a->value, f);
      co_return getattr(obj, a->attr.id);
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      Value obj = co_await eval_async(s->value, f);
      if (auto* sl = as<Slice>(s->slice)) {
        Value lo = sl->lower ? co_await eval_async(sl->lower, f) : Value();
        Value hi = sl->upper ? co_await eval_async(sl->upper, f) : Value();
        Value st = sl->step ? co_await eval_async(sl->step, f) : Value();
        co_return slice(obj, lo, hi, st);
      }
      Value key = co_await eval_async(s->slice, f);
      co_return subscript(obj, key);
    }
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::Set: {
      std::vector<Value> items;
      for (Expr* x : display_elts(e)) {
        const Starred* st = as<Starred>(x);
        add_display_item(items, x, co_await eval_async(st ? st->value : x, f));
      }
      co_return make_display(e->kind, std::move(items));
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      auto* out = new DictObj();
      Value dv(out);
      for (uint32_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) {
          merge_mapping(out, co_await eval_async(d->values[i], f));
          continue;
        }
        Value k = co_await eval_async(d->keys[i], f);
        Value v = co_await eval_async(d->values[i], f);
        out->set(k, std::move(v));
      }
      co_return dv;
    }
    case NodeKind::JoinedStr: co_return new_str(co_await format_joined_async(static_cast<const JoinedStr*>(e), f));
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: co_return co_await eval_comp_async(static_cast<const Comp*>(e), f);
    default: break;
  }
  raise_error(cls.RuntimeError, std::string("await inside ") + node_kind_name(e->kind) + " is not supported by Loopscope");
}

Task<std::string> Interp::format_joined_async(const JoinedStr* js, Frame& f) {
  std::string out;
  for (Expr* part : js->values) {
    if (auto* c = as<Constant>(part)) {
      out += c->s;
      continue;
    }
    auto* fv = static_cast<const FormattedValue*>(part);
    Value v = co_await eval_async(fv->value, f);
    if (fv->conversion == 'r' || fv->conversion == 'a') v = new_str(repr(v));
    else if (fv->conversion == 's') v = new_str(str(v));
    if (fv->format_spec) {
      std::string spec = co_await format_joined_async(fv->format_spec, f);
      out += format_value(v, spec);
    } else {
      out += v.is(Type::Str) ? v.as<StrObj>()->s : str(v);
    }
  }
  co_return out;
}

Task<Value> Interp::eval_call_async(const Call* c, Frame& f) {
  Value callee, self;
  bool self_needed = false;
  if (auto* attr = as<Attribute>(c->func)) {
    Value obj = co_await eval_async(attr->value, f);
    if (!lookup_method(obj, attr->attr.id, callee, self_needed)) callee = getattr(obj, attr->attr.id);
    if (self_needed) self = std::move(obj);
  } else {
    callee = co_await eval_async(c->func, f);
  }
  std::vector<Value> pos;
  for (Expr* x : c->args) {
    if (auto* st = as<Starred>(x)) {
      std::vector<Value> more = to_vector(co_await eval_async(st->value, f));
      pos.insert(pos.end(), more.begin(), more.end());
    } else {
      pos.push_back(co_await eval_async(x, f));
    }
  }
  std::vector<KwArg> kws;
  for (const Keyword& k : c->keywords) {
    Value v = co_await eval_async(k.value, f);
    if (!k.arg.empty()) {
      kws.push_back({k.arg.id, std::move(v)});
      continue;
    }
    if (!v.is(Type::Dict)) type_error("argument after ** must be a mapping, not " + type_name(v));
    for (auto& en : v.as<DictObj>()->entries)
      if (en.live) kws.push_back({intern(str(en.key)), en.value});
  }
  Args a;
  a.pos = pos.data();
  a.n = static_cast<uint32_t>(pos.size());
  a.kw = kws.data();
  a.nkw = static_cast<uint32_t>(kws.size());
  co_return finish_call(callee, self, self_needed, a, f);
}

Task<bool> Interp::anext(const Value& it, Value& out, Frame& f) {
  Value aw = call_method(it, id.anext, {});
  bool stop = false;
  std::exception_ptr err;
  try {
    out = co_await await_value(std::move(aw), f);
  } catch (const PyException& e) {
    if (isinstance(e.exc, cls.StopAsyncIteration)) stop = true;
    else err = std::current_exception();
  }
  if (err) std::rethrow_exception(err);
  co_return !stop;
}

Task<Value> Interp::eval_comp_async(const Comp* c, Frame& f) {
  const uint32_t n = static_cast<uint32_t>(c->scope.slots.size());
  auto slots = std::make_unique<Value[]>(n);
  for (uint32_t i = 0; i < n; ++i) slots[i] = Value::unbound();
  Value src = co_await eval_async(c->generators[0].iter, f);
  Value first = c->generators[0].is_async ? call_method(src, id.aiter, {}) : get_iter(src);
  for (uint32_t cell : c->scope.cells) slots[cell] = make<CellObj>();
  for (const FreeVar& fv : c->scope.frees) slots[fv.slot] = f.slots[fv.outer_slot];
  Frame cf;
  cf.slots = slots.get();
  cf.func = f.func;
  cf.scope = &c->scope;
  cf.line = f.line;
  cf.depth = f.depth;
  Object* out;
  if (c->kind == NodeKind::DictComp) out = new DictObj();
  else if (c->kind == NodeKind::SetComp) out = new SetObj();
  else out = new ListObj();
  Value result(out);
  co_await comp_loop_async(c, 0, cf, first, out);
  if (c->kind == NodeKind::GeneratorExp) co_return get_iter(result);
  co_return result;
}

Task<void> Interp::comp_loop_async(const Comp* c, uint32_t gi, Frame& cf, Value first, Object* out) {
  const Comprehension& g = c->generators[gi];
  Value it;
  if (gi == 0) it = first;
  else {
    Value src = co_await eval_async(g.iter, cf);
    it = g.is_async ? call_method(src, id.aiter, {}) : get_iter(src);
  }
  Value item;
  for (;;) {
    if (g.is_async) {
      if (!co_await anext(it, item, cf)) break;
    } else if (!iter_next(it, item)) {
      break;
    }
    count_statement();
    assign(g.target, item, cf);
    bool keep = true;
    for (Expr* cond : g.ifs) {
      Value t = co_await eval_async(cond, cf);
      if (!truthy(t)) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    if (gi + 1 < c->generators.size()) {
      co_await comp_loop_async(c, gi + 1, cf, first, out);
    } else if (c->kind == NodeKind::DictComp) {
      Value k = co_await eval_async(c->elt, cf);
      Value v = co_await eval_async(c->value, cf);
      static_cast<DictObj*>(out)->set(k, std::move(v));
    } else if (c->kind == NodeKind::SetComp) {
      static_cast<SetObj*>(out)->add(co_await eval_async(c->elt, cf));
    } else {
      auto* l = static_cast<ListObj*>(out);
      l->items.push_back(co_await eval_async(c->elt, cf));
      l->track();
    }
  }
}

}  // namespace ls::py
