// The builtin functions (print, len, sorted, ...) and the iterator objects
// some of them return (enumerate, zip, map, filter, reversed).
#include <algorithm>
#include <cmath>

#include "python/interpreter.h"
#include "python/text/number.h"

namespace ls::py {

void setup_constructors(Interp& I, std::unordered_map<std::string, Value>& table);
void setup_str_methods(Interp& I);
void setup_collection_methods(Interp& I);
void setup_number_methods(Interp& I);

namespace {

struct EnumerateIter final : IteratorObj {
  EnumerateIter(Value i, int64_t s) : it(std::move(i)), n(s) {}
  bool next(Interp& I, Value& out) override {
    Value v;
    if (!I.iter_next(it, v)) return false;
    out = new_tuple({Value::integer(n++), v});
    return true;
  }
  Value it;
  int64_t n;
};

struct ZipIter final : IteratorObj {
  explicit ZipIter(std::vector<Value> i) : its(std::move(i)) {}
  bool next(Interp& I, Value& out) override {
    if (its.empty()) return false;
    std::vector<Value> row;
    for (auto& it : its) {
      Value v;
      if (!I.iter_next(it, v)) return false;
      row.push_back(std::move(v));
    }
    out = new_tuple(std::move(row));
    return true;
  }
  std::vector<Value> its;
};

struct MapIter final : IteratorObj {
  MapIter(Value f, std::vector<Value> i) : fn(std::move(f)), its(std::move(i)) {}
  bool next(Interp& I, Value& out) override {
    std::vector<Value> row;
    for (auto& it : its) {
      Value v;
      if (!I.iter_next(it, v)) return false;
      row.push_back(std::move(v));
    }
    Args a;
    a.pos = row.data();
    a.n = static_cast<uint32_t>(row.size());
    out = I.call(fn, a);
    return true;
  }
  Value fn;
  std::vector<Value> its;
};

struct FilterIter final : IteratorObj {
  FilterIter(Value f, Value i) : fn(std::move(f)), it(std::move(i)) {}
  bool next(Interp& I, Value& out) override {
    Value v;
    while (I.iter_next(it, v)) {
      if (fn.is_none() ? truthy(v) : truthy(I.call(fn, {v}))) {
        out = v;
        return true;
      }
    }
    return false;
  }
  Value fn, it;
};

struct ReversedIter final : IteratorObj {
  explicit ReversedIter(std::vector<Value> v) : items(std::move(v)), i(items.size()) {}
  bool next(Interp&, Value& out) override {
    if (i == 0) return false;
    out = items[--i];
    return true;
  }
  std::vector<Value> items;
  size_t i;
};

Value b_print(Interp& I, Args& a) {
  std::string sep = " ", end = "\n";
  for (uint32_t k = 0; k < a.nkw; ++k) {
    std::string_view n = I.name_of(a.kw[k].id);
    const Value& v = a.kw[k].value;
    if (n == "flush" || n == "file") continue;
    if (n != "sep" && n != "end") {
      std::string msg(1, '\'');
      msg += n;
      msg += "' is an invalid keyword argument for print()";
      type_error(std::move(msg));
    }
    if (v.is_none()) continue;
    if (!as_str(v)) {
      std::string msg(n);
      msg += " must be None or a string, not ";
      msg += type_name(v);
      type_error(std::move(msg));
    }
    (n == "sep" ? sep : end) = as_str(v)->s;
  }
  std::string line;
  for (uint32_t i = 0; i < a.n; ++i) {
    if (i) line += sep;
    line += a.pos[i].is(Type::Str) ? a.pos[i].as<StrObj>()->s : str(a.pos[i]);
  }
  line += end;
  I.write(line);
  if (const Value* fl = kwarg(I, a, "flush"); fl && truthy(*fl)) I.flush_output();
  return Value();
}

Value b_len(Interp& I, Args& a) {
  check_args(a, "len", 1, 1);
  return Value::integer(I.len(a[0]));
}

Value b_enumerate(Interp& I, Args& a) {
  const Value* start = kwarg(I, a, "start");
  if (a.n < 1) type_error("enumerate() missing required argument 'iterable'");
  int64_t s = a.n > 1 ? to_index(a[1]) : start ? to_index(*start) : 0;
  return make<EnumerateIter>(I.get_iter(a[0]), s);
}

Value b_zip(Interp& I, Args& a) {
  std::vector<Value> its;
  for (uint32_t i = 0; i < a.n; ++i) its.push_back(I.get_iter(a[i]));
  return make<ZipIter>(std::move(its));
}

Value b_map(Interp& I, Args& a) {
  if (a.n < 2) type_error("map() must have at least two arguments.");
  std::vector<Value> its;
  for (uint32_t i = 1; i < a.n; ++i) its.push_back(I.get_iter(a[i]));
  return make<MapIter>(a[0], std::move(its));
}

Value b_filter(Interp& I, Args& a) {
  check_args(a, "filter", 2, 2);
  return make<FilterIter>(a[0], I.get_iter(a[1]));
}

Value b_reversed(Interp& I, Args& a) {
  check_args(a, "reversed", 1, 1);
  if (a[0].is(Type::Dict) || a[0].is(Type::Set)) {
    if (a[0].is(Type::Set)) type_error("'set' object is not reversible");
  }
  return make<ReversedIter>(I.to_vector(a[0]));
}

// Sorts by key (or the items themselves) with Python's stable, `<`-only rules.
void sort_values(Interp& I, std::vector<Value>& items, const Value* key, bool reverse) {
  std::vector<std::pair<Value, size_t>> keyed;
  keyed.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    keyed.emplace_back(key && !key->is_none() ? I.call(*key, {items[i]}) : items[i], i);
  if (reverse) {
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return py_less(y.first, x.first); });
  } else {
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return py_less(x.first, y.first); });
  }
  std::vector<Value> out;
  out.reserve(items.size());
  for (auto& k : keyed) out.push_back(std::move(items[k.second]));
  items = std::move(out);
}

