// Interp: the tree-walking evaluator over the resolved AST.
//
// Sync code is plain C++ recursion over slot-indexed frames. Functions that
// can suspend (Function::contains_await) run as loop::Task<Value> coroutines;
// inside them, only statements and expressions that contain an await take the
// coroutine path (eval_async.cpp), the rest reuse the sync evaluator.
//
// One Interp runs one program on one EventLoop, on one thread. Natives reach
// the running interpreter through interp() (a thread-local), so value
// operations (repr of an instance, == with __eq__) need no extra parameter.
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <iosfwd>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "loop/loop.h"
#include "python/frontend.h"
#include "python/object.h"
#include "python/runtime.h"

namespace ls::net {
class SimNetwork;
class Sandbox;
}  // namespace ls::net

namespace ls::py {

struct InterpOptions {
  trace::Nanos cpu_ns_per_statement = 1000;    // virtual CPU time per statement
  trace::Nanos cpu_block_threshold = 1000000;  // a longer run of statements is "blocking"
  double time_limit_s = 30.0;                  // wall clock
  int recursion_limit = 1000;
  uint64_t random_seed = 20240601;
  // Set from another thread to stop the program (checked with the time limit).
  const std::atomic<bool>* stop = nullptr;
};

// How a statement ended.
enum class Flow : uint8_t { Normal, Break, Continue, Return };

struct Frame {
  Value* slots = nullptr;
  FunctionObj* func = nullptr;  // null at module level and in class bodies
  const ast::Scope* scope = nullptr;
  uint32_t line = 0;
  int depth = 0;
  bool class_body = false;
  Value ret;
  Value exc;  // the exception being handled (for a bare `raise`), else None
};

// Identifier ids of the names the evaluator itself looks for.
struct Ids {
  uint32_t init, str, repr, eq, ne, lt, le, gt, ge, hash, len, bool_, iter, next, aiter,
      anext, enter, exit, aenter, aexit, call, getitem, setitem, delitem, contains, add, sub,
      mul, truediv, floordiv, mod, neg, name, qualname, class_, args, doc, module, dict, await_,
      self, setter, main;
};

// The builtin classes (owned by Interp::keep_).
struct Classes {
  ClassObj *object, *type, *none, *bool_, *int_, *float_, *str, *list, *tuple, *dict, *set,
      *frozenset, *range, *bytes, *function, *method, *builtin, *module, *coroutine, *task,
      *future, *iterator, *cell, *property, *staticmethod, *classmethod, *super, *native,
      *dict_keys, *dict_values, *dict_items;
  // Exceptions.
  ClassObj *BaseException, *Exception, *ArithmeticError, *ZeroDivisionError, *OverflowError,
      *LookupError, *KeyError, *IndexError, *ValueError, *TypeError, *RuntimeError,
      *RecursionError, *NotImplementedError, *AttributeError, *NameError, *UnboundLocalError,
      *StopIteration, *StopAsyncIteration, *MemoryError, *OSError, *PermissionError,
      *FileNotFoundError, *TimeoutError, *AssertionError, *ImportError, *ModuleNotFoundError,
      *KeyboardInterrupt, *SystemExit, *CancelledError, *InvalidStateError, *QueueEmpty,
      *QueueFull, *UnicodeError, *ConnectionError, *GeneratorExit;
};

class Interp {
 public:
  Interp(Program& program, loop::EventLoop& loop, InterpOptions opts, std::ostream& out,
         std::ostream& err);
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  // Runs the module body. Returns the exit code (0, or 1 after printing a
  // traceback); RunAborted escapes for the caller to report.
  int run_module();
  // Drops every value the program created (before the loop goes away).
  void clear();
  void flush_output();

  // ---- names ----------------------------------------------------------------
  uint32_t intern(std::string_view text);
  std::string_view name_of(uint32_t id) const { return program_.symbols.text(id); }
  Ids id{};
  Classes cls{};
  const std::string& file_name() const { return program_.source.name(); }
  std::string_view source_line(uint32_t line) const { return program_.source.line_text(line); }

