// Truthiness, equality, hashing, ordering and repr/str of values.
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

#include "python/interpreter.h"
#include "python/natives.h"
#include "python/text/repr.h"

namespace ls::py {

namespace netmod {
// modules/net_common.cpp: "[Errno 13] Permission denied: 'x'" for OSErrors.
std::optional<std::string> os_error_str(Interp& I, const Value& exc);
}  // namespace netmod

namespace {

// Objects whose repr is being built: a container that holds itself prints as
// [...] (CPython's Py_ReprEnter), and absurdly deep nesting is a RecursionError
// instead of a C++ stack overflow.
thread_local std::vector<const Object*> repr_stack;

struct ReprGuard {
  bool recursive = false;
  explicit ReprGuard(const Object* o) {
    for (const Object* p : repr_stack)
      if (p == o) recursive = true;
    if (repr_stack.size() > 2000) raise_error(interp().cls.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    repr_stack.push_back(o);
  }
  ~ReprGuard() { repr_stack.pop_back(); }
};

std::string address_of(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

// Ints whose magnitude is at most 2**53 convert to double exactly, so an
// int/float comparison through doubles is exact for them; larger ones go
// through numeric_order (2**53 + 1 != 2.0**53, as in CPython).
bool exact_as_double(const Value& v) {
  if (v.is_float()) return true;
  constexpr int64_t kExact = int64_t{1} << 53;
  return v.is_intlike() && v.as_int() >= -kExact && v.as_int() <= kExact;
}
bool both_numbers(const Value& a, const Value& b) { return exact_as_double(a) && exact_as_double(b); }
double as_double(const Value& v) { return v.is_float() ? v.as_float() : static_cast<double>(v.as_int()); }

constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;

uint64_t hash_int(int64_t x) {
  // CPython: |x| mod (2**61 - 1) with x's sign; -1 is reserved for errors.
  uint64_t m = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
  int64_t h = static_cast<int64_t>(m % kModulus);
  if (x < 0) h = -h;
  if (h == -1) h = -2;
  return static_cast<uint64_t>(h);
}

uint64_t hash_double(double v) {
  // CPython's _Py_HashDouble, so 1.0 and 1 hash alike and sets order alike.
  if (std::isinf(v)) return v > 0 ? 314159 : static_cast<uint64_t>(-314159);
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    const uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kModulus) | x >> (61 - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  if (h == -1) h = -2;
  return static_cast<uint64_t>(h);
}

uint64_t hash_tuple(const std::vector<Value>& items) {
  // CPython 3.8+ tuplehash (xxHash-based).
  constexpr uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                     p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (const Value& v : items) {
    acc += py_hash(v) * p2;
    acc = std::rotl(acc, 31);
    acc *= p1;
  }
  acc += items.size() ^ (p5 ^ 3527539ULL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return acc;
}

const char* op_symbol(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Lt: return "<";
    case ast::CmpOp::LtE: return "<=";
    case ast::CmpOp::Gt: return ">";
    case ast::CmpOp::GtE: return ">=";
    default: return "==";
  }
}

template <class T>
bool apply_order(ast::CmpOp op, const T& a, const T& b) {
  switch (op) {
    case ast::CmpOp::Eq: return a == b;
    case ast::CmpOp::Lt: return a < b;
    case ast::CmpOp::LtE: return a <= b;
    case ast::CmpOp::Gt: return a > b;
    default: return a >= b;
  }
}

// <, <=, >, >= with Python's rules for numbers, strings, sequences and
// user classes (reflected operands when the left one does not answer).
// An int (of any size) against an int or a float, exactly; false for NaN.
bool numeric_order(ast::CmpOp op, const Value& a, const Value& b) {
  int c;
  if (a.is_float() && b.is_float()) return apply_order(op, a.as_float(), b.as_float());
  if (a.is_float() || b.is_float()) {
    const double f = a.is_float() ? a.as_float() : b.as_float();
    if (std::isnan(f)) return false;
    c = a.is_float() ? -compare_int_float(b, f) : compare_int_float(a, f);
  } else {
    c = compare_ints(a, b);
  }
  return apply_order(op, c, 0);
}

bool order(ast::CmpOp op, const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return apply_order(op, a.as_int(), b.as_int());
  if (both_numbers(a, b)) return apply_order(op, as_double(a), as_double(b));
  if ((is_integer(a) || a.is_float()) && (is_integer(b) || b.is_float())) return numeric_order(op, a, b);
  if (a.is(Type::Str) && b.is(Type::Str)) return apply_order(op, a.as<StrObj>()->s, b.as<StrObj>()->s);
  if (a.is(Type::Bytes) && b.is(Type::Bytes)) return apply_order(op, a.as<BytesObj>()->s, b.as<BytesObj>()->s);
  if ((a.is(Type::List) && b.is(Type::List)) || (a.is(Type::Tuple) && b.is(Type::Tuple))) {
    auto& x = a.as<SeqObj>()->items;
    auto& y = b.as<SeqObj>()->items;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i)
      if (!py_eq(x[i], y[i])) return order(op, x[i], y[i]);
    return apply_order(op, x.size(), y.size());
  }
  if (a.is(Type::Set) && b.is(Type::Set)) {
    auto* x = a.as<SetObj>();
    auto* y = b.as<SetObj>();
    auto subset = [](SetObj* s, SetObj* t) {
      bool ok = true;
      s->for_each([&](const Value& k) { ok = ok && t->contains(k); });
      return ok;
    };
    switch (op) {
      case ast::CmpOp::Lt: return x->used < y->used && subset(x, y);
      case ast::CmpOp::LtE: return subset(x, y);
      case ast::CmpOp::Gt: return x->used > y->used && subset(y, x);
      default: return subset(y, x);
    }
  }
  Interp& I = interp();
  uint32_t mine = 0, reflected = 0;
  switch (op) {
    case ast::CmpOp::Lt: mine = I.id.lt; reflected = I.id.gt; break;
    case ast::CmpOp::LtE: mine = I.id.le; reflected = I.id.ge; break;
    case ast::CmpOp::Gt: mine = I.id.gt; reflected = I.id.lt; break;
    default: mine = I.id.ge; reflected = I.id.le; break;
  }
  Value r;
  if ((a.is(Type::Instance) || a.is(Type::Exception)) && I.call_method_if(a, mine, {b}, r)) return truthy(r);
  if ((b.is(Type::Instance) || b.is(Type::Exception)) && I.call_method_if(b, reflected, {a}, r)) return truthy(r);
  type_error(std::string("'") + op_symbol(op) + "' not supported between instances of '" + type_name(a) +
             "' and '" + type_name(b) + "'");
}

}  // namespace

bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Unbound: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Obj: break;
  }
  switch (v.obj()->type) {
    case Type::Str: return !v.as<StrObj>()->s.empty();
    case Type::Bytes: return !v.as<BytesObj>()->s.empty();
    case Type::List:
    case Type::Tuple: return !v.as<SeqObj>()->items.empty();
    case Type::Dict: return v.as<DictObj>()->count != 0;
    case Type::Set: return v.as<SetObj>()->used != 0;
    case Type::Range: return v.as<RangeObj>()->length() != 0;
    case Type::Instance: {
      Interp& I = interp();
      Value r;
      if (I.call_method_if(v, I.id.bool_, {}, r)) return truthy(r);
      if (I.call_method_if(v, I.id.len, {}, r)) return truthy(r);
      return true;
    }
    default: return true;
  }
}