Value b_sorted(Interp& I, Args& a) {
  check_args(a, "sorted", 1, 1);
  std::vector<Value> items = I.to_vector(a[0]);
  const Value* rev = kwarg(I, a, "reverse");
  sort_values(I, items, kwarg(I, a, "key"), rev && truthy(*rev));
  return new_list(std::move(items));
}

Value min_max(Interp& I, Args& a, bool want_max) {
  const char* name = want_max ? "max" : "min";
  const Value* key = kwarg(I, a, "key");
  const Value* dflt = kwarg(I, a, "default");
  std::vector<Value> items;
  if (a.n == 1) items = I.to_vector(a[0]);
  else if (a.n == 0) type_error(std::string(name) + " expected at least 1 argument, got 0");
  else items.assign(a.pos, a.pos + a.n);
  if (items.empty()) {
    if (dflt) return *dflt;
    value_error(std::string(name) + "() arg is an empty sequence");
  }
  size_t best = 0;
  Value best_key = key && !key->is_none() ? I.call(*key, {items[0]}) : items[0];
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key && !key->is_none() ? I.call(*key, {items[i]}) : items[i];
    if (want_max ? py_less(best_key, k) : py_less(k, best_key)) {
      best = i;
      best_key = std::move(k);
    }
  }
  return items[best];
}

Value b_min(Interp& I, Args& a) { return min_max(I, a, false); }
Value b_max(Interp& I, Args& a) { return min_max(I, a, true); }

Value b_sum(Interp& I, Args& a) {
  check_args(a, "sum", 1, 2);
  const Value* st = kwarg(I, a, "start");
  Value total = a.n > 1 ? a[1] : st ? *st : Value::integer(0);
  if (total.is(Type::Str)) type_error("sum() can't sum strings [use ''.join(seq) instead]");
  I.for_each(a[0], [&](const Value& v) {
    int64_t r;
    if (total.is_int() && v.is_int() && !__builtin_add_overflow(total.as_int(), v.as_int(), &r)) total = Value::integer(r);
    else total = binop(ast::BinOpKind::Add, total, v);
    return true;
  });
  return total;
}