  // ---- classes and attributes (attrs.cpp) -----------------------------------
  ClassObj* class_of(const Value& v) const;
  Value class_value(const Value& v) const;
  bool isinstance(const Value& v, const ClassObj* c) const { return class_of(v)->is_subclass_of(c); }
  ClassObj* new_class(std::string name, std::vector<Value> bases, BuiltinType bt = BuiltinType::None,
                      NativeFn ctor = nullptr);
  void add_method(ClassObj* c, const char* name, NativeFn fn);
  bool try_getattr(const Value& obj, uint32_t id, Value& out);
  Value getattr(const Value& obj, uint32_t id);
  void setattr(const Value& obj, uint32_t id, Value v);
  void delattr(const Value& obj, uint32_t id);
  // Looks up a method for a call without making a bound method: on success
  // `fn` is the function and `self_needed` says whether to pass obj first.
  bool lookup_method(const Value& obj, uint32_t id, Value& fn, bool& self_needed);
  // Calls obj.name(args...) if the class defines it; false when it does not.
  bool call_method_if(const Value& obj, uint32_t id, std::initializer_list<Value> args, Value& out);
  Value call_method(const Value& obj, uint32_t id, std::initializer_list<Value> args);

  // ---- calls (call.cpp) -----------------------------------------------------
  Value call(const Value& callee, Args& a);
  Value call(const Value& callee, std::initializer_list<Value> args);
  Value call_function(FunctionObj* fn, Args& a, const Value* self);
  Value instantiate(ClassObj* c, Args& a);
  Value make_function(const ast::Function* fn, Frame& f);
  // Fills a fresh frame's slots from the arguments (Python's binding rules).
  void bind_args(FunctionObj* fn, const Value* self, Args& a, Value* slots);
  void setup_cells(const ast::Scope& scope, FunctionObj* fn, Value* slots);

  // ---- evaluation (eval_expr.cpp, eval_stmt.cpp) ----------------------------
  Value eval(const ast::Expr* e, Frame& f);
  Flow exec_block(const ast::Seq<ast::Stmt*>& body, Frame& f);
  Flow exec(const ast::Stmt* s, Frame& f);
  void assign(const ast::Expr* target, Value v, Frame& f);
  Value load_name(const ast::Name* n, Frame& f);
  void store_name(const ast::Name* n, Value v, Frame& f);
  Value eval_call(const ast::Call* c, Frame& f);
  Value eval_comp(const ast::Comp* c, Frame& f);
  // Displays ([a, *b], (a,), {a}, {k: v, **d}): what the plain and the coroutine
  // evaluator share once each has evaluated the parts (it may await in between).
  static const ast::Seq<ast::Expr*>& display_elts(const ast::Expr* list_tuple_or_set);
  void add_display_item(std::vector<Value>& items, const ast::Expr* x, Value v);  // *x unpacks
  static Value make_display(ast::NodeKind kind, std::vector<Value> items);
  void merge_mapping(DictObj* out, const Value& other);  // {**other}
  void comp_loop(const ast::Comp* c, uint32_t gi, Frame& cf, const Value& first, Object* out);
  Value constant(const ast::Constant* c);
  Value slice(const Value& obj, const Value& lower, const Value& upper, const Value& step);
  void delete_target(const ast::Expr* t, Frame& f);
  Value zero_arg_super(Frame& f);
  Flow exec_try(const ast::Try* t, Frame& f);
  Flow exec_with(const ast::With* w, uint32_t item, Frame& f);
  Flow exec_for(const ast::For* s, Frame& f);
  Value raise_value(const ast::Raise* r, Frame& f, Value pre = Value::unbound());
  Value subscript(const Value& obj, const Value& key);
  void store_subscript(const Value& obj, const Value& key, Value v);
  Value make_slice_value(const ast::Slice* s, Frame& f);
  std::string format_joined(const ast::JoinedStr* js, Frame& f);
  Value run_class_body(const ast::ClassDef* cd, Frame& f, std::vector<Value> bases);
  bool exception_matches(const Value& exc, const Value& spec);