bool py_eq(const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return a.as_int() == b.as_int();
  if (both_numbers(a, b)) return as_double(a) == as_double(b);
  if ((is_integer(a) || a.is_float()) && (is_integer(b) || b.is_float())) return numeric_order(ast::CmpOp::Eq, a, b);
  if (a.is(Type::BigInt) || b.is(Type::BigInt)) return false;
  if (a.tag() != Tag::Obj || b.tag() != Tag::Obj) return a.tag() == b.tag() && a.tag() == Tag::None;
  if (a.obj() == b.obj()) {
    if (!a.is(Type::Instance)) return true;
  }
  const Type ta = a.obj()->type, tb = b.obj()->type;
  if (ta == Type::Instance || tb == Type::Instance || ta == Type::Exception || tb == Type::Exception) {
    Interp& I = interp();
    Value r;
    if ((ta == Type::Instance || ta == Type::Exception) && I.call_method_if(a, I.id.eq, {b}, r)) return truthy(r);
    if ((tb == Type::Instance || tb == Type::Exception) && I.call_method_if(b, I.id.eq, {a}, r)) return truthy(r);
    return a.obj() == b.obj();
  }
  if (ta != tb) return false;
  switch (ta) {
    case Type::Str: return a.as<StrObj>()->s == b.as<StrObj>()->s;
    case Type::Bytes: return a.as<BytesObj>()->s == b.as<BytesObj>()->s;
    case Type::List:
    case Type::Tuple: {
      auto& x = a.as<SeqObj>()->items;
      auto& y = b.as<SeqObj>()->items;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (!x[i].same(y[i]) && !py_eq(x[i], y[i])) return false;
      return true;
    }
    case Type::Dict: {
      auto* x = a.as<DictObj>();
      auto* y = b.as<DictObj>();
      if (x->count != y->count) return false;
      for (auto& e : x->entries) {
        if (!e.live) continue;
        Value* other = y->find(e.key);
        if (!other || !py_eq(e.value, *other)) return false;
      }
      return true;
    }
    case Type::Set: {
      auto* x = a.as<SetObj>();
      auto* y = b.as<SetObj>();
      if (x->used != y->used) return false;
      bool ok = true;
      x->for_each([&](const Value& k) { ok = ok && y->contains(k); });
      return ok;
    }
    case Type::Range: {
      auto* x = a.as<RangeObj>();
      auto* y = b.as<RangeObj>();
      const int64_t n = x->length();
      if (n != y->length()) return false;
      if (n == 0) return true;
      if (x->start != y->start) return false;
      return n == 1 || x->step == y->step;
    }
    case Type::BoundMethod: {
      auto* x = a.as<BoundMethodObj>();
      auto* y = b.as<BoundMethodObj>();
      return x->self.same(y->self) && x->func.same(y->func);
    }
    default: return a.obj() == b.obj();
  }
}

