// Interp setup, the module run, output, and CPU-time accounting.
#include "python/interpreter.h"

#include <ostream>

namespace ls::py {

using namespace ast;

namespace {
thread_local Interp* current = nullptr;
}  // namespace

Interp& interp() { return *current; }
void set_interp(Interp* i) { current = i; }

Value make_asyncio_module(Interp& I);
Value make_time_module(Interp& I);
Value make_random_module(Interp& I);
Value make_requests_module(Interp& I);
Value make_aiohttp_module(Interp& I);
Value make_aiofiles_module(Interp& I);
void setup_io_builtins(Interp& I, std::unordered_map<std::string, Value>& table);
void setup_builtin_functions(Interp& I, std::unordered_map<std::string, Value>& table);

CoroutineObj::~CoroutineObj() {
  if (!started && !native && current) current->warn_never_awaited(name);
}

TaskObj::~TaskObj() {
  if (current) current->forget_task(task.get());
}

Interp::Interp(Program& program, loop::EventLoop& loop, InterpOptions opts, std::ostream& out, std::ostream& err)
    : program_(program), loop_(loop), opts_(opts), out_(out), err_(err), rng_(opts.random_seed) {
  set_interp(this);
  Memory::used = 0;
  const auto names = {"__init__", "__str__", "__repr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
                      "__ge__", "__hash__", "__len__", "__bool__", "__iter__", "__next__", "__aiter__",
                      "__anext__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__call__",
                      "__getitem__", "__setitem__", "__delitem__", "__contains__", "__add__", "__sub__",
                      "__mul__", "__truediv__", "__floordiv__", "__mod__", "__neg__", "__name__",
                      "__qualname__", "__class__", "args", "__doc__", "__module__", "__dict__", "__await__",
                      "__self__", "setter", "__main__"};
  uint32_t* slots[] = {&id.init, &id.str, &id.repr, &id.eq, &id.ne, &id.lt, &id.le, &id.gt, &id.ge, &id.hash,
                       &id.len, &id.bool_, &id.iter, &id.next, &id.aiter, &id.anext, &id.enter, &id.exit,
                       &id.aenter, &id.aexit, &id.call, &id.getitem, &id.setitem, &id.delitem, &id.contains,
                       &id.add, &id.sub, &id.mul, &id.truediv, &id.floordiv, &id.mod, &id.neg, &id.name,
                       &id.qualname, &id.class_, &id.args, &id.doc, &id.module, &id.dict, &id.await_,
                       &id.self, &id.setter, &id.main};
  size_t k = 0;
  for (const char* n : names) *slots[k++] = intern(n);
  setup_builtin_classes();
  setup_exceptions();
  setup_builtin_functions(*this, builtins_by_name_);
  setup_io_builtins(*this, builtins_by_name_);
  builtins_by_name_["__name__"] = new_str("__main__");
  builtins_by_name_["__file__"] = new_str(program_.source.name());
  resolve_builtins();
  mark_awaits();
  if (loop_.tracing()) {
    loc_by_line_.resize(program_.source.line_count() + 2);
    for (uint32_t l = 1; l < loc_by_line_.size(); ++l)
      loc_by_line_[l] = loop_.trace().location(program_.source.name(), static_cast<int>(l));
  }
  deadline_ = std::chrono::steady_clock::now() +
              std::chrono::microseconds(static_cast<int64_t>(opts_.time_limit_s * 1e6));
  // Big int arithmetic runs no statements; let the time limit reach into it.
  BigInt::poll = [] {
    if (current) current->check_time_limit();
  };
  // A failed task nobody awaited is reported with its Python traceback, as
  // asyncio's "Task exception was never retrieved" log shows it.
  loop_.traceback_text = [this](std::exception_ptr e) -> std::string {
    if (is_abort(e)) return {};
    std::string text = format_exception(exception_value(e));
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  };
}

Interp::~Interp() {
  clear();
  loop_.traceback_text = nullptr;
  if (current == this) set_interp(nullptr);
}

void Interp::clear() {
  globals_.clear();
  global_builtin_.clear();
  builtins_.clear();
  consts_.clear();
  modules_.clear();
  builtins_by_name_.clear();
  sleep_builtin = Value();
  // Classes point at each other (bases, methods); drop their dicts so the
  // cycles between classes and their methods let go of loop objects.
  for (Value& v : keep_)
    if (v.is(Type::Class)) v.as<ClassObj>()->dict.clear();
  keep_.clear();
}

uint32_t Interp::intern(std::string_view text) {
  // Symbols keeps views, so a name first seen at run time is copied into
  // interned_ (a deque: copies never move) before the table sees it.
  auto it = runtime_ids_.find(text);
  if (it != runtime_ids_.end()) return it->second;
  std::string_view stable = interned_.emplace_back(text);
  const uint32_t nid = program_.symbols.intern(stable).id;
  runtime_ids_.emplace(stable, nid);
  return nid;
}

void Interp::resolve_builtins() {
  const Module* m = program_.module;
  for (const Ident& b : m->builtins) {
    auto it = builtins_by_name_.find(std::string(b.text));
    builtins_.push_back(it == builtins_by_name_.end() ? Value::unbound() : it->second);
  }
  globals_.assign(m->globals.size(), Value::unbound());
  for (uint32_t i = 0; i < m->globals.size(); ++i) {
    auto it = builtins_by_name_.find(std::string(m->globals[i].text));
    global_builtin_.push_back(it == builtins_by_name_.end() ? Value::unbound() : it->second);
    global_slot_by_id_[m->globals[i].id] = i;
  }
}

// ---- which nodes contain an await --------------------------------------------------

namespace {

struct AwaitMarker {
  std::unordered_set<const void*>& out;

