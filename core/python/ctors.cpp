// Constructors of the builtin types: int("3"), list(x), dict(a=1), range(5)...
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "python/interpreter.h"

namespace ls::py {

void set_merge(SetObj* dst, const SetObj* src);

namespace {

std::string strip_ws(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

Value c_int(Interp& I, Args& a) {
  if (a.n == 0) return Value::integer(0);
  const Value& x = a[0];
  const Value* base_kw = kwarg(I, a, "base");
  if (a.n > 1 || base_kw) {
    if (!as_str(x)) type_error("int() can't convert non-string with explicit base");
    const int64_t base = to_index(a.n > 1 ? a[1] : *base_kw);
    if (base != 0 && (base < 2 || base > 36)) value_error("int() base must be >= 2 and <= 36, or 0");
    return parse_int_value(as_str(x)->s, static_cast<int>(base));
  }
  if (x.is_intlike()) return Value::integer(x.as_int());
  if (x.is(Type::BigInt)) return x;
  if (x.is_float()) return int_from_double(x.as_float());
  if (auto* s = as_str(x)) return parse_int_value(s->s, 10);
  if (x.is(Type::Bytes)) return parse_int_value(x.as<BytesObj>()->s, 10);
  Value r;
  if (x.is(Type::Instance) && I.call_method_if(x, I.intern("__int__"), {}, r)) return r;
  type_error("int() argument must be a string, a bytes-like object or a real number, not '" + type_name(x) + "'");
}

Value c_float(Interp& I, Args& a) {
  if (a.n == 0) return Value::flt(0.0);
  const Value& x = a[0];
  if (x.is_float()) return x;
  if (is_integer(x)) return Value::flt(int_to_double(x));
  if (auto* s = as_str(x)) {
    std::string t = strip_ws(s->s);
    std::string low;
    for (char c : t) if (c != '_') low += static_cast<char>(std::tolower(c));
    if (low == "inf" || low == "+inf" || low == "infinity" || low == "+infinity") return Value::flt(INFINITY);
    if (low == "-inf" || low == "-infinity") return Value::flt(-INFINITY);
    if (low == "nan" || low == "+nan" || low == "-nan") return Value::flt(NAN);
    char* end = nullptr;
    errno = 0;
    const double d = std::strtod(low.c_str(), &end);
    if (low.empty() || *end || low.find_first_of("xp") != std::string::npos)
      value_error("could not convert string to float: " + str_repr(s->s));
    return Value::flt(d);
  }
  Value r;
  if (x.is(Type::Instance) && I.call_method_if(x, I.intern("__float__"), {}, r)) return r;
  type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value c_str(Interp&, Args& a) {
  if (a.n == 0) return new_str(std::string());
  if (a.n >= 2 && a[0].is(Type::Bytes)) return new_str(a[0].as<BytesObj>()->s);
  if (a[0].is(Type::Str)) return a[0];
  return new_str(str(a[0]));
}

Value c_bool(Interp&, Args& a) { return Value::boolean(a.n > 0 && truthy(a[0])); }

Value c_list(Interp& I, Args& a) { return new_list(a.n ? I.to_vector(a[0]) : std::vector<Value>{}); }

Value c_tuple(Interp& I, Args& a) {
  if (a.n && a[0].is(Type::Tuple)) return a[0];
  return new_tuple(a.n ? I.to_vector(a[0]) : std::vector<Value>{});
}

Value c_dict(Interp& I, Args& a) {
  auto* d = new DictObj();
  Value dv(d);
  if (a.n) {
    if (a[0].is(Type::Dict)) {
      for (auto& e : a[0].as<DictObj>()->entries)
        if (e.live) d->set(e.key, e.value);
    } else {
      I.for_each(a[0], [&](const Value& item) {
        std::vector<Value> kv = I.to_vector(item);
        if (kv.size() != 2)
          value_error("dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
        d->set(kv[0], kv[1]);
        return true;
      });
    }
  }
  for (uint32_t k = 0; k < a.nkw; ++k) d->set(new_str(I.name_of(a.kw[k].id)), a.kw[k].value);
  return dv;
}

Value make_set(Interp& I, Args& a, bool frozen) {
  auto* s = new SetObj(frozen);
  Value sv(s);
  if (a.n) {
    if (a[0].is(Type::Set)) set_merge(s, a[0].as<SetObj>());
    else I.for_each(a[0], [&](const Value& v) { s->add(v); return true; });
  }
  return sv;
}
Value c_set(Interp& I, Args& a) { return make_set(I, a, false); }
Value c_frozenset(Interp& I, Args& a) { return make_set(I, a, true); }

Value c_range(Interp& I, Args& a) {
  auto arg = [&](uint32_t i) -> int64_t {
    // Ranges hold int64 bounds: CPython allows bigger ones, Loopscope says so plainly.
    if (a[i].is(Type::BigInt)) raise_error(I.cls.OverflowError, "Python int too large to convert to C ssize_t");
    if (!a[i].is_intlike()) type_error(quoted_type(a[i]) + " object cannot be interpreted as an integer");
    return a[i].as_int();
  };
  if (a.n == 1) return make<RangeObj>(0, arg(0), 1);
  if (a.n == 2) return make<RangeObj>(arg(0), arg(1), 1);
  if (a.n == 3) {
    const int64_t step = arg(2);
    if (step == 0) value_error("range() arg 3 must not be zero");
    return make<RangeObj>(arg(0), arg(1), step);
  }
  type_error(a.n == 0 ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got " + std::to_string(a.n));
}

Value c_bytes(Interp& I, Args& a) {
  if (a.n == 0) return make<BytesObj>(std::string());
  if (auto* s = as_str(a[0])) return make<BytesObj>(s->s);
  if (a[0].is(Type::Bytes)) return a[0];
  if (a[0].is_intlike()) {
    if (a[0].as_int() < 0) value_error("negative count");
    mem_add(0);
    return make<BytesObj>(std::string(static_cast<size_t>(a[0].as_int()), '\0'));
  }
  std::string out;
  I.for_each(a[0], [&](const Value& v) {
    if (!v.is_intlike() || v.as_int() < 0 || v.as_int() > 255) value_error("bytes must be in range(0, 256)");
    out += static_cast<char>(v.as_int());
    return true;
  });
  return make<BytesObj>(std::move(out));
}

Value c_type(Interp& I, Args& a) {
  if (a.n == 1) return I.class_value(a[0]);
  type_error("type() with 3 arguments is not supported by Loopscope");
}

Value c_object(Interp& I, Args& a) {
  if (a.n) type_error("object() takes no arguments");
  return make<InstanceObj>(Value(I.cls.object));
}

Value c_property(Interp&, Args& a) {
  check_args(a, "property", 1, 2);
  auto* p = new PropertyObj(a[0], PropertyObj::Kind::Property);
  if (a.n > 1) p->setter = a[1];
  return Value(p);
}
Value c_staticmethod(Interp&, Args& a) {
  check_args(a, "staticmethod", 1, 1);
  return make<PropertyObj>(a[0], PropertyObj::Kind::Static);
}
Value c_classmethod(Interp&, Args& a) {
  check_args(a, "classmethod", 1, 1);
  return make<PropertyObj>(a[0], PropertyObj::Kind::ClassMethod);
}

Value m_property_setter(Interp&, Args& a) {
  check_args(a, "setter", 1, 1);
  auto* old = a.self->as<PropertyObj>();
  auto* p = new PropertyObj(old->func, PropertyObj::Kind::Property);
  p->setter = a[0];
  return Value(p);
}

Value m_object_init(Interp&, Args&) { return Value(); }

}  // namespace

void setup_constructors(Interp& I, std::unordered_map<std::string, Value>& table) {
  struct Entry {
    const char* name;
    ClassObj* cls;
    NativeFn fn;
  };
  const Entry entries[] = {
      {"int", I.cls.int_, c_int},          {"float", I.cls.float_, c_float},   {"str", I.cls.str, c_str},
      {"bool", I.cls.bool_, c_bool},       {"list", I.cls.list, c_list},       {"tuple", I.cls.tuple, c_tuple},
      {"dict", I.cls.dict, c_dict},        {"set", I.cls.set, c_set},          {"frozenset", I.cls.frozenset, c_frozenset},
      {"range", I.cls.range, c_range},     {"bytes", I.cls.bytes, c_bytes},    {"type", I.cls.type, c_type},
      {"object", I.cls.object, c_object},  {"property", I.cls.property, c_property},
      {"staticmethod", I.cls.staticmethod, c_staticmethod}, {"classmethod", I.cls.classmethod, c_classmethod},
  };
  for (const Entry& e : entries) {
    e.cls->ctor = e.fn;
    table[e.name] = Value(e.cls);
  }
  I.add_method(I.cls.property, "setter", m_property_setter);
  I.add_method(I.cls.object, "__init__", m_object_init);
}

}  // namespace ls::py