uint64_t py_hash(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Unbound: return 0xFCA86420ULL;
    case Tag::Bool:
    case Tag::Int: return hash_int(v.as_int());
    case Tag::Float: return hash_double(v.as_float());
    case Tag::Obj: break;
  }
  switch (v.obj()->type) {
    case Type::Str: {
      StrObj* s = v.as<StrObj>();
      if (s->hash == 0) {
        // FNV-1a; CPython randomises str hashes per run, so no order is promised.
        uint64_t h = 1469598103934665603ULL;
        for (unsigned char c : s->s) h = (h ^ c) * 1099511628211ULL;
        s->hash = h == 0 || h == static_cast<uint64_t>(-1) ? 1 : h;
      }
      return s->hash;
    }
    case Type::Bytes: {
      uint64_t h = 1469598103934665603ULL;
      for (unsigned char c : v.as<BytesObj>()->s) h = (h ^ c) * 1099511628211ULL;
      return h;
    }
    case Type::Tuple: return hash_tuple(v.as<TupleObj>()->items);
    case Type::BigInt: return hash_bigint(v);
    case Type::Set:
      if (v.as<SetObj>()->frozen) {
        uint64_t h = 0;
        v.as<SetObj>()->for_each([&](const Value& k) { h ^= py_hash(k) * 0x9E3779B97F4A7C15ULL; });
        return h;
      }
      [[fallthrough]];
    case Type::List:
    case Type::Dict: type_error("unhashable type: '" + type_name(v) + "'");
    case Type::Instance:
    case Type::Exception: {
      Interp& I = interp();
      ClassObj* c = I.class_of(v);
      if (const Value* h = c->lookup(I.id.hash)) {
        if (h->is_none()) type_error("unhashable type: '" + type_name(v) + "'");
        Value r = I.call_method(v, I.id.hash, {});
        if (!r.is_intlike()) type_error("__hash__ method should return an integer");
        return hash_int(r.as_int());
      }
      if (c->lookup(I.id.eq) && c->builtin == BuiltinType::None) {
        // A class that defines __eq__ without __hash__ is unhashable.
        bool own_eq = false;
        for (ClassObj* k : c->mro)
          if (k->builtin == BuiltinType::None && k->dict.count(I.id.eq)) own_eq = true;
        if (own_eq) type_error("unhashable type: '" + type_name(v) + "'");
      }
      return reinterpret_cast<uintptr_t>(v.obj()) >> 4;
    }
    default: return reinterpret_cast<uintptr_t>(v.obj()) >> 4;
  }
}

bool py_less(const Value& a, const Value& b) { return order(ast::CmpOp::Lt, a, b); }

bool compare(ast::CmpOp op, const Value& a, const Value& b) {
  switch (op) {
    case ast::CmpOp::Eq: return py_eq(a, b);
    case ast::CmpOp::NotEq: {
      Interp& I = interp();
      Value r;
      if (a.is(Type::Instance) && I.call_method_if(a, I.id.ne, {b}, r)) return truthy(r);
      return !py_eq(a, b);
    }
    case ast::CmpOp::Is: return a.same(b);
    case ast::CmpOp::IsNot: return !a.same(b);
    case ast::CmpOp::In: return contains(b, a);
    case ast::CmpOp::NotIn: return !contains(b, a);
    default: return order(op, a, b);
  }
}

