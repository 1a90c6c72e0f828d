// The asyncio module: every function goes through the core event loop, which
// already schedules exactly as CPython 3.11 does; this file only translates
// between Python values and the loop's futures and tasks.
#include "python/interpreter.h"
#include "python/natives.h"

namespace ls::py {

trace::Nanos seconds_arg(const Value& v);
Value make_asyncio_sync(Interp& I, ModuleObj* m);
Value asyncio_wait(Interp& I, Args& a);
Value asyncio_as_completed(Interp& I, Args& a);
Value asyncio_to_thread(Interp& I, Args& a);
Value loop_run_in_executor(Interp& I, Args& a);

namespace {

using loop::Task;

std::optional<trace::Nanos> timeout_arg(const Value* v) {
  if (!v || v->is_none()) return std::nullopt;
  return seconds_arg(*v);
}

Task<Value> sleep_coro(Interp& I, trace::Nanos d, Value result) {
  co_await I.loop().sleep(d);
  co_return result;
}

Value a_sleep(Interp& I, Args& a) {
  check_args(a, "sleep", 1, 2);
  const Value* res = a.n > 1 ? &a[1] : kwarg(I, a, "result");
  return I.native_coro(sleep_coro(I, seconds_arg(a[0]), res ? *res : Value()), "sleep");
}

Value a_run(Interp& I, Args& a) {
  if (a.n < 1) type_error("run() missing 1 required positional argument: 'main'");
  if (I.loop().running()) raise_error(I.cls.RuntimeError, "asyncio.run() cannot be called from a running event loop");
  if (!a[0].is(Type::Coroutine)) value_error("a coroutine was expected, got " + repr(a[0]));
  auto* co = a[0].as<CoroutineObj>();
  if (co->started) raise_error(I.cls.RuntimeError, "cannot reuse already awaited coroutine");
  co->started = true;
  I.task_base_depth = I.depth + 1;
  I.flush_cpu();
  // run_main names its task Task-N for the next N; label that lane now.
  if (I.loop().tracing()) I.loop().trace().set_task_label(static_cast<trace::TaskId>(I.loop().task_count() + 1), co->name + "()");
  const int saved_depth = I.depth;
  // CPython's Runner.close() runs loop.shutdown_asyncgens() and
  // loop.shutdown_default_executor() as two tasks of their own, whatever
  // main did. They print nothing and hold nothing, but they use up two task
  // numbers, which shows in the names of a later asyncio.run's tasks.
  auto shutdown_tasks = [&I] {
    I.loop().next_task_id();
    I.loop().next_task_id();
  };
  Value r;
  I.main_waits_for_loop(true);
  try {
    r = I.loop().run_main(I.task_root(a[0]));
  } catch (...) {
    I.main_waits_for_loop(false);
    I.depth = saved_depth;
    if (I.aborted()) throw RunAborted(I.abort_message());
    shutdown_tasks();
    throw;
  }
  shutdown_tasks();
  I.main_waits_for_loop(false);
  I.depth = saved_depth;
  if (I.aborted()) throw RunAborted(I.abort_message());
  return r;
}

Value a_create_task(Interp& I, Args& a) {
  check_args(a, "create_task", 1, 1);
  const Value* name = kwarg(I, a, "name");
  if (!I.loop().current_task()) raise_error(I.cls.RuntimeError, "no running event loop");
  return I.spawn_task(a[0], name && !name->is_none() ? str(*name) : std::string());
}

Value a_ensure_future(Interp& I, Args& a) {
  check_args(a, "ensure_future", 1, 1);
  if (a[0].is(Type::Task) || a[0].is(Type::Future)) return a[0];
  if (a[0].is(Type::Coroutine)) return I.spawn_task(a[0], {});
  type_error("An asyncio.Future, a coroutine or an awaitable is required");
}

Value a_current_task(Interp& I, Args&) {
  loop::TaskBase* t = I.loop().current_task();
  return t ? I.task_value(t) : Value();
}

Value a_all_tasks(Interp& I, Args&) {
  auto* s = new SetObj();
  Value sv(s);
  for (loop::TaskBase* t : I.loop().pending_tasks()) s->add(I.task_value(t));
  return sv;
}

// The children of gather/wait as loop futures: coroutines become tasks.
loop::Ref<loop::FutureBase> as_future(Interp& I, const Value& v, Value& keep) {
  if (v.is(Type::Coroutine)) keep = I.spawn_task(v, {});
  else keep = v;
  if (keep.is(Type::Task)) return loop::Ref<loop::FutureBase>(keep.as<TaskObj>()->task.get());
  if (keep.is(Type::Future)) return keep.as<FutureObj>()->fut;
  type_error("An asyncio.Future, a coroutine or an awaitable is required");
}

Value a_gather(Interp& I, Args& a) {
  const Value* rx = kwarg(I, a, "return_exceptions");
  const bool settle = rx && truthy(*rx);
  std::vector<loop::Ref<loop::FutureBase>> children;
  std::vector<Value> keep(a.n);
  for (uint32_t i = 0; i < a.n; ++i) children.push_back(as_future(I, a[i], keep[i]));
  auto g = loop::gather_futures<Value>(I.loop(), std::move(children), settle);
  return make<FutureObj>(loop::Ref<loop::FutureBase>(g.get()),
                         settle ? FutureObj::Kind::GatherSettled : FutureObj::Kind::GatherAll);
}

// Awaits a non-task awaitable (a gather) inside a task of its own, so that
// wait_for has a task to cancel.
Task<Value> await_in_task(Interp& I, Value aw) {
  Frame f;
  f.depth = I.depth;
  co_return co_await I.await_value(std::move(aw), f);
}

Task<Value> wait_for_coro(Interp& I, Value aw, std::optional<trace::Nanos> timeout) {
  Value task;
  if (aw.is(Type::Coroutine)) task = I.spawn_task(aw, {});
  else if (aw.is(Type::Task)) task = aw;
  else if (aw.is(Type::Future)) task = I.spawn_task(I.native_coro(await_in_task(I, aw), "wait_for"), {});
  else type_error("An asyncio.Future, a coroutine or an awaitable is required");
  auto ref = task.as<TaskObj>()->task;
  co_return co_await loop::wait_for(I.loop(), ref, timeout);
}

Value a_wait_for(Interp& I, Args& a) {
  check_args(a, "wait_for", 1, 2);
  const Value* t = a.n > 1 ? &a[1] : kwarg(I, a, "timeout");
  if (!t) type_error("wait_for() missing 1 required positional argument: 'timeout'");
  return I.native_coro(wait_for_coro(I, a[0], timeout_arg(t)), "wait_for");
}

// ---- asyncio.timeout -------------------------------------------------------------

Value a_timeout(Interp& I, Args& a) {
  check_args(a, "timeout", 1, 1);
  I.flush_cpu();
  std::optional<trace::Nanos> when;
  if (!a[0].is_none()) when = I.loop().now() + seconds_arg(a[0]);
  return make<TimeoutObj>(I.module_value("asyncio").as<ModuleObj>()->attrs.at(I.intern("Timeout")), I.loop(), when);
}

Task<Value> timeout_enter(Value self) {
  native_as<TimeoutObj>(self, kTimeout)->scope->enter();
  co_return self;
}

Task<Value> timeout_exit(Interp& I, Value self, bool cancelled) {
  if (native_as<TimeoutObj>(self, kTimeout)->scope->exit(cancelled))
    raise(make_exception(I.cls.TimeoutError, std::vector<Value>{}));
  co_return Value();
}

Value t_aenter(Interp& I, Args& a) { return I.native_coro(timeout_enter(*a.self), "Timeout.__aenter__"); }
Value t_aexit(Interp& I, Args& a) {
  const bool cancelled = a.n > 0 && a[0].is(Type::Class) && a[0].as<ClassObj>()->is_subclass_of(I.cls.CancelledError);
  return I.native_coro(timeout_exit(I, *a.self, cancelled), "Timeout.__aexit__");
}
Value t_expired(Interp&, Args& a) { return Value::boolean(native_as<TimeoutObj>(*a.self, kTimeout)->scope->expired()); }

// ---- Task and future methods ----------------------------------------------------------

loop::FutureBase* fut_of(const Value& v) {
  if (v.is(Type::Task)) return v.as<TaskObj>()->task.get();
  return v.as<FutureObj>()->fut.get();
}

Value f_cancel(Interp& I, Args& a) {
  const Value* msg = a.n ? &a[0] : kwarg(I, a, "msg");
  return Value::boolean(fut_of(*a.self)->cancel(msg && !msg->is_none() ? str(*msg) : std::string()));
}
Value f_cancelled(Interp&, Args& a) { return Value::boolean(fut_of(*a.self)->cancelled()); }
Value f_done(Interp&, Args& a) { return Value::boolean(fut_of(*a.self)->done()); }

Value f_result(Interp& I, Args& a) {
  loop::FutureBase* f = fut_of(*a.self);
  if (!f->done()) raise_error(I.cls.InvalidStateError, "Result is not set.");
  f->check_result();
  if (a.self->is(Type::Task)) return a.self->as<TaskObj>()->task->result();
  auto* fo = a.self->as<FutureObj>();
  if (fo->kind == FutureObj::Kind::GatherAll) return new_list(**static_cast<std::optional<std::vector<Value>>*>(f->value_slot()));
  if (fo->kind == FutureObj::Kind::GatherSettled) {
    std::vector<Value> items;
    for (auto& o : **static_cast<std::optional<std::vector<loop::Outcome<Value>>>*>(f->value_slot()))
      items.push_back(o.error ? exception_value(o.error) : *o.value);
    return new_list(std::move(items));
  }
  return **static_cast<std::optional<Value>*>(f->value_slot());
}

Value f_exception(Interp& I, Args& a) {
  loop::FutureBase* f = fut_of(*a.self);
  if (!f->done() && !f->cancelled()) raise_error(I.cls.InvalidStateError, "Exception is not set.");
  std::exception_ptr e = f->exception();
  return e ? exception_value(e) : Value();
}

Value t_get_name(Interp&, Args& a) { return new_str(a.self->as<TaskObj>()->task->name()); }
Value t_set_name(Interp&, Args& a) {
  check_args(a, "set_name", 1, 1);
  a.self->as<TaskObj>()->task->set_name(str(a[0]));
  return Value();
}
Value t_cancelling(Interp&, Args& a) { return Value::integer(a.self->as<TaskObj>()->task->cancelling()); }
Value t_uncancel(Interp&, Args& a) { return Value::integer(a.self->as<TaskObj>()->task->uncancel()); }

// add_done_callback(fn): fn(future) runs through the loop once the future is done.
struct DoneCallback {
  Value fn, fut;
};
void run_done_callback(void* ctx, loop::FutureBase&) {
  std::unique_ptr<DoneCallback> cb(static_cast<DoneCallback*>(ctx));
  Interp& I = interp();
  try {
    I.call(cb->fn, {cb->fut});
  } catch (const RunAborted&) {
    throw;
  } catch (...) {
    I.loop().log_error("Exception in callback " + repr(cb->fn) + "\n" + I.exception_line(exception_value(std::current_exception())));
  }
}
Value f_add_done_callback(Interp&, Args& a) {
  check_args(a, "add_done_callback", 1, 1);
  fut_of(*a.self)->add_done_callback(&run_done_callback, new DoneCallback{a[0], *a.self}, "done callback");
  return Value();
}

// ---- the running loop object (get_running_loop / get_event_loop) --------------------------

Value l_time(Interp& I, Args&) {
  I.flush_cpu();
  return Value::flt(trace::to_seconds(I.loop().now()));
}
Value l_create_task(Interp& I, Args& a) { return a_create_task(I, a); }

Value a_get_running_loop(Interp& I, Args&) {
  if (!I.loop().running()) raise_error(I.cls.RuntimeError, "no running event loop");
  return I.module_value("asyncio").as<ModuleObj>()->attrs.at(I.intern("_loop"));
}

}  // namespace

Value make_asyncio_module(Interp& I) {
  auto* m = new ModuleObj("asyncio");
  Value mv(m);
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry fns[] = {
      {"run", a_run},           {"sleep", a_sleep},           {"gather", a_gather},
      {"create_task", a_create_task}, {"ensure_future", a_ensure_future}, {"current_task", a_current_task},
      {"all_tasks", a_all_tasks}, {"wait_for", a_wait_for},   {"wait", asyncio_wait},
      {"as_completed", asyncio_as_completed}, {"timeout", a_timeout}, {"to_thread", asyncio_to_thread},
      {"get_running_loop", a_get_running_loop}, {"get_event_loop", a_get_running_loop},
  };
  for (const Entry& e : fns) I.set_attr(m, e.name, I.builtin_fn(e.name, e.fn));
  I.sleep_builtin = m->attrs.at(I.intern("sleep"));
  I.set_attr(m, "CancelledError", Value(I.cls.CancelledError));
  I.set_attr(m, "TimeoutError", Value(I.cls.TimeoutError));
  I.set_attr(m, "InvalidStateError", Value(I.cls.InvalidStateError));
  I.set_attr(m, "QueueEmpty", Value(I.cls.QueueEmpty));
  I.set_attr(m, "QueueFull", Value(I.cls.QueueFull));
  I.set_attr(m, "FIRST_COMPLETED", new_str("FIRST_COMPLETED"));
  I.set_attr(m, "FIRST_EXCEPTION", new_str("FIRST_EXCEPTION"));
  I.set_attr(m, "ALL_COMPLETED", new_str("ALL_COMPLETED"));
  I.set_attr(m, "Task", Value(I.cls.task));
  I.set_attr(m, "Future", Value(I.cls.future));
  for (ClassObj* c : {I.cls.task, I.cls.future}) {
    I.add_method(c, "cancel", f_cancel);
    I.add_method(c, "cancelled", f_cancelled);
    I.add_method(c, "done", f_done);
    I.add_method(c, "result", f_result);
    I.add_method(c, "exception", f_exception);
    I.add_method(c, "add_done_callback", f_add_done_callback);
  }
  I.add_method(I.cls.task, "get_name", t_get_name);
  I.add_method(I.cls.task, "set_name", t_set_name);
  I.add_method(I.cls.task, "cancelling", t_cancelling);
  I.add_method(I.cls.task, "uncancel", t_uncancel);
  ClassObj* timeout = I.new_class("Timeout", {Value(I.cls.object)}, BuiltinType::Native);
  I.add_method(timeout, "__aenter__", t_aenter);
  I.add_method(timeout, "__aexit__", t_aexit);
  I.add_method(timeout, "expired", t_expired);
  I.set_attr(m, "Timeout", Value(timeout));
  ClassObj* loop_cls = I.new_class("_UnixSelectorEventLoop", {Value(I.cls.object)}, BuiltinType::Native);
  I.add_method(loop_cls, "time", l_time);
  I.add_method(loop_cls, "create_task", l_create_task);
  I.add_method(loop_cls, "run_in_executor", loop_run_in_executor);
  I.set_attr(m, "_loop", make<NativeObj>(Value(loop_cls), -1));
  make_asyncio_sync(I, m);
  return mv;
}

}  // namespace ls::py