  // ---- async evaluation (eval_async.cpp) -----------------------------------
  bool has_await(const void* node) const { return awaits_.count(node) != 0; }
  loop::Task<Value> eval_async(const ast::Expr* e, Frame& f);
  loop::Task<Flow> exec_block_async(ast::Seq<ast::Stmt*> body, Frame& f);
  loop::Task<Flow> exec_async(const ast::Stmt* s, Frame& f);
  loop::Task<Value> await_value(Value aw, Frame& f);
  loop::Task<Value> eval_call_async(const ast::Call* c, Frame& f);
  bool sleep_fast_path(const ast::Await* a, Frame& f, trace::Nanos& d);
  loop::Task<void> sleep_now(trace::Nanos d, Frame& f);
  loop::Task<Value> eval_comp_async(const ast::Comp* c, Frame& f);
  loop::Task<void> comp_loop_async(const ast::Comp* c, uint32_t gi, Frame& cf, Value first, Object* out);
  loop::Task<std::string> format_joined_async(const ast::JoinedStr* js, Frame& f);
  loop::Task<Flow> exec_try_async(const ast::Try* t, Frame& f);
  loop::Task<Flow> exec_with_async(const ast::With* w, uint32_t item, Frame& f);
  loop::Task<Flow> exec_for_async(const ast::For* s, Frame& f);
  // Awaits obj.__anext__(); false at StopAsyncIteration.
  loop::Task<bool> anext(const Value& it, Value& out, Frame& f);
  Value native_coro(loop::Task<Value> t, std::string name);
  Value finish_call(Value& callee, Value& self, bool self_needed, Args& a, Frame& f);
  // The coroutine of an async def call (frame slots already bound).
  loop::Task<Value> run_coroutine(Value func, std::unique_ptr<Value[]> slots);
  // A spawned task's root: runs the coroutine object, accounting CPU time.
  loop::Task<Value> task_root(Value coro);
  Value spawn_task(const Value& coro, std::string name);
  Value task_value(loop::TaskBase* t);
  void forget_task(loop::TaskBase* t) { task_objs_.erase(t); }
  // CPython's RuntimeWarning for a coroutine object dropped without ever being
  // awaited or wrapped in a task: the classic "forgot the await" mistake.
  void warn_never_awaited(const std::string& coroutine);
  // asyncio.run() begins (true) or returns (false): the main thread's lane, if
  // it has one, shows it waiting for the loop meanwhile.
  void main_waits_for_loop(bool waiting);
  // Where code outside every task stands, for its trace events.
  trace::LocId main_loc() const { return last_line_ < loc_by_line_.size() ? loc_by_line_[last_line_] : 0; }

  // ---- iteration (iter.cpp) -------------------------------------------------
  Value get_iter(const Value& v);
  bool iter_next(const Value& it, Value& out);
  // Calls f(item) for each item; f returns false to stop early.
  template <class F>
  void for_each(const Value& iterable, F f);
  std::vector<Value> to_vector(const Value& iterable);
  int64_t len(const Value& v);