bool contains(const Value& c, const Value& item) {
  if (c.is_obj()) {
    switch (c.obj()->type) {
      case Type::Str: {
        auto* needle = as_str(item);
        if (!needle) type_error("'in <string>' requires string as left operand, not " + type_name(item));
        return c.as<StrObj>()->s.find(needle->s) != std::string::npos;
      }
      case Type::Bytes:
        if (item.is(Type::Bytes)) return c.as<BytesObj>()->s.find(item.as<BytesObj>()->s) != std::string::npos;
        if (item.is_int()) return c.as<BytesObj>()->s.find(static_cast<char>(item.as_int())) != std::string::npos;
        type_error("a bytes-like object is required, not '" + type_name(item) + "'");
      case Type::List:
      case Type::Tuple:
        for (const Value& v : c.as<SeqObj>()->items)
          if (v.same(item) || py_eq(v, item)) return true;
        return false;
      case Type::Dict: return c.as<DictObj>()->find(item) != nullptr;
      case Type::Set: return c.as<SetObj>()->contains(item);
      case Type::Range: {
        auto* r = c.as<RangeObj>();
        if (!item.is_intlike()) {
          if (item.is_float() && std::floor(item.as_float()) == item.as_float())
            return contains(c, Value::integer(static_cast<int64_t>(item.as_float())));
          return false;
        }
        const int64_t x = item.as_int();
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
        return (x - r->start) % r->step == 0;
      }
      case Type::Instance: {
        Interp& I = interp();
        Value r;
        if (I.call_method_if(c, I.id.contains, {item}, r)) return truthy(r);
        break;
      }
      default: break;
    }
  }
  Interp& I = interp();
  bool found = false;
  ClassObj* k = I.class_of(c);
  if (k->builtin == BuiltinType::None && !k->lookup(I.id.iter))
    type_error("argument of type '" + type_name(c) + "' is not iterable");
  I.for_each(c, [&](const Value& v) {
    found = v.same(item) || py_eq(v, item);
    return !found;
  });
  return found;
}

std::string type_name(const Value& v) { return interp().class_of(v)->name; }

std::string quoted_type(const Value& v) {
  std::string s(1, '\'');
  s += type_name(v);
  s += '\'';
  return s;
}

