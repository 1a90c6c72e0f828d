// The heap objects behind Value: one struct per Python type the subset has.
// Fields are public; behaviour (operators, methods) lives in the .cpp files
// that own each concern (value.cpp, containers.cpp, interpreter.cpp, ...).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "loop/loop.h"
#include "python/ast.h"
#include "python/bigint.h"
#include "python/value.h"

namespace ls::py {

class Interp;
struct ClassObj;

// ---- memory cap --------------------------------------------------------------
// Bytes held by strings and containers, roughly; past the limit the program
// gets MemoryError instead of taking the machine down. One run at a time per
// thread uses it (the run resets it).
struct Memory {
  // Per thread: each run has a thread of its own (run.cpp), and the app runs
  // several programs at once.
  static inline thread_local int64_t used = 0;
  static inline thread_local int64_t limit = int64_t{1} << 30;
};
[[noreturn]] void raise_memory_error();
inline void mem_add(int64_t n) {
  Memory::used += n;
  if (Memory::used > Memory::limit) [[unlikely]] {
    Memory::used -= n;
    raise_memory_error();
  }
}
inline void mem_sub(int64_t n) { Memory::used -= n; }

// ---- strings and bytes -------------------------------------------------------

struct StrObj final : Object {
  explicit StrObj(std::string v) : Object(Type::Str), s(std::move(v)) { mem_add(static_cast<int64_t>(s.size())); }
  ~StrObj() override { mem_sub(static_cast<int64_t>(s.size())); }
  std::string s;       // UTF-8
  int64_t cp_len = -1; // length in code points, computed on first use
  uint64_t hash = 0;   // 0: not computed yet
  int64_t length();    // code points
  bool ascii() { return length() == static_cast<int64_t>(s.size()); }
};

struct BytesObj final : Object {
  explicit BytesObj(std::string v) : Object(Type::Bytes), s(std::move(v)) { mem_add(static_cast<int64_t>(s.size())); }
  ~BytesObj() override { mem_sub(static_cast<int64_t>(s.size())); }
  std::string s;
};

// ---- big ints ----------------------------------------------------------------

// An int that does not fit in int64. Never holds one that does: results are
// demoted to Value::integer (int_value), so int == BigInt is always false.
struct BigIntObj final : Object {
  explicit BigIntObj(BigInt b) : Object(Type::BigInt), v(std::move(b)) { mem_add(bytes()); }
  ~BigIntObj() override { mem_sub(bytes()); }
  int64_t bytes() const { return static_cast<int64_t>(v.limb_count() * sizeof(uint32_t)); }
  const BigInt v;
};

// ---- sequences ---------------------------------------------------------------

// A list or tuple's items; `tracked` is what the memory cap has been told.
struct SeqObj : Object {
  explicit SeqObj(Type t, std::vector<Value> v = {}) : Object(t), items(std::move(v)) { track(); }
  ~SeqObj() override { mem_sub(tracked); }
  void track() {
    const int64_t now = static_cast<int64_t>(items.capacity() * sizeof(Value));
    if (now != tracked) {
      mem_add(now - tracked);
      tracked = now;
    }
  }
  std::vector<Value> items;
  int64_t tracked = 0;
};
struct ListObj final : SeqObj {
  explicit ListObj(std::vector<Value> v = {}) : SeqObj(Type::List, std::move(v)) {}
};
struct TupleObj final : SeqObj {
  explicit TupleObj(std::vector<Value> v = {}) : SeqObj(Type::Tuple, std::move(v)) {}
};

struct RangeObj final : Object {
  RangeObj(int64_t a, int64_t b, int64_t s) : Object(Type::Range), start(a), stop(b), step(s) {}
  int64_t start, stop, step;
  int64_t length() const;
  int64_t at(int64_t i) const { return start + i * step; }
};

// ---- dict and set ------------------------------------------------------------

// Insertion-ordered hash map (like CPython's compact dict): entries in order,
// an open-addressed index of entry positions. Deleted entries leave holes that
// are squeezed out when there are many.
struct DictObj final : Object {
  DictObj() : Object(Type::Dict) {}
  ~DictObj() override { mem_sub(tracked); }
  struct Entry {
    Value key, value;
    uint64_t hash;
    bool live;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else entry position
  int64_t count = 0;
  int64_t tracked = 0;