  // ---- loop, time and output -------------------------------------------------
  loop::EventLoop& loop() { return loop_; }
  void write(std::string_view s);  // program stdout (buffered) + a Print event
  std::ostream& err() { return err_; }
  // CPU-time accounting: statements since the last flush are charged to the
  // loop's clock; a long stretch without an await is recorded as blocking.
  void count_statement() {
    if ((++stmts_ & 1023) == 0) [[unlikely]] periodic();
  }
  void flush_cpu();
  void before_suspend();  // at every point where the running task may suspend
  void after_resume(const Frame& f);
  void set_line(Frame& f, uint32_t line) {
    f.line = line;
    last_line_ = line;
    if (loop::TaskBase* t = loop_.current_task()) {
      if (line < loc_by_line_.size()) t->set_loc(loc_by_line_[line]);
    } else if (main_lines_left_ != 0 && line != main_line_shown_) [[unlikely]] {
      main_line(line);
    }
  }
  // At most this many Line events of the main thread between two other events
  // of its own (see main_line).
  static constexpr uint32_t kMainLinesPerStretch = 32;
  // Call spans of plain (def) functions: a blocking program's download_file()
  // calls stacked end to end on the main lane, a task's helper under its
  // coroutine. At most this many begin per stretch (between two events of the
  // main thread, or within one step of a task), so a loop calling a function a
  // million times draws a few spans, not a million. True if the call was traced
  // (then sync_call_end must follow, exception or not).
  static constexpr uint32_t kCallSpansPerStretch = 32;
  bool sync_call_begin(FunctionObj* fo);
  void sync_call_end();
  // time.sleep / blocking I/O: holds the loop (or, inside to_thread, the thread lane).
  void block(trace::Nanos d, std::string_view what);
  // The bookends of any call that holds the loop (block() uses them; requests.get,
  // whose length the network works out, calls them around its own block): the
  // CPU work before it is charged, the main thread gets its lane, and after it a
  // new stretch begins. begin_block returns where the caller stands.
  trace::LocId begin_block();
  void end_block();
  // to_thread: functions run on the loop thread; time they block is added here.
  trace::Nanos* thread_time = nullptr;
  // The run's simulated network and sandbox folder (run.cpp sets both; without
  // them requests, aiohttp, aiofiles and open() raise RuntimeError).
  net::SimNetwork* network = nullptr;
  net::Sandbox* sandbox = nullptr;
  const InterpOptions& options() const { return opts_; }
  std::mt19937_64& rng() { return rng_; }
  Value sleep_builtin;  // asyncio.sleep, for the await fast path
  int depth = 0;        // current call depth (per running task, see after_resume)
  int task_base_depth = 1;
  void enter_call() {
    if (++depth > opts_.recursion_limit) [[unlikely]] recursion_error();
  }
  [[noreturn]] void recursion_error();
  uint64_t statements() const { return stmts_; }
  // Statements run inside to_thread belong to the thread lane, not the loop.
  void discount_statements(uint64_t n) { flushed_stmts_ += n; }
  bool aborted() const { return aborted_; }
  // Throws RunAborted once the wall-clock limit has passed (also called from
  // long native work that runs no statements: big int arithmetic, builtins
  // looping over huge ranges).
  void check_time_limit() {
    const bool stopped = opts_.stop && opts_.stop->load(std::memory_order_relaxed);
    if (aborted_ || stopped || std::chrono::steady_clock::now() > deadline_) [[unlikely]] abort_run();
  }
  const std::string& abort_message() const { return abort_msg_; }

  // ---- modules ----------------------------------------------------------------
  Value import_module(std::string_view name);
  Value module_value(const char* name);
  void set_attr(ModuleObj* m, const char* name, Value v) { m->attrs[intern(name)] = std::move(v); }
  Value builtin_fn(const char* name, NativeFn fn) { return make<BuiltinObj>(name, fn); }
  // Remembered so it outlives the run's natives (created once).
  void keep(Value v) { keep_.push_back(std::move(v)); }

  // ---- errors -------------------------------------------------------------------
  void add_traceback(std::exception_ptr e, const std::string& func, uint32_t line);
  void print_exception(const Value& exc);
  std::string format_exception(const Value& exc);  // what print_exception prints
  std::string exception_line(const Value& exc);  // "ValueError: msg"

