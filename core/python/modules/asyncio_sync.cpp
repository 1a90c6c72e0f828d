// asyncio's synchronisation objects (Event, Lock, Semaphore, Queue) and the
// functions that wait on several futures (wait, as_completed) or on a thread
// (to_thread, run_in_executor).
#include "python/interpreter.h"
#include "python/natives.h"

namespace ls::py {

trace::Nanos seconds_arg(const Value& v);

namespace {

using loop::Task;

ClassObj* native_class(Interp& I, ModuleObj* m, const char* name) {
  ClassObj* c = I.new_class(name, {Value(I.cls.object)}, BuiltinType::Native);
  I.set_attr(m, name, Value(c));
  return c;
}

// ---- Event -----------------------------------------------------------------------------
EventObj* ev(Args& a) { return a.self->as<EventObj>(); }
Value c_event(Interp& I, Args& a) { return make<EventObj>(*a.self, I.loop()); }
Value e_set(Interp&, Args& a) { ev(a)->event.set(); return Value(); }
Value e_clear(Interp&, Args& a) { ev(a)->event.clear(); return Value(); }
Value e_is_set(Interp&, Args& a) { return Value::boolean(ev(a)->event.is_set()); }
Task<Value> event_wait(Value self) { co_return Value::boolean(co_await self.as<EventObj>()->event.wait()); }
Value e_wait(Interp& I, Args& a) { return I.native_coro(event_wait(*a.self), "Event.wait"); }

// ---- Lock --------------------------------------------------------------------------------
Value c_lock(Interp& I, Args& a) { return make<LockObj>(*a.self, I.loop()); }
Task<Value> lock_acquire(Value self) { co_return Value::boolean(co_await self.as<LockObj>()->lock.acquire()); }
Task<Value> lock_enter(Value self) {
  co_await self.as<LockObj>()->lock.acquire();
  co_return Value();
}
Task<Value> lock_exit(Value self) {
  self.as<LockObj>()->lock.release();
  co_return Value();
}
Value k_acquire(Interp& I, Args& a) { return I.native_coro(lock_acquire(*a.self), "Lock.acquire"); }
Value k_release(Interp&, Args& a) { a.self->as<LockObj>()->lock.release(); return Value(); }
Value k_locked(Interp&, Args& a) { return Value::boolean(a.self->as<LockObj>()->lock.locked()); }
Value k_aenter(Interp& I, Args& a) { return I.native_coro(lock_enter(*a.self), "Lock.__aenter__"); }
Value k_aexit(Interp& I, Args& a) { return I.native_coro(lock_exit(*a.self), "Lock.__aexit__"); }

// ---- Semaphore ---------------------------------------------------------------------------
Value make_sem(Interp& I, Args& a, bool bounded) {
  const Value* v = a.n ? &a[0] : kwarg(I, a, "value");
  const int64_t n = v ? to_index(*v) : 1;
  if (n < 0) value_error("Semaphore initial value must be >= 0");
  return make<SemaphoreObj>(*a.self, I.loop(), static_cast<int>(n), bounded);
}
Value c_semaphore(Interp& I, Args& a) { return make_sem(I, a, false); }
Value c_bounded(Interp& I, Args& a) { return make_sem(I, a, true); }
void sem_release(Interp&, SemaphoreObj* s) {
  if (s->bounded && s->sem.value() >= s->bound) value_error("BoundedSemaphore released too many times");
  s->sem.release();
}
Task<Value> sem_acquire(Value self) { co_return Value::boolean(co_await self.as<SemaphoreObj>()->sem.acquire()); }
Task<Value> sem_enter(Value self) {
  co_await self.as<SemaphoreObj>()->sem.acquire();
  co_return Value();
}
Task<Value> sem_exit(Interp& I, Value self) {
  sem_release(I, self.as<SemaphoreObj>());
  co_return Value();
}
Value s_acquire(Interp& I, Args& a) { return I.native_coro(sem_acquire(*a.self), "Semaphore.acquire"); }
Value s_release(Interp& I, Args& a) { sem_release(I, a.self->as<SemaphoreObj>()); return Value(); }
Value s_locked(Interp&, Args& a) { return Value::boolean(a.self->as<SemaphoreObj>()->sem.locked()); }
Value s_aenter(Interp& I, Args& a) { return I.native_coro(sem_enter(*a.self), "Semaphore.__aenter__"); }
Value s_aexit(Interp& I, Args& a) { return I.native_coro(sem_exit(I, *a.self), "Semaphore.__aexit__"); }

// ---- Queue -------------------------------------------------------------------------------
QueueObj* qu(const Value& v) { return v.as<QueueObj>(); }
Value c_queue(Interp& I, Args& a) {
  const Value* m = a.n ? &a[0] : kwarg(I, a, "maxsize");
  const int64_t n = m ? to_index(*m) : 0;
  return make<QueueObj>(*a.self, I.loop(), static_cast<std::size_t>(n < 0 ? 0 : n));
}
Task<Value> queue_put(Value self, Value item) {
  co_await qu(self)->queue.put(std::move(item));
  co_return Value();
}
Task<Value> queue_get(Value self) { co_return co_await qu(self)->queue.get(); }
Task<Value> queue_join(Value self) {
  co_await qu(self)->queue.join();
  co_return Value();
}
Value q_put(Interp& I, Args& a) { check_args(a, "put", 1, 1); return I.native_coro(queue_put(*a.self, a[0]), "Queue.put"); }
Value q_get(Interp& I, Args& a) { return I.native_coro(queue_get(*a.self), "Queue.get"); }
Value q_join(Interp& I, Args& a) { return I.native_coro(queue_join(*a.self), "Queue.join"); }
Value q_put_nowait(Interp&, Args& a) { check_args(a, "put_nowait", 1, 1); qu(*a.self)->queue.put_nowait(a[0]); return Value(); }
Value q_get_nowait(Interp&, Args& a) { return qu(*a.self)->queue.get_nowait(); }
Value q_task_done(Interp&, Args& a) { qu(*a.self)->queue.task_done(); return Value(); }
Value q_qsize(Interp&, Args& a) { return Value::integer(static_cast<int64_t>(qu(*a.self)->queue.qsize())); }
Value q_empty(Interp&, Args& a) { return Value::boolean(qu(*a.self)->queue.empty()); }
Value q_full(Interp&, Args& a) { return Value::boolean(qu(*a.self)->queue.full()); }
Value q_maxsize(Interp&, Args& a) { return Value::integer(static_cast<int64_t>(qu(*a.self)->queue.maxsize())); }

// ---- wait / as_completed --------------------------------------------------------------------

// asyncio.tasks._wait: a waiter future completed by the children's done
// callbacks (or the timeout); then split the children into done and pending.
struct WaitState final : loop::RefCounted {
  loop::Ref<loop::Future<Value>> waiter;
  std::size_t counter = 0;
  int when = 0;  // 0 all, 1 first completed, 2 first exception
  loop::TimerId timer;
  loop::EventLoop* loop = nullptr;
  static void on_done(void* self, loop::FutureBase& f) {
    auto* s = static_cast<WaitState*>(self);
    --s->counter;
    if (s->counter == 0 || s->when == 1 || (s->when == 2 && !f.cancelled() && f.failed())) {
      if (s->timer.valid() && s->loop->cancel_timer(s->timer)) s->release();
      s->timer = loop::TimerId{};
      if (!s->waiter->done()) s->waiter->set_result(Value());
    }
    s->release();
  }
  static void on_timeout(void* self) {
    auto* s = static_cast<WaitState*>(self);
    s->timer = loop::TimerId{};
    if (!s->waiter->done()) s->waiter->set_result(Value());
    s->release();
  }
};

std::vector<Value> ensure_futures(Interp& I, const Value& aws) {
  std::vector<Value> out;
  I.for_each(aws, [&](const Value& v) {
    Value t = v.is(Type::Coroutine) ? I.spawn_task(v, {}) : v;
    if (!t.is(Type::Task) && !t.is(Type::Future)) type_error("An asyncio.Future, a coroutine or an awaitable is required");
    for (const Value& o : out)
      if (o.same(t)) return true;
    out.push_back(t);
    return true;
  });
  return out;
}

loop::FutureBase* base_of(const Value& v) {
  return v.is(Type::Task) ? static_cast<loop::FutureBase*>(v.as<TaskObj>()->task.get()) : v.as<FutureObj>()->fut.get();
}

Task<Value> wait_coro(Interp& I, std::vector<Value> fs, std::optional<trace::Nanos> timeout, int when) {
  loop::Ref<WaitState> st(new WaitState());
  st->loop = &I.loop();
  st->waiter = loop::make_future<Value>(I.loop());
  st->waiter->set_wait_text("asyncio.wait");
  st->counter = fs.size();
  st->when = when;
  if (timeout) {
    st->add_ref();
    st->timer = I.loop().call_later(*timeout, &WaitState::on_timeout, st.get(), "wait timeout");
  }
  for (const Value& f : fs) {
    st->add_ref();
    base_of(f)->add_done_callback(&WaitState::on_done, st.get(), "wait: child done");
  }
  std::exception_ptr err;
  try {
    co_await st->waiter;
  } catch (...) {
    err = std::current_exception();
  }
  if (st->timer.valid() && I.loop().cancel_timer(st->timer)) st->release();
  st->timer = loop::TimerId{};
  for (const Value& f : fs)
    for (int n = base_of(f)->remove_done_callback(&WaitState::on_done, st.get()); n > 0; --n) st->release();
  if (err) std::rethrow_exception(err);
  auto* done = new SetObj();
  auto* pending = new SetObj();
  Value dv(done), pv(pending);
  for (const Value& f : fs) (base_of(f)->done() ? done : pending)->add(f);
  co_return new_tuple({dv, pv});
}

struct AsCompletedState final : loop::RefCounted {
  explicit AsCompletedState(loop::EventLoop& l) : done(l) {}
  loop::Queue<Value> done;
  std::vector<Value> todo;
  loop::TimerId timer;
  loop::EventLoop* loop = nullptr;
  static void on_done(void* self, loop::FutureBase& f) {
    auto* s = static_cast<AsCompletedState*>(self);
    for (auto it = s->todo.begin(); it != s->todo.end(); ++it) {
      if (base_of(*it) == &f) {
        s->done.put_nowait(*it);
        s->todo.erase(it);
        break;
      }
    }
    if (s->todo.empty() && s->timer.valid() && s->loop->cancel_timer(s->timer)) s->release();
    s->release();
  }
  static void on_timeout(void* self) {
    auto* s = static_cast<AsCompletedState*>(self);
    s->timer = loop::TimerId{};
    for (const Value& f : s->todo)
      for (int n = base_of(f)->remove_done_callback(&on_done, s); n > 0; --n) s->release();
    s->done.put_nowait(Value());
    s->todo.clear();
    s->release();
  }
};

Task<Value> wait_for_one(Interp& I, loop::Ref<AsCompletedState> st) {
  Value f = co_await st->done.get();
  if (f.is_none()) raise(make_exception(I.cls.TimeoutError, std::vector<Value>{}));
  Args none;
  none.self = &f;
  Value fn = I.getattr(f, I.intern("result"));
  co_return I.call(fn, none);
}

struct AsCompletedIter final : IteratorObj {
  AsCompletedIter(Value a, std::optional<trace::Nanos> t) : aws(std::move(a)), timeout(t) {}
  bool next(Interp& I, Value& out) override {
    if (!started) {
      // A generator in CPython: the set-up runs at the first next().
      started = true;
      st = loop::Ref<AsCompletedState>(new AsCompletedState(I.loop()));
      st->loop = &I.loop();
      st->todo = ensure_futures(I, aws);
      left = st->todo.size();
      for (const Value& f : st->todo) {
        st->add_ref();
        base_of(f)->add_done_callback(&AsCompletedState::on_done, st.get(), "as_completed: done");
      }
      if (!st->todo.empty() && timeout) {
        st->add_ref();
        st->timer = I.loop().call_later(*timeout, &AsCompletedState::on_timeout, st.get(), "as_completed timeout");
      }
    }
    if (left == 0) return false;
    --left;
    out = I.native_coro(wait_for_one(I, st), "_wait_for_one");
    return true;
  }
  Value aws;
  std::optional<trace::Nanos> timeout;
  loop::Ref<AsCompletedState> st;
  std::size_t left = 0;
  bool started = false;
};

// ---- to_thread ------------------------------------------------------------------------------

// The function runs at once on the loop thread, but whatever it blocks on
// (time.sleep, its own statements' CPU time) is added to a simulated thread
// lane instead of holding the loop; the awaiting task then waits that long on
// a timer, as it would wait for a real worker thread. Prints inside the
// function therefore appear when it starts rather than spread over its run.
struct ThreadDone {
  loop::Future<Value>* fut;
  trace::TaskId owner;
  uint32_t lane;
  Value result;
  std::exception_ptr error;
};
void finish_thread(void* ctx) {
  std::unique_ptr<ThreadDone> d(static_cast<ThreadDone*>(ctx));
  Interp& I = interp();
  I.loop().emit(trace::EventKind::ThreadEnd, d->owner, d->lane);
  if (!d->fut->done()) {
    if (d->error) d->fut->set_exception(d->error);
    else d->fut->set_result(std::move(d->result));
  }
  d->fut->release();
}

uint32_t next_lane = 0;

Task<Value> thread_coro(Interp& I, Value fn, std::vector<Value> args, std::vector<KwArg> kws, std::string label) {
  loop::TaskBase* cur = I.loop().current_task();
  const trace::TaskId owner = cur ? cur->id() : 0;
  const uint32_t lane = ++next_lane;
  I.flush_cpu();
  I.loop().emit(trace::EventKind::ThreadStart, owner, lane, I.loop().text(label));
  trace::Nanos spent = 0;
  trace::Nanos* saved = I.thread_time;
  I.thread_time = &spent;
  const uint64_t before = I.statements();
  auto done = std::make_unique<ThreadDone>();
  try {
    Args a;
    a.pos = args.data();
    a.n = static_cast<uint32_t>(args.size());
    a.kw = kws.data();
    a.nkw = static_cast<uint32_t>(kws.size());
    done->result = I.call(fn, a);
  } catch (const RunAborted&) {
    I.thread_time = saved;
    throw;
  } catch (...) {
    done->error = std::current_exception();
  }
  I.thread_time = saved;
  const uint64_t ran = I.statements() - before;
  I.discount_statements(ran);
  spent += static_cast<trace::Nanos>(ran) * I.options().cpu_ns_per_statement;
  auto fut = loop::make_future<Value>(I.loop(), trace::WaitKind::Thread);
  fut->set_wait_text(label);
  fut->add_ref();
  done->fut = fut.get();
  done->owner = owner;
  done->lane = lane;
  I.loop().call_later(spent, &finish_thread, done.release(), "thread done");
  co_return co_await fut;
}

}  // namespace

Value asyncio_to_thread(Interp& I, Args& a) {
  if (a.n < 1) type_error("to_thread() missing 1 required positional argument: 'func'");
  std::vector<Value> args(a.pos + 1, a.pos + a.n);
  std::vector<KwArg> kws(a.kw, a.kw + a.nkw);
  Value name;
  std::string label = "to_thread";
  if (I.try_getattr(a[0], I.id.name, name) && as_str(name)) label = as_str(name)->s + "()";
  return I.native_coro(thread_coro(I, a[0], std::move(args), std::move(kws), label), "to_thread");
}

// loop.run_in_executor(executor, fn, *args): the same simulated thread, as a
// future that starts right away.
Value loop_run_in_executor(Interp& I, Args& a) {
  if (a.n < 2) type_error("run_in_executor() missing 1 required positional argument: 'func'");
  Args rest;
  rest.pos = a.pos + 1;
  rest.n = a.n - 1;
  return I.spawn_task(asyncio_to_thread(I, rest), {});
}

Value asyncio_wait(Interp& I, Args& a) {
  check_args(a, "wait", 1, 1);
  std::vector<Value> fs = ensure_futures(I, a[0]);
  if (fs.empty()) value_error("Set of Tasks/Futures is empty.");
  const Value* t = kwarg(I, a, "timeout");
  const Value* rw = kwarg(I, a, "return_when");
  int when = 0;
  if (rw) {
    const std::string w = str(*rw);
    if (w == "FIRST_COMPLETED") when = 1;
    else if (w == "FIRST_EXCEPTION") when = 2;
    else if (w != "ALL_COMPLETED") value_error("Invalid return_when value: " + w);
  }
  std::optional<trace::Nanos> timeout;
  if (t && !t->is_none()) timeout = seconds_arg(*t);
  return I.native_coro(wait_coro(I, std::move(fs), timeout, when), "wait");
}

Value asyncio_as_completed(Interp& I, Args& a) {
  check_args(a, "as_completed", 1, 1);
  const Value* t = kwarg(I, a, "timeout");
  std::optional<trace::Nanos> timeout;
  if (t && !t->is_none()) timeout = seconds_arg(*t);
  return make<AsCompletedIter>(a[0], timeout);
}

Value make_asyncio_sync(Interp& I, ModuleObj* m) {
  ClassObj* event = native_class(I, m, "Event");
  event->ctor = c_event;
  I.add_method(event, "set", e_set);
  I.add_method(event, "clear", e_clear);
  I.add_method(event, "is_set", e_is_set);
  I.add_method(event, "wait", e_wait);
  ClassObj* lock = native_class(I, m, "Lock");
  lock->ctor = c_lock;
  I.add_method(lock, "acquire", k_acquire);
  I.add_method(lock, "release", k_release);
  I.add_method(lock, "locked", k_locked);
  I.add_method(lock, "__aenter__", k_aenter);
  I.add_method(lock, "__aexit__", k_aexit);
  for (auto [name, ctor] : {std::pair<const char*, NativeFn>{"Semaphore", c_semaphore}, std::pair<const char*, NativeFn>{"BoundedSemaphore", c_bounded}}) {
    ClassObj* sem = native_class(I, m, name);
    sem->ctor = ctor;
    I.add_method(sem, "acquire", s_acquire);
    I.add_method(sem, "release", s_release);
    I.add_method(sem, "locked", s_locked);
    I.add_method(sem, "__aenter__", s_aenter);
    I.add_method(sem, "__aexit__", s_aexit);
  }
  ClassObj* queue = native_class(I, m, "Queue");
  queue->ctor = c_queue;
  const std::pair<const char*, NativeFn> qm[] = {
      {"put", q_put}, {"get", q_get}, {"join", q_join}, {"put_nowait", q_put_nowait}, {"get_nowait", q_get_nowait},
      {"task_done", q_task_done}, {"qsize", q_qsize}, {"empty", q_empty}, {"full", q_full}};
  for (auto& [n, fn] : qm) I.add_method(queue, n, fn);
  queue->dict[I.intern("maxsize")] = make<PropertyObj>(make<BuiltinObj>("maxsize", q_maxsize, true), PropertyObj::Kind::Property);
  return Value();
}

}  // namespace ls::py