  bool mark(const Expr* e) { return e ? expr(e) : false; }
  bool all(const Seq<Expr*>& xs) {
    bool r = false;
    for (Expr* x : xs) r |= mark(x);
    return r;
  }
  bool block(const Seq<Stmt*>& body) {
    bool r = false;
    for (Stmt* s : body) r |= stmt(s);
    return r;
  }
  void function(const Function* fn) {
    for (Expr* d : fn->params.defaults) mark(d);
    block(fn->body);
  }
  bool joined(const JoinedStr* js) {
    bool r = false;
    for (Expr* p : js->values) {
      if (auto* fv = as<FormattedValue>(p)) {
        bool x = mark(fv->value);
        if (fv->format_spec) x |= joined(fv->format_spec);
        if (x) out.insert(fv);
        r |= x;
      }
    }
    if (r) out.insert(js);
    return r;
  }
  bool expr(const Expr* e) {
    bool r = false;
    switch (e->kind) {
      case NodeKind::JoinedStr: return joined(static_cast<const JoinedStr*>(e));
      case NodeKind::UnaryOp: r = mark(static_cast<const UnaryOp*>(e)->operand); break;
      case NodeKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        r = mark(b->left);
        r |= mark(b->right);
        break;
      }
      case NodeKind::BoolOp: r = all(static_cast<const BoolOp*>(e)->values); break;
      case NodeKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        r = mark(c->left);
        r |= all(c->comparators);
        break;
      }
      case NodeKind::IfExp: {
        auto* x = static_cast<const IfExp*>(e);
        r = mark(x->test);
        r |= mark(x->body);
        r |= mark(x->orelse);
        break;
      }
      case NodeKind::Lambda: function(static_cast<const Lambda*>(e)->fn); return false;
      case NodeKind::Call: {
        auto* c = static_cast<const Call*>(e);
        r = mark(c->func);
        r |= all(c->args);
        for (const Keyword& k : c->keywords) r |= mark(k.value);
        break;
      }
      case NodeKind::Attribute: r = mark(static_cast<const Attribute*>(e)->value); break;
      case NodeKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        r = mark(s->value);
        r |= mark(s->slice);
        break;
      }
      case NodeKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        r = mark(s->lower);
        r |= mark(s->upper);
        r |= mark(s->step);
        break;
      }
      case NodeKind::Starred: r = mark(static_cast<const Starred*>(e)->value); break;
      case NodeKind::List: r = all(static_cast<const List*>(e)->elts); break;
      case NodeKind::Tuple: r = all(static_cast<const Tuple*>(e)->elts); break;
      case NodeKind::Set: r = all(static_cast<const Set*>(e)->elts); break;
      case NodeKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        r = all(d->keys);
        r |= all(d->values);
        break;
      }
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp: {
        auto* c = static_cast<const Comp*>(e);
        for (const Comprehension& g : c->generators) {
          r |= mark(g.iter);
          r |= mark(g.target);
          r |= all(g.ifs);
          r |= g.is_async;
        }
        r |= mark(c->elt);
        r |= mark(c->value);
        r |= c->contains_await;
        break;
      }
      case NodeKind::Await:
        mark(static_cast<const Await*>(e)->value);
        r = true;
        break;
      default: break;
    }
    if (r) out.insert(e);
    return r;
  }
  bool stmt(const Stmt* s) {
    bool r = false;
    switch (s->kind) {
      case NodeKind::FunctionDef: {
        auto* d = static_cast<const FunctionDef*>(s);
        r = all(d->decorators);
        function(d->fn);
        break;
      }
      case NodeKind::ClassDef: {
        auto* d = static_cast<const ClassDef*>(s);
        r = all(d->bases);
        r |= all(d->decorators);
        block(d->body);
        break;
      }
      case NodeKind::Return: r = mark(static_cast<const Return*>(s)->value); break;
      case NodeKind::Delete: r = all(static_cast<const Delete*>(s)->targets); break;
      case NodeKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        r = all(a->targets);
        r |= mark(a->value);
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        r = mark(a->target);
        r |= mark(a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        r = mark(a->target);
        r |= mark(a->value);
        break;
      }
      case NodeKind::For: {
        auto* f = static_cast<const For*>(s);
        r = mark(f->target);
        r |= mark(f->iter);
        r |= block(f->body);
        r |= block(f->orelse);
        r |= f->is_async;
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<const While*>(s);
        r = mark(w->test);
        r |= block(w->body);
        r |= block(w->orelse);
        break;
      }
      case NodeKind::If: {
        auto* i = static_cast<const If*>(s);
        r = mark(i->test);
        r |= block(i->body);
        r |= block(i->orelse);
        break;
      }
      case NodeKind::With: {
        auto* w = static_cast<const With*>(s);
        for (const WithItem& wi : w->items) {
          r |= mark(wi.context_expr);
          r |= mark(wi.optional_vars);
        }
        r |= block(w->body);
        r |= w->is_async;
        break;
      }
      case NodeKind::Raise: {
        auto* x = static_cast<const Raise*>(s);
        r = mark(x->exc);
        r |= mark(x->cause);
        break;
      }
      case NodeKind::Try: {
        auto* t = static_cast<const Try*>(s);
        r = block(t->body);
        for (ExceptHandler* h : t->handlers) {
          bool hr = mark(h->type);
          hr |= block(h->body);
          if (hr) out.insert(h);
          r |= hr;
        }
        r |= block(t->orelse);
        r |= block(t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        r = mark(a->test);
        r |= mark(a->msg);
        break;
      }
      case NodeKind::ExprStmt: r = mark(static_cast<const ExprStmt*>(s)->value); break;
      default: break;
    }
    if (r) out.insert(s);
    return r;
  }
};

}  // namespace