Value b_abs(Interp& I, Args& a) {
  check_args(a, "abs", 1, 1);
  const Value& v = a[0];
  if (v.is_intlike()) {
    if (v.as_int() == INT64_MIN) return int_negate(v);
    return Value::integer(v.as_int() < 0 ? -v.as_int() : v.as_int());
  }
  if (v.is(Type::BigInt)) return v.as<BigIntObj>()->v.negative() ? int_negate(v) : v;
  if (v.is_float()) return Value::flt(std::fabs(v.as_float()));
  Value r;
  if (v.is(Type::Instance) && I.call_method_if(v, I.intern("__abs__"), {}, r)) return r;
  type_error("bad operand type for abs(): '" + type_name(v) + "'");
}

Value b_round(Interp& I, Args& a) {
  check_args(a, "round", 1, 2);
  const Value* nd = a.n > 1 ? &a[1] : kwarg(I, a, "ndigits");
  const Value& x = a[0];
  if (is_integer(x)) {
    if (!nd || nd->is_none() || to_index(*nd) >= 0) return x.is_bool() ? Value::integer(x.as_int()) : x;
    // round(x, -k): to a multiple of 10**k, ties to even, exactly.
    const Value p = binop(ast::BinOpKind::Pow, Value::integer(10), Value::integer(-to_index(*nd)));
    Value q = binop(ast::BinOpKind::FloorDiv, x, p);
    const Value twice_r = binop(ast::BinOpKind::Mul, Value::integer(2), binop(ast::BinOpKind::Mod, x, p));
    const int c = compare_ints(twice_r, p);
    if (c > 0 || (c == 0 && truthy(binop(ast::BinOpKind::BitAnd, q, Value::integer(1)))))
      q = binop(ast::BinOpKind::Add, q, Value::integer(1));
    return binop(ast::BinOpKind::Mul, q, p);
  }
  if (!x.is_float()) type_error("type " + type_name(x) + " doesn't define __round__ method");
  const double d = x.as_float();
  if (!nd || nd->is_none()) {
    if (std::isfinite(d) && std::fabs(d) >= 9e18) return int_from_double(std::nearbyint(d));
    return Value::integer(text::round_to_int(d));
  }
  const int64_t n = to_index(*nd);
  if (!std::isfinite(d) || n > 300) return x;
  return Value::flt(text::round_half_even(d, static_cast<int>(n < -400 ? -400 : n)));
}

Value b_repr(Interp&, Args& a) {
  check_args(a, "repr", 1, 1);
  return new_str(repr(a[0]));
}