std::string repr(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return "None";
    case Tag::Unbound: return "<unbound>";
    case Tag::Bool: return v.as_bool() ? "True" : "False";
    case Tag::Int: return int_to_string(v.as_int());
    case Tag::Float: return float_repr(v.as_float());
    case Tag::Obj: break;
  }
  Interp& I = interp();
  Object* o = v.obj();
  switch (o->type) {
    case Type::Str: return str_repr(v.as<StrObj>()->s);
    case Type::Bytes: return text::bytes_repr(v.as<BytesObj>()->s);
    case Type::BigInt: return int_to_text(v);
    case Type::List:
    case Type::Tuple: {
      const bool list = o->type == Type::List;
      ReprGuard g(o);
      if (g.recursive) return list ? "[...]" : "(...)";
      auto& items = v.as<SeqObj>()->items;
      std::string r = list ? "[" : "(";
      for (size_t i = 0; i < items.size(); ++i) {
        if (i) r += ", ";
        r += repr(items[i]);
      }
      if (!list && items.size() == 1) r += ",";
      return r + (list ? "]" : ")");
    }
    case Type::Dict: {
      ReprGuard g(o);
      if (g.recursive) return "{...}";
      std::string r = "{";
      bool first = true;
      for (auto& e : v.as<DictObj>()->entries) {
        if (!e.live) continue;
        if (!first) r += ", ";
        first = false;
        r += repr(e.key) + ": " + repr(e.value);
      }
      return r + "}";
    }
    case Type::Set: {
      auto* s = v.as<SetObj>();
      if (s->used == 0) return s->frozen ? "frozenset()" : "set()";
      ReprGuard g(o);
      if (g.recursive) return "{...}";
      std::string r = s->frozen ? "frozenset({" : "{";
      bool first = true;
      s->for_each([&](const Value& k) {
        if (!first) r += ", ";
        first = false;
        r += repr(k);
      });
      return r + (s->frozen ? "})" : "}");
    }
    case Type::Range: {
      auto* r = v.as<RangeObj>();
      std::string s = "range(" + int_to_string(r->start) + ", " + int_to_string(r->stop);
      if (r->step != 1) s += ", " + int_to_string(r->step);
      return s + ")";
    }
    case Type::Function: return "<function " + v.as<FunctionObj>()->qualname + " at " + address_of(o) + ">";
    case Type::BoundMethod: {
      auto* m = v.as<BoundMethodObj>();
      std::string name = m->func.is(Type::Function) ? m->func.as<FunctionObj>()->qualname : "method";
      return "<bound method " + name + " of " + repr(m->self) + ">";
    }
    case Type::Builtin: {
      auto* b = v.as<BuiltinObj>();
      if (b->bound) return std::string("<built-in method ") + b->name + " of " + type_name(b->self) + " object at " + address_of(b->self.obj()) + ">";
      return std::string("<built-in function ") + b->name + ">";
    }
    case Type::Class: {
      auto* c = v.as<ClassObj>();
      if (c->builtin != BuiltinType::None || c->is_exception) {
        if (c->qualname.empty()) return "<class '" + c->name + "'>";
      }
      return "<class '" + (c->qualname.empty() ? c->name : "__main__." + c->qualname) + "'>";
    }
    case Type::Module: return "<module '" + v.as<ModuleObj>()->name + "'>";
    case Type::Cell: return "<cell at " + address_of(o) + ">";
    case Type::Coroutine: return "<coroutine object " + v.as<CoroutineObj>()->name + " at " + address_of(o) + ">";
    case Type::Exception: {
      Value r;
      if (I.class_of(v)->builtin == BuiltinType::None && I.call_method_if(v, I.id.repr, {}, r) && as_str(r)) return as_str(r)->s;
      auto* e = v.as<ExceptionObj>();
      auto& args = e->args.as<TupleObj>()->items;
      std::string name = I.class_of(v)->name;
      if (args.size() == 1) return name + "(" + repr(args[0]) + ")";
      return name + repr(e->args);
    }
    case Type::Task: {
      auto* t = v.as<TaskObj>();
      auto& task = *t->task;
      std::string state = task.done() ? (task.cancelled() ? "cancelled" : "finished") : "pending";
      std::string r = "<Task " + state + " name='" + task.name() + "' coro=<" + t->coro_name + "()";
      r += task.done() ? " done" : " running";
      r += ">";
      if (task.done() && !task.cancelled()) {
        if (task.failed()) r += " exception=" + repr(exception_value(task.exception()));
        else r += " result=" + repr(task.result());
      }
      return r + ">";
    }
    case Type::Future: return v.as<FutureObj>()->fut->done() ? "<_GatheringFuture finished>" : "<_GatheringFuture pending>";
    case Type::Instance: {
      Value r;
      if (I.call_method_if(v, I.id.repr, {}, r)) {
        if (!as_str(r)) type_error("__repr__ returned non-string (type " + type_name(r) + ")");
        return as_str(r)->s;
      }
      auto* c = v.as<InstanceObj>()->klass();
      return "<__main__." + c->qualname + " object at " + address_of(o) + ">";
    }
    case Type::Property: return "<property object at " + address_of(o) + ">";
    case Type::Native:
      if (auto* view = as_dict_view(v)) {
        static const char* names[] = {"dict_keys(", "dict_values(", "dict_items("};
        std::vector<Value> items = I.to_vector(v);
        std::string r = names[view->kind];
        r += repr(new_list(std::move(items)));
        return r + ")";
      }
      [[fallthrough]];
    default: {
      std::string r = "<";
      r += type_name(v);
      return r + " object at " + address_of(o) + ">";
    }
  }
}

std::string str(const Value& v) {
  if (v.is(Type::Str)) return v.as<StrObj>()->s;
  if (v.is(Type::Instance)) {
    Interp& I = interp();
    Value r;
    if (I.call_method_if(v, I.id.str, {}, r)) {
      if (!as_str(r)) type_error("__str__ returned non-string (type " + type_name(r) + ")");
      return as_str(r)->s;
    }
  }
  if (v.is(Type::Exception)) {
    Interp& I = interp();
    Value r;
    if (I.class_of(v)->builtin == BuiltinType::None && I.call_method_if(v, I.id.str, {}, r) && as_str(r)) return as_str(r)->s;
    if (auto os = netmod::os_error_str(I, v)) return *os;
    auto* e = v.as<ExceptionObj>();
    auto& args = e->args.as<TupleObj>()->items;
    if (args.empty()) return "";
    if (args.size() == 1) {
      if (I.class_of(v)->is_subclass_of(I.cls.KeyError)) return repr(args[0]);
      return str(args[0]);
    }
    return repr(e->args);
  }
  return repr(v);
}

}  // namespace ls::py