  Value* find(const Value& key);  // nullptr if absent
  void set(const Value& key, Value value);
  bool erase(const Value& key);
  void clear();
  int64_t size() const { return count; }

 private:
  int64_t slot_of(const Value& key, uint64_t h) const;
  void rebuild(size_t capacity);
};

// Python's set, laid out the way CPython's setobject.c lays it out (same
// table sizes, probing and resizing), so iterating a set of ints prints in the
// order CPython prints it.
struct SetObj final : Object {
  explicit SetObj(bool frozen_ = false) : Object(Type::Set), frozen(frozen_) { table.resize(8); }
  ~SetObj() override { mem_sub(tracked); }
  struct Slot {
    Value key = Value::unbound();  // Unbound: empty (dummy=true: a deleted slot)
    uint64_t hash = 0;
    bool dummy = false;
  };
  std::vector<Slot> table;
  int64_t used = 0;  // live keys
  int64_t fill = 0;  // live + dummies
  int64_t tracked = 0;
  bool frozen;

  bool contains(const Value& key) const;
  void add(const Value& key);
  bool discard(const Value& key);
  void clear();
  template <class F>
  void for_each(F f) const {
    for (const Slot& s : table)
      if (!s.key.is_unbound() && !s.dummy) f(s.key);
  }

 private:
  int64_t lookup(const Value& key, uint64_t h) const;  // slot index or -1
  void insert_clean(Value key, uint64_t h);
  void resize(int64_t minused);
};

// ---- functions and classes ---------------------------------------------------

struct FunctionObj final : Object {
  FunctionObj() : Object(Type::Function) {}
  const ast::Function* fn = nullptr;
  std::vector<Value> defaults;     // values for the last defaults.size() args
  std::vector<Value> kw_defaults;  // one per kwonly arg; Unbound = required
  std::vector<Value> closure;      // cells, one per fn->scope.frees entry
  std::string qualname;
  trace::TextId trace_name = 0;    // "name()" interned in the trace, lazily
  bool trace_named = false;
};

struct BoundMethodObj final : Object {
  BoundMethodObj(Value s, Value f) : Object(Type::BoundMethod), self(std::move(s)), func(std::move(f)) {}
  Value self, func;
};

struct KwArg {
  uint32_t id;  // identifier id (Program symbols)
  Value value;
};

// The arguments of a call as natives see them.
struct Args {
  const Value* self = nullptr;  // the receiver for methods, else nullptr
  const Value* pos = nullptr;
  uint32_t n = 0;
  const KwArg* kw = nullptr;
  uint32_t nkw = 0;
  const Value& operator[](uint32_t i) const { return pos[i]; }
};

using NativeFn = Value (*)(Interp&, Args&);

struct BuiltinObj final : Object {
  BuiltinObj(const char* n, NativeFn f, bool method = false)
      : Object(Type::Builtin), name(n), fn(f), is_method(method) {}
  const char* name;
  NativeFn fn;
  bool is_method;   // expects a receiver (self) when called
  Value self;       // bound receiver (Unbound when not bound)
  bool bound = false;
};

// Which builtin type a class stands for (None: a Python-defined class).
enum class BuiltinType : uint8_t {
  None, Object, Type, NoneType, Bool, Int, Float, Str, List, Tuple, Dict, Set,
  FrozenSet, Range, Bytes, Function, Method, Builtin, Module, Coroutine, Task,
  Future, Iterator, BaseException, Native, Property, Super, Cell,
};

struct ClassObj final : Object {
  ClassObj() : Object(Type::Class) {}
  std::string name;
  std::string qualname;
  std::vector<Value> bases;
  std::vector<ClassObj*> mro;  // self first; kept alive through `bases`
  std::unordered_map<uint32_t, Value> dict;  // by identifier id
  BuiltinType builtin = BuiltinType::None;
  // Creates an instance of a builtin class (int("3"), list(x), Queue(2), ...).
  NativeFn ctor = nullptr;
  bool is_exception = false;  // BaseException or a subclass
  const Value* lookup(uint32_t id) const {
    for (ClassObj* c : mro) {
      auto it = c->dict.find(id);
      if (it != c->dict.end()) return &it->second;
    }
    return nullptr;
  }
  bool is_subclass_of(const ClassObj* other) const {
    for (ClassObj* c : mro)
      if (c == other) return true;
    return false;
  }
};

struct InstanceObj : Object {
  explicit InstanceObj(Value c, Type t = Type::Instance) : Object(t), cls(std::move(c)) {}
  Value cls;  // a ClassObj
  std::vector<std::pair<uint32_t, Value>> attrs;  // few per object: a scan beats hashing
  ClassObj* klass() const { return cls.as<ClassObj>(); }
  Value* find(uint32_t id) {
    for (auto& [k, v] : attrs)
      if (k == id) return &v;
    return nullptr;
  }
  void set(uint32_t id, Value v) {
    if (Value* p = find(id)) *p = std::move(v);
    else attrs.emplace_back(id, std::move(v));
  }
};

// A frame the exception passed through, innermost first.
struct TbEntry {
  std::string func;
  uint32_t line;
};

struct ExceptionObj final : InstanceObj {
  explicit ExceptionObj(Value c) : InstanceObj(std::move(c), Type::Exception) {}
  Value args;   // a tuple
  Value cause;  // `raise ... from cause`
  Value context;
  std::vector<TbEntry> tb;
};

struct ModuleObj final : Object {
  explicit ModuleObj(std::string n) : Object(Type::Module), name(std::move(n)) {}
  std::string name;
  std::unordered_map<uint32_t, Value> attrs;
};

struct CellObj final : Object {
  CellObj() : Object(Type::Cell), v(Value::unbound()) {}
  Value v;
};

// A coroutine object: a lazily started loop::Task. Python coroutines run the
// function's body; native ones (Queue.get(), Lock.acquire(), ...) run C++.
struct CoroutineObj final : Object {
  CoroutineObj(loop::Task<Value> t, std::string n) : Object(Type::Coroutine), task(std::move(t)), name(std::move(n)) {}
  ~CoroutineObj() override;
  loop::Task<Value> task;
  std::string name;      // qualname, for repr and the trace ("main()")
  bool started = false;  // awaited or wrapped in a task
  bool native = false;
};

struct TaskObj final : Object {
  explicit TaskObj(loop::Ref<loop::TaskState<Value>> t) : Object(Type::Task), task(std::move(t)) {}
  ~TaskObj() override;
  loop::Ref<loop::TaskState<Value>> task;
  std::string coro_name;
};

// A future that is not a task: gather's result, or a plain Future.
struct FutureObj final : Object {
  enum class Kind : uint8_t { Plain, GatherAll, GatherSettled };
  FutureObj(loop::Ref<loop::FutureBase> f, Kind k) : Object(Type::Future), fut(std::move(f)), kind(k) {}
  loop::Ref<loop::FutureBase> fut;
  Kind kind;
};

struct IteratorObj : Object {
  IteratorObj() : Object(Type::Iterator) {}
  // Stores the next item in out; false when exhausted.
  virtual bool next(Interp& I, Value& out) = 0;
};

// Objects of native classes (asyncio.Event, Queue, ...): the class says which.
struct NativeObj : Object {
  NativeObj(Value c, int k) : Object(Type::Native), cls(std::move(c)), kind(k) {}
  Value cls;
  int kind;  // a NativeKind (natives.h): which struct this is
};

struct SuperObj final : Object {
  SuperObj(Value c, Value s) : Object(Type::Super), cls(std::move(c)), self(std::move(s)) {}
  Value cls, self;
};

// property / staticmethod / classmethod wrappers made by decorators.
struct PropertyObj final : Object {
  enum class Kind : uint8_t { Property, Static, ClassMethod };
  PropertyObj(Value f, Kind k) : Object(Type::Property), func(std::move(f)), kind(k) {}
  Value func;
  Value setter;
  Kind kind;
};

// ---- helpers -----------------------------------------------------------------

Value new_str(std::string s);
Value new_str(std::string_view s);
inline Value new_str(const char* s) { return new_str(std::string(s)); }
Value new_list(std::vector<Value> v = {});
Value new_tuple(std::vector<Value> v = {});

inline StrObj* as_str(const Value& v) { return v.is(Type::Str) ? v.as<StrObj>() : nullptr; }

}  // namespace ls::py