 private:
  void setup_builtin_classes();
  void setup_exceptions();
  void setup_builtins();
  void resolve_builtins();
  void mark_awaits();
  void periodic();
  void main_line(uint32_t line);
  // The main thread emitted an event of another kind: a new stretch of lines.
  void main_event_emitted() {
    if (loop_.tracing() && !main_in_loop_) {
      main_lines_left_ = kMainLinesPerStretch;
      main_calls_left_ = kCallSpansPerStretch;
    }
  }
  // The main thread gets its lane (it blocked, or ran CPU work): the calls it
  // stands in begin there, at this instant, before the event that made the lane.
  void open_main_lane();
  // The interned "name()" a call span shows for `fo`.
  trace::TextId call_name(FunctionObj* fo);
  // The main thread stands on no line the program shows (it handed over to
  // the loop, or the program ended): a Line event without a location.
  void main_line_none();
  [[noreturn]] void abort_run();
  Value lookup_global_by_name(uint32_t id);

  Program& program_;
  loop::EventLoop& loop_;
  InterpOptions opts_;
  std::ostream& out_;
  std::ostream& err_;
  std::string out_buf_;
  std::deque<std::string> interned_;  // texts of names interned at run time
  std::unordered_map<std::string_view, uint32_t> runtime_ids_;
  std::vector<Value> keep_;
  std::unordered_map<std::string, Value> builtins_by_name_;
  std::unordered_map<std::string, Value> modules_;
  std::vector<Value> globals_;
  std::vector<Value> global_builtin_;  // builtin of the same name as global i
  std::vector<Value> builtins_;        // Module::builtins resolved
  std::unordered_map<uint32_t, uint32_t> global_slot_by_id_;
  std::unordered_set<const void*> awaits_;
  std::unordered_map<const void*, Value> consts_;  // str/bytes constants, made once
  std::vector<trace::LocId> loc_by_line_;
  std::unordered_map<loop::TaskBase*, TaskObj*> task_objs_;
  std::mt19937_64 rng_;

  // CPU accounting.
  uint64_t stmts_ = 0;
  uint32_t last_line_ = 0;  // the line the program last stood on, any frame
  bool main_lane_ = false;  // code outside every task blocked: it gets a lane
  // The main thread's Line events (main_line): how many it may still emit in
  // this stretch (0: none, as when not tracing or inside asyncio.run), and the
  // line the last one showed.
  uint32_t main_lines_left_ = 0;
  uint32_t main_line_shown_ = 0;
  // Call spans (sync_call_begin): what each may still begin, and the main
  // thread's calls begun before it had a lane, to be drawn once it has one.
  uint32_t main_calls_left_ = 0;
  uint32_t task_calls_left_ = 0;
  std::vector<trace::TextId> pending_main_calls_;
  bool main_in_loop_ = false;  // inside asyncio.run: code without a task is the loop's
  uint32_t iter_steps_ = 0;  // iter_next calls, for its time-limit checks
  uint64_t flushed_stmts_ = 0;
  uint64_t stretch_start_ = 0;
  bool in_cpu_block_ = false;
  bool aborted_ = false;
  std::string abort_msg_;
  std::chrono::steady_clock::time_point deadline_;

  friend Value builtin_globals_lookup(Interp&, uint32_t);
};

// The interpreter running on this thread.
Interp& interp();
void set_interp(Interp* i);

// ---- argument helpers for natives ------------------------------------------------
const Value* kwarg(Interp& I, const Args& a, std::string_view name);
void check_args(const Args& a, const char* fname, uint32_t min, uint32_t max);
void no_kwargs(const Args& a, const char* fname);

template <class F>
void Interp::for_each(const Value& iterable, F f) {
  if (iterable.is(Type::List) || iterable.is(Type::Tuple)) {
    auto* s = iterable.as<SeqObj>();
    for (size_t i = 0; i < s->items.size(); ++i) {
      Value v = s->items[i];
      if (!f(v)) return;
    }
    return;
  }
  Value it = get_iter(iterable);
  Value v;
  while (iter_next(it, v))
    if (!f(v)) return;
}

}  // namespace ls::py