Value b_isinstance(Interp& I, Args& a) {
  check_args(a, "isinstance", 2, 2);
  std::vector<Value> specs = a[1].is(Type::Tuple) ? a[1].as<TupleObj>()->items : std::vector<Value>{a[1]};
  for (const Value& s : specs) {
    if (!s.is(Type::Class)) type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    if (I.isinstance(a[0], s.as<ClassObj>())) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value b_issubclass(Interp&, Args& a) {
  check_args(a, "issubclass", 2, 2);
  if (!a[0].is(Type::Class)) type_error("issubclass() arg 1 must be a class");
  std::vector<Value> specs = a[1].is(Type::Tuple) ? a[1].as<TupleObj>()->items : std::vector<Value>{a[1]};
  for (const Value& s : specs)
    if (s.is(Type::Class) && a[0].as<ClassObj>()->is_subclass_of(s.as<ClassObj>())) return Value::boolean(true);
  return Value::boolean(false);
}

Value b_any(Interp& I, Args& a) {
  check_args(a, "any", 1, 1);
  bool r = false;
  I.for_each(a[0], [&](const Value& v) { r = truthy(v); return !r; });
  return Value::boolean(r);
}

Value b_all(Interp& I, Args& a) {
  check_args(a, "all", 1, 1);
  bool r = true;
  I.for_each(a[0], [&](const Value& v) { r = truthy(v); return r; });
  return Value::boolean(r);
}

Value b_iter(Interp& I, Args& a) {
  check_args(a, "iter", 1, 1);
  return I.get_iter(a[0]);
}

Value b_next(Interp& I, Args& a) {
  check_args(a, "next", 1, 2);
  Value out;
  if (a[0].is(Type::Instance)) {
    if (!I.class_of(a[0])->lookup(I.id.next)) type_error(quoted_type(a[0]) + " object is not an iterator");
    try {
      return I.call_method(a[0], I.id.next, {});
    } catch (const PyException& e) {
      if (a.n > 1 && I.isinstance(e.exc, I.cls.StopIteration)) return a[1];
      throw;
    }
  }
  if (!a[0].is(Type::Iterator)) type_error(quoted_type(a[0]) + " object is not an iterator");
  if (I.iter_next(a[0], out)) return out;
  if (a.n > 1) return a[1];
  raise(make_exception(I.cls.StopIteration, std::vector<Value>{}));
}

Value b_hash(Interp&, Args& a) {
  check_args(a, "hash", 1, 1);
  return Value::integer(static_cast<int64_t>(py_hash(a[0])));
}

Value b_id(Interp&, Args& a) {
  check_args(a, "id", 1, 1);
  if (a[0].is_obj()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(a[0].obj())));
  return Value::integer(static_cast<int64_t>(py_hash(a[0])));
}

Value b_callable(Interp& I, Args& a) {
  check_args(a, "callable", 1, 1);
  const Value& v = a[0];
  bool c = v.is(Type::Function) || v.is(Type::Builtin) || v.is(Type::BoundMethod) || v.is(Type::Class) ||
           (v.is(Type::Instance) && I.class_of(v)->lookup(I.id.call));
  return Value::boolean(c);
}

uint32_t attr_name(Interp& I, const Value& v) {
  if (!as_str(v)) type_error("attribute name must be string, not '" + type_name(v) + "'");
  return I.intern(as_str(v)->s);
}

Value b_getattr(Interp& I, Args& a) {
  check_args(a, "getattr", 2, 3);
  Value out;
  if (I.try_getattr(a[0], attr_name(I, a[1]), out)) return out;
  if (a.n == 3) return a[2];
  return I.getattr(a[0], attr_name(I, a[1]));
}

Value b_setattr(Interp& I, Args& a) {
  check_args(a, "setattr", 3, 3);
  I.setattr(a[0], attr_name(I, a[1]), a[2]);
  return Value();
}

Value b_hasattr(Interp& I, Args& a) {
  check_args(a, "hasattr", 2, 2);
  Value out;
  return Value::boolean(I.try_getattr(a[0], attr_name(I, a[1]), out));
}

Value b_delattr(Interp& I, Args& a) {
  check_args(a, "delattr", 2, 2);
  I.delattr(a[0], attr_name(I, a[1]));
  return Value();
}

Value b_divmod(Interp&, Args& a) {
  check_args(a, "divmod", 2, 2);
  return new_tuple({binop(ast::BinOpKind::FloorDiv, a[0], a[1]), binop(ast::BinOpKind::Mod, a[0], a[1])});
}

Value b_pow(Interp&, Args& a) {
  check_args(a, "pow", 2, 3);
  if (a.n == 3) {
    if (!is_integer(a[0]) || !is_integer(a[1]) || !is_integer(a[2])) type_error("pow() 3rd argument not allowed unless all arguments are integers");
    if (!a[0].is_intlike() || !a[1].is_intlike() || !a[2].is_intlike()) return big_pow_mod(a[0], a[1], a[2]);
    __int128 base = a[0].as_int(), result = 1, m = a[2].as_int();
    int64_t e = a[1].as_int();
    if (m == 0) value_error("pow() 3rd argument cannot be 0");
    if (e < 0) value_error("base is not invertible for the given modulus");
    base %= m;
    result %= m;  // pow(x, 0, 1) == 0
    while (e > 0) {
      if (e & 1) result = (result * base) % m;
      base = (base * base) % m;
      e >>= 1;
    }
    int64_t r = static_cast<int64_t>(result);
    if (r != 0 && ((r < 0) != (m < 0))) r += static_cast<int64_t>(m);
    return Value::integer(r);
  }
  return binop(ast::BinOpKind::Pow, a[0], a[1]);
}

Value b_chr(Interp&, Args& a) {
  check_args(a, "chr", 1, 1);
  int64_t c = to_index(a[0]);
  if (c < 0 || c > 0x10FFFF) value_error("chr() arg not in range(0x110000)");
  std::string s;
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  else if (c < 0x10000) { s += static_cast<char>(0xE0 | (c >> 12)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  else { s += static_cast<char>(0xF0 | (c >> 18)); s += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  return new_str(std::move(s));
}

Value b_ord(Interp&, Args& a) {
  check_args(a, "ord", 1, 1);
  auto* s = as_str(a[0]);
  if (!s) type_error("ord() expected string of length 1, but " + type_name(a[0]) + " found");
  if (s->length() != 1) type_error("ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
  const auto* p = reinterpret_cast<const unsigned char*>(s->s.data());
  if (p[0] < 0x80) return Value::integer(p[0]);
  if (p[0] < 0xE0) return Value::integer(((p[0] & 0x1F) << 6) | (p[1] & 0x3F));
  if (p[0] < 0xF0) return Value::integer(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
  return Value::integer(((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
}

// An int (of any size) for hex/bin/oct.
Value int_arg(const Value& v) {
  if (is_integer(v)) return v.is_bool() ? Value::integer(v.as_int()) : v;
  type_error(quoted_type(v) + " object cannot be interpreted as an integer");
}

Value b_hex(Interp&, Args& a) { check_args(a, "hex", 1, 1); return new_str(format_value(int_arg(a[0]), "#x")); }
Value b_bin(Interp&, Args& a) { check_args(a, "bin", 1, 1); return new_str(format_value(int_arg(a[0]), "#b")); }
Value b_oct(Interp&, Args& a) { check_args(a, "oct", 1, 1); return new_str(format_value(int_arg(a[0]), "#o")); }

Value b_format(Interp&, Args& a) {
  check_args(a, "format", 1, 2);
  if (a.n == 2 && !as_str(a[1])) type_error("format() argument 2 must be str, not " + type_name(a[1]));
  return new_str(format_value(a[0], a.n == 2 ? as_str(a[1])->s : std::string()));
}

Value b_super(Interp& I, Args& a) {
  if (a.n == 2) return make<SuperObj>(a[0], a[1]);
  raise_error(I.cls.RuntimeError, "super(): no arguments");
}

Value b_input(Interp& I, Args&) {
  raise_error(I.cls.RuntimeError, "input() is not supported by Loopscope (programs run without a keyboard)");
}

Value b_exit(Interp& I, Args& a) {
  raise(make_exception(I.cls.SystemExit, std::vector<Value>(a.pos, a.pos + a.n)));
}

}  // namespace

void sort_list(Interp& I, std::vector<Value>& items, const Value* key, bool reverse) { sort_values(I, items, key, reverse); }

void setup_builtin_functions(Interp& I, std::unordered_map<std::string, Value>& table) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry entries[] = {
      {"print", b_print},       {"len", b_len},           {"enumerate", b_enumerate}, {"zip", b_zip},
      {"map", b_map},           {"filter", b_filter},     {"reversed", b_reversed},   {"sorted", b_sorted},
      {"min", b_min},           {"max", b_max},           {"sum", b_sum},             {"abs", b_abs},
      {"round", b_round},       {"repr", b_repr},         {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
      {"any", b_any},           {"all", b_all},           {"iter", b_iter},           {"next", b_next},
      {"hash", b_hash},         {"id", b_id},             {"callable", b_callable},   {"getattr", b_getattr},
      {"setattr", b_setattr},   {"hasattr", b_hasattr},   {"delattr", b_delattr},     {"divmod", b_divmod},
      {"pow", b_pow},           {"chr", b_chr},           {"ord", b_ord},             {"hex", b_hex},
      {"bin", b_bin},           {"oct", b_oct},           {"format", b_format},       {"super", b_super},
      {"input", b_input},       {"exit", b_exit},         {"quit", b_exit},
  };
  for (const Entry& e : entries) table[e.name] = I.builtin_fn(e.name, e.fn);
  setup_constructors(I, table);
  setup_str_methods(I);
  setup_collection_methods(I);
  setup_number_methods(I);
}

}  // namespace ls::py
