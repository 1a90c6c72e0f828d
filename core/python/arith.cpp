// Arithmetic and the other binary/unary operators, with Python's signs and
// error messages. Ints are int64 immediates until an operation overflows;
// then the operation is redone on big ints (int_big.cpp).
#include <cmath>

#include "python/interpreter.h"

namespace ls::py {

void set_merge(SetObj* dst, const SetObj* src);

namespace {

[[noreturn]] void zero_div(const char* msg) { raise_error(interp().cls.ZeroDivisionError, msg); }

const char* op_text(ast::BinOpKind op) {
  switch (op) {
    case ast::BinOpKind::Add: return "+";
    case ast::BinOpKind::Sub: return "-";
    case ast::BinOpKind::Mul: return "*";
    case ast::BinOpKind::Div: return "/";
    case ast::BinOpKind::FloorDiv: return "//";
    case ast::BinOpKind::Mod: return "%";
    case ast::BinOpKind::Pow: return "** or pow()";
    case ast::BinOpKind::LShift: return "<<";
    case ast::BinOpKind::RShift: return ">>";
    case ast::BinOpKind::BitOr: return "|";
    case ast::BinOpKind::BitXor: return "^";
    case ast::BinOpKind::BitAnd: return "&";
  }
  return "?";
}

// Dunder names for user classes: __add__ / __radd__.
const char* dunder(ast::BinOpKind op, bool reflected) {
  static const char* names[][2] = {
      {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"},
      {"__truediv__", "__rtruediv__"}, {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
      {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"}, {"__rshift__", "__rrshift__"},
      {"__or__", "__ror__"}, {"__xor__", "__rxor__"}, {"__and__", "__rand__"}};
  return names[static_cast<int>(op)][reflected ? 1 : 0];
}

[[noreturn]] void unsupported(ast::BinOpKind op, const Value& a, const Value& b) {
  type_error(std::string("unsupported operand type(s) for ") + op_text(op) + ": '" + type_name(a) + "' and '" +
             type_name(b) + "'");
}

// base ** exp in int64; false when it overflows.
bool ipow(int64_t base, int64_t exp, int64_t& result) {
  result = 1;
  while (exp > 0) {
    if (exp & 1)
      if (__builtin_mul_overflow(result, base, &result)) return false;
    exp >>= 1;
    if (exp && __builtin_mul_overflow(base, base, &base)) return false;
  }
  return true;
}

Value int_op(ast::BinOpKind op, int64_t a, int64_t b) {
  int64_t r;
  auto big = [&] { return big_binop(op, Value::integer(a), Value::integer(b)); };
  switch (op) {
    case ast::BinOpKind::Add: if (__builtin_add_overflow(a, b, &r)) return big(); return Value::integer(r);
    case ast::BinOpKind::Sub: if (__builtin_sub_overflow(a, b, &r)) return big(); return Value::integer(r);
    case ast::BinOpKind::Mul: if (__builtin_mul_overflow(a, b, &r)) return big(); return Value::integer(r);
    case ast::BinOpKind::Div:
      if (b == 0) zero_div("division by zero");
      return Value::flt(static_cast<double>(a) / static_cast<double>(b));
    case ast::BinOpKind::FloorDiv: {
      if (b == 0) zero_div("integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) return big();
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return Value::integer(q);
    }
    case ast::BinOpKind::Mod: {
      if (b == 0) zero_div("integer modulo by zero");
      if (b == -1) return Value::integer(0);
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::integer(m);
    }
    case ast::BinOpKind::Pow:
      if (b < 0) {
        if (a == 0) zero_div("0.0 cannot be raised to a negative power");
        return Value::flt(std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      if (!ipow(a, b, r)) return big();
      return Value::integer(r);
    case ast::BinOpKind::LShift:
      if (b < 0) value_error("negative shift count");
      if (a == 0) return Value::integer(0);
      if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return big();
      return Value::integer(a * (int64_t{1} << b));
    case ast::BinOpKind::RShift:
      if (b < 0) value_error("negative shift count");
      return Value::integer(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
    case ast::BinOpKind::BitOr: return Value::integer(a | b);
    case ast::BinOpKind::BitXor: return Value::integer(a ^ b);
    case ast::BinOpKind::BitAnd: return Value::integer(a & b);
  }
  return Value();
}

Value float_op(ast::BinOpKind op, double a, double b, const Value& va, const Value& vb) {
  switch (op) {
    case ast::BinOpKind::Add: return Value::flt(a + b);
    case ast::BinOpKind::Sub: return Value::flt(a - b);
    case ast::BinOpKind::Mul: return Value::flt(a * b);
    case ast::BinOpKind::Div:
      if (b == 0) zero_div("float division by zero");
      return Value::flt(a / b);
    case ast::BinOpKind::FloorDiv:
      if (b == 0) zero_div("float floor division by zero");
      return Value::flt(std::floor(a / b));
    case ast::BinOpKind::Mod: {
      if (b == 0) zero_div("float modulo");
      double m = std::fmod(a, b);
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      else if (m == 0) m = std::copysign(0.0, b);
      return Value::flt(m);
    }
    case ast::BinOpKind::Pow:
      if (a == 0 && b < 0) zero_div("0.0 cannot be raised to a negative power");
      if (a < 0 && b != std::floor(b)) value_error("complex numbers are not supported by Loopscope");
      return Value::flt(std::pow(a, b));
    default: unsupported(op, va, vb);
  }
}

Value repeat(const std::vector<Value>& items, int64_t n, bool list) {
  std::vector<Value> out;
  if (n > 0 && !items.empty()) {
    if (static_cast<double>(items.size()) * static_cast<double>(n) * sizeof(Value) > static_cast<double>(Memory::limit)) raise_memory_error();
    out.reserve(items.size() * static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) out.insert(out.end(), items.begin(), items.end());
  }
  return list ? new_list(std::move(out)) : new_tuple(std::move(out));
}

// s * n for str and bytes.
std::string repeat_text(const std::string& s, int64_t n) {
  if (n <= 0 || s.empty()) return std::string();
  if (static_cast<double>(s.size()) * static_cast<double>(n) > static_cast<double>(Memory::limit)) raise_memory_error();
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) out += s;
  return out;
}
Value repeat_str(const std::string& s, int64_t n) { return new_str(repeat_text(s, n)); }

// printf-style `"%d items" % n`.
Value percent_format(const std::string& fmt, const Value& arg) {
  std::vector<Value> args;
  if (arg.is(Type::Tuple)) args = arg.as<TupleObj>()->items;
  else args.push_back(arg);
  size_t next = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') { out += fmt[i]; continue; }
    if (++i >= fmt.size()) value_error("incomplete format");
    if (fmt[i] == '%') { out += '%'; continue; }
    std::string spec;
    while (i < fmt.size() && std::strchr("-+ #0123456789.", fmt[i])) spec += fmt[i++];
    if (i >= fmt.size()) value_error("incomplete format");
    const char conv = fmt[i];
    if (next >= args.size()) type_error("not enough arguments for format string");
    const Value& v = args[next++];
    // Translate to a format-spec: flags, width, precision, type.
    std::string fs;
    bool left = false;
    std::string rest;
    for (char c : spec) {
      if (c == '-' && rest.empty()) left = true;
      else rest += c;
    }
    if (left) fs += "<";
    fs += rest;
    switch (conv) {
      case 's': out += format_value(new_str(str(v)), fs.empty() ? "" : (left ? fs : ">" + fs)); break;
      case 'r': out += format_value(new_str(repr(v)), fs.empty() ? "" : (left ? fs : ">" + fs)); break;
      case 'd':
      case 'i': {
        Value iv = v.is_float() ? int_from_double(v.as_float()) : v;
        if (!is_integer(iv)) type_error("%d format: a real number is required, not " + type_name(v));
        out += format_value(iv, fs + "d");
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        if (!is_integer(v) && !v.is_float()) type_error("must be real number, not " + type_name(v));
        const double d = v.is_float() ? v.as_float() : int_to_double(v);
        out += format_value(Value::flt(d), fs + conv);
        break;
      }
      case 'x': case 'X': case 'o':
        out += format_value(v, fs + conv);
        break;
      default: value_error(std::string("unsupported format character '") + conv + "'");
    }
  }
  if (next < args.size()) type_error("not all arguments converted during string formatting");
  return new_str(std::move(out));
}

Value set_op(ast::BinOpKind op, SetObj* a, SetObj* b) {
  auto* r = new SetObj(a->frozen);
  Value rv(r);
  switch (op) {
    case ast::BinOpKind::BitOr:
      set_merge(r, a);
      b->for_each([&](const Value& k) { r->add(k); });
      break;
    case ast::BinOpKind::BitAnd: {
      SetObj* small = a->used <= b->used ? a : b;
      SetObj* big = small == a ? b : a;
      small->for_each([&](const Value& k) { if (big->contains(k)) r->add(k); });
      break;
    }
    case ast::BinOpKind::Sub:
      a->for_each([&](const Value& k) { if (!b->contains(k)) r->add(k); });
      break;
    case ast::BinOpKind::BitXor:
      set_merge(r, a);
      b->for_each([&](const Value& k) { if (!r->discard(k)) r->add(k); });
      break;
    default: return Value::unbound();
  }
  return rv;
}

Value object_op(ast::BinOpKind op, const Value& a, const Value& b) {
  Interp& I = interp();
  Value r;
  if ((a.is(Type::Instance) || a.is(Type::Exception)) && I.call_method_if(a, I.intern(dunder(op, false)), {b}, r)) return r;
  if ((b.is(Type::Instance) || b.is(Type::Exception)) && I.call_method_if(b, I.intern(dunder(op, true)), {a}, r)) return r;
  return Value::unbound();
}

}  // namespace

Value binop(ast::BinOpKind op, const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return int_op(op, a.as_int(), b.as_int());
  if (is_integer(a) && is_integer(b)) return big_binop(op, a, b);
  if (op == ast::BinOpKind::Mul && (a.is(Type::BigInt) || b.is(Type::BigInt))) {
    // A sequence repeated a big-int number of times, as CPython words it.
    const Value& other = a.is(Type::BigInt) ? b : a;
    if (other.is(Type::Str) || other.is(Type::Bytes) || other.is(Type::List) || other.is(Type::Tuple))
      raise_error(interp().cls.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if ((a.is_float() || is_integer(a)) && (b.is_float() || is_integer(b)) && op < ast::BinOpKind::LShift) {
    const double x = a.is_float() ? a.as_float() : int_to_double(a);
    const double y = b.is_float() ? b.as_float() : int_to_double(b);
    return float_op(op, x, y, a, b);
  }
  if (a.is(Type::Str)) {
    const std::string& s = a.as<StrObj>()->s;
    if (op == ast::BinOpKind::Add) {
      if (!b.is(Type::Str)) type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
      return new_str(s + b.as<StrObj>()->s);
    }
    if (op == ast::BinOpKind::Mul) {
      if (!b.is_intlike()) type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
      return repeat_str(s, b.as_int());
    }
    if (op == ast::BinOpKind::Mod) return percent_format(s, b);
  }
  if (b.is(Type::Str) && op == ast::BinOpKind::Mul && a.is_intlike()) return repeat_str(b.as<StrObj>()->s, a.as_int());
  if (a.is(Type::List) || a.is(Type::Tuple)) {
    const bool list = a.is(Type::List);
    auto& items = a.as<SeqObj>()->items;
    if (op == ast::BinOpKind::Add) {
      if (b.tag() != Tag::Obj || b.obj()->type != a.obj()->type)
        type_error(std::string("can only concatenate ") + (list ? "list" : "tuple") + " (not \"" + type_name(b) +
                   "\") to " + (list ? "list" : "tuple"));
      std::vector<Value> out(items);
      auto& more = b.as<SeqObj>()->items;
      out.insert(out.end(), more.begin(), more.end());
      return list ? new_list(std::move(out)) : new_tuple(std::move(out));
    }
    if (op == ast::BinOpKind::Mul) {
      if (!b.is_intlike()) type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
      return repeat(items, b.as_int(), list);
    }
  }
  if ((b.is(Type::List) || b.is(Type::Tuple)) && op == ast::BinOpKind::Mul && a.is_intlike())
    return repeat(b.as<SeqObj>()->items, a.as_int(), b.is(Type::List));
  if (a.is(Type::Bytes) && b.is(Type::Bytes) && op == ast::BinOpKind::Add)
    return make<BytesObj>(a.as<BytesObj>()->s + b.as<BytesObj>()->s);
  if (op == ast::BinOpKind::Mul && ((a.is(Type::Bytes) && b.is_intlike()) || (b.is(Type::Bytes) && a.is_intlike()))) {
    const bool left = a.is(Type::Bytes);
    return make<BytesObj>(repeat_text((left ? a : b).as<BytesObj>()->s, (left ? b : a).as_int()));
  }
  if (a.is(Type::Set) && b.is(Type::Set)) {
    Value r = set_op(op, a.as<SetObj>(), b.as<SetObj>());
    if (!r.is_unbound()) return r;
  }
  if (a.is(Type::Dict) && b.is(Type::Dict) && op == ast::BinOpKind::BitOr) {
    auto* d = new DictObj();
    Value r(d);
    for (auto& e : a.as<DictObj>()->entries) if (e.live) d->set(e.key, e.value);
    for (auto& e : b.as<DictObj>()->entries) if (e.live) d->set(e.key, e.value);
    return r;
  }
  Value r = object_op(op, a, b);
  if (!r.is_unbound()) return r;
  unsupported(op, a, b);
}

Value inplace_binop(ast::BinOpKind op, const Value& a, const Value& b) {
  if (a.is(Type::List) && op == ast::BinOpKind::Add) {
    // list += iterable extends in place (the same object stays bound).
    auto* l = a.as<ListObj>();
    std::vector<Value> more = interp().to_vector(b);
    l->items.insert(l->items.end(), more.begin(), more.end());
    l->track();
    return a;
  }
  if (a.is(Type::Instance)) {
    Interp& I = interp();
    static const char* inames[] = {"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
                                   "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__"};
    Value r;
    if (I.call_method_if(a, I.intern(inames[static_cast<int>(op)]), {b}, r)) return r;
  }
  if (a.is(Type::Set) && b.is(Type::Set) && op != ast::BinOpKind::Add) {
    // Sets update in place too.
    Value r = binop(op, a, b);
    auto* s = a.as<SetObj>();
    s->clear();
    set_merge(s, r.as<SetObj>());
    return a;
  }
  return binop(op, a, b);
}

Value unaryop(ast::UnaryOpKind op, const Value& v) {
  switch (op) {
    case ast::UnaryOpKind::Not: return Value::boolean(!truthy(v));
    case ast::UnaryOpKind::Neg:
      if (v.is_intlike()) {
        if (v.as_int() == INT64_MIN) return int_negate(v);
        return Value::integer(-v.as_int());
      }
      if (v.is_float()) return Value::flt(-v.as_float());
      if (v.is(Type::BigInt)) return int_negate(v);
      break;
    case ast::UnaryOpKind::Pos:
      if (v.is_intlike()) return Value::integer(v.as_int());
      if (v.is_float() || v.is(Type::BigInt)) return v;
      break;
    case ast::UnaryOpKind::Invert:
      if (v.is_intlike()) return Value::integer(~v.as_int());
      if (v.is(Type::BigInt)) return int_value(~to_bigint(v));
      break;
  }
  static const char* names[] = {"", "__neg__", "__pos__", "__invert__"};
  static const char* sym[] = {"not", "-", "+", "~"};
  Interp& I = interp();
  Value r;
  if (v.is(Type::Instance) && I.call_method_if(v, I.intern(names[static_cast<int>(op)]), {}, r)) return r;
  type_error(std::string("bad operand type for unary ") + sym[static_cast<int>(op)] + ": '" + type_name(v) + "'");
}

}  // namespace ls::py