void Interp::mark_awaits() {
  AwaitMarker m{awaits_};
  m.block(program_.module->body);
}

// ---- running the module ----------------------------------------------------------

int Interp::run_module() {
  Frame f;
  f.line = 1;
  depth = 1;
  main_event_emitted();  // the module's first statements get their Line events
  std::exception_ptr ep;
  try {
    exec_block(program_.module->body, f);
  } catch (...) {
    ep = std::current_exception();
  }
  if (main_lane_ && loop_.tracing()) {
    flush_cpu();
    loop_.emit(ep ? trace::EventKind::Failed : trace::EventKind::Done, trace::kLoopTask);
  } else {
    // Without a lane, no Done ends the main thread: its last line is let go of.
    main_line_none();
  }
  if (!ep) {
    flush_output();
    return 0;
  }
  if (is_abort(ep)) std::rethrow_exception(ep);
  try {
    add_traceback(ep, "<module>", f.line);
  } catch (...) {
    ep = std::current_exception();
  }
  Value exc = exception_value(ep);
  if (isinstance(exc, cls.SystemExit)) {
    flush_output();
    auto& args = exc.as<ExceptionObj>()->args.as<TupleObj>()->items;
    if (args.empty() || args[0].is_none()) return 0;
    if (args[0].is_intlike()) return static_cast<int>(args[0].as_int());
    err_ << str(args[0]) << "\n";
    return 1;
  }
  print_exception(exc);
  return 1;
}

void Interp::write(std::string_view s) {
  out_buf_ += s;
  if (loop_.tracing()) {
    flush_cpu();
    loop::TaskBase* t = loop_.current_task();
    // Code without a task inside asyncio.run is a loop callback's: it stands nowhere.
    const trace::LocId loc = t ? t->loc() : main_in_loop_ ? 0 : main_loc();
    loop_.emit(trace::EventKind::Print, t ? t->id() : 0, 0, loop_.text(s), 0, trace::WaitKind::None, loc);
    if (!t) main_event_emitted();
  }
  if (out_buf_.size() > (1 << 16)) flush_output();
}

void Interp::warn_never_awaited(const std::string& coroutine) {
  // Whatever the program printed before the warning comes first, as on a terminal.
  flush_output();
  err_ << file_name() << ":" << last_line_ << ": RuntimeWarning: coroutine '" << coroutine
       << "' was never awaited\n";
  std::string_view src = last_line_ ? source_line(last_line_) : std::string_view();
  while (!src.empty() && (src.front() == ' ' || src.front() == '\t')) src.remove_prefix(1);
  while (!src.empty() && (src.back() == '\n' || src.back() == '\r')) src.remove_suffix(1);
  if (!src.empty()) err_ << "  " << src << "\n";
  err_ << "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
}

void Interp::flush_output() {
  if (out_buf_.empty()) return;
  out_ << out_buf_;
  out_.flush();
  out_buf_.clear();
}

// ---- CPU time ------------------------------------------------------------------------

void Interp::flush_cpu() {
  const uint64_t d = stmts_ - flushed_stmts_;
  if (d) {
    loop_.charge(static_cast<trace::Nanos>(d) * opts_.cpu_ns_per_statement);
    flushed_stmts_ = stmts_;
  }
}

void Interp::abort_run() {
  // Sticky: every task that runs a statement from now on stops too, and the
  // loop stops at the end of this iteration.
  if (!aborted_ && opts_.stop && opts_.stop->load(std::memory_order_relaxed)) {
    abort_msg_ = "the program was stopped before it ended";
    aborted_ = true;
  } else if (!aborted_) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", opts_.time_limit_s);
    abort_msg_ = std::string("time limit of ") + buf + " s exceeded: the program was stopped";
    aborted_ = true;
  }
  loop_.stop();
  throw RunAborted(abort_msg_);
}

void Interp::periodic() {
  check_time_limit();
  if (!in_cpu_block_) {
    if (static_cast<trace::Nanos>(stmts_ - stretch_start_) * opts_.cpu_ns_per_statement < opts_.cpu_block_threshold) return;
    // The clock still stands where the stretch began (nothing flushed it), so
    // the blocking span starts there.
    loop::TaskBase* t = loop_.current_task();
    if (!t) open_main_lane();
    loop_.emit(trace::EventKind::Blocking, t ? t->id() : 0, 0, loop_.text("CPU work"), 0, trace::WaitKind::None,
               t ? t->loc() : main_loc());
    in_cpu_block_ = true;
  }
  flush_cpu();
}

void Interp::before_suspend() {
  flush_cpu();
  if (in_cpu_block_) {
    loop::TaskBase* t = loop_.current_task();
    loop_.emit(trace::EventKind::BlockEnd, t ? t->id() : 0, 0, 0, 0, trace::WaitKind::None, t ? t->loc() : 0);
    in_cpu_block_ = false;
  }
}

void Interp::after_resume(const Frame& f) {
  depth = f.depth;
  stretch_start_ = stmts_;
  task_calls_left_ = kCallSpansPerStretch;
  // A task that mostly waits runs few statements between checks: look at the
  // stop flag on every resume too, so a stopped program ends promptly.
  if (opts_.stop && opts_.stop->load(std::memory_order_relaxed)) abort_run();
}

void Interp::recursion_error() {
  --depth;
  raise_error(cls.RecursionError, "maximum recursion depth exceeded");
}

// ---- modules ----------------------------------------------------------------------------

Value Interp::import_module(std::string_view name) {
  auto it = modules_.find(std::string(name));
  if (it != modules_.end()) return it->second;
  Value m;
  if (name == "asyncio") m = make_asyncio_module(*this);
  else if (name == "time") m = make_time_module(*this);
  else if (name == "random") m = make_random_module(*this);
  else if (name == "requests") m = make_requests_module(*this);
  else if (name == "aiohttp") m = make_aiohttp_module(*this);
  else if (name == "aiofiles") m = make_aiofiles_module(*this);
  else if (const size_t dot = name.rfind('.'); dot != std::string_view::npos) {
    // A submodule (requests.exceptions) is an attribute of its parent module.
    Value parent = import_module(name.substr(0, dot));
    if (!try_getattr(parent, intern(name.substr(dot + 1)), m) || !m.is(Type::Module))
      raise_error(cls.ModuleNotFoundError, "No module named '" + std::string(name) + "'");
  } else raise_error(cls.ModuleNotFoundError, "No module named '" + std::string(name) + "'");
  modules_[std::string(name)] = m;
  return m;
}

Value Interp::module_value(const char* name) { return import_module(name); }

}  // namespace ls::py
