// Methods of int, float, range and bytes. Bytes methods work on bytes (ASCII
// case and whitespace, byte indexes), unlike the str methods, which work on
// code points (methods_str.cpp over the text library).
#include <algorithm>
#include <bit>
#include <cmath>

#include "python/interpreter.h"

namespace ls::py {

namespace {

// ---- int and float ---------------------------------------------------------------

Value i_bit_length(Interp&, Args& a) {
  check_args(a, "bit_length", 0, 0);
  if (a.self->is(Type::BigInt)) return Value::integer(static_cast<int64_t>(a.self->as<BigIntObj>()->v.bit_length()));
  const int64_t v = a.self->as_int();
  const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Value::integer(64 - std::countl_zero(m));
}

Value f_is_integer(Interp&, Args& a) {
  check_args(a, "is_integer", 0, 0);
  const double d = a.self->as_float();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

// ---- range -------------------------------------------------------------------------

bool range_position(const RangeObj* r, const Value& x, int64_t& pos) {
  if (!x.is_intlike()) return false;
  const int64_t v = x.as_int();
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
  if ((v - r->start) % r->step != 0) return false;
  pos = (v - r->start) / r->step;
  return true;
}

Value r_index(Interp&, Args& a) {
  check_args(a, "index", 1, 1);
  int64_t pos;
  if (range_position(a.self->as<RangeObj>(), a[0], pos)) return Value::integer(pos);
  value_error(repr(a[0]) + " is not in range");
}

Value r_count(Interp&, Args& a) {
  check_args(a, "count", 1, 1);
  int64_t pos;
  return Value::integer(range_position(a.self->as<RangeObj>(), a[0], pos) ? 1 : 0);
}

// ---- bytes -------------------------------------------------------------------------

const std::string& self_bytes(const Args& a) { return a.self->as<BytesObj>()->s; }

const std::string& bytes_arg(const Value& v) {
  if (!v.is(Type::Bytes)) type_error("a bytes-like object is required, not " + quoted_type(v));
  return v.as<BytesObj>()->s;
}

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

Value b_decode(Interp&, Args& a) {
  check_args(a, "decode", 0, 2);
  // Invalid UTF-8 would need UnicodeDecodeError's byte positions; the
  // bytes programs make (downloads, encode()) are text or are not decoded.
  return new_str(self_bytes(a));
}

Value b_split(Interp& I, Args& a) {
  check_args(a, "split", 0, 2);
  const std::string& s = self_bytes(a);
  const Value* sep = a.n > 0 ? &a[0] : kwarg(I, a, "sep");
  std::vector<Value> out;
  if (!sep || sep->is_none()) {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && ascii_space(s[i])) ++i;
      if (i >= s.size()) break;
      size_t j = i;
      while (j < s.size() && !ascii_space(s[j])) ++j;
      out.push_back(make<BytesObj>(s.substr(i, j - i)));
      i = j;
    }
    return new_list(std::move(out));
  }
  const std::string& d = bytes_arg(*sep);
  if (d.empty()) value_error("empty separator");
  size_t start = 0;
  for (size_t p = s.find(d); p != std::string::npos; p = s.find(d, start)) {
    out.push_back(make<BytesObj>(s.substr(start, p - start)));
    start = p + d.size();
  }
  out.push_back(make<BytesObj>(s.substr(start)));
  return new_list(std::move(out));
}

Value b_join(Interp& I, Args& a) {
  check_args(a, "join", 1, 1);
  std::string out;
  size_t i = 0;
  I.for_each(a[0], [&](const Value& v) {
    if (!v.is(Type::Bytes))
      type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " + type_name(v) + " found");
    if (i++) out += self_bytes(a);
    out += v.as<BytesObj>()->s;
    return true;
  });
  return make<BytesObj>(std::move(out));
}

Value b_case(Args& a, bool upper) {
  std::string s = self_bytes(a);
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return make<BytesObj>(std::move(s));
}
Value b_upper(Interp&, Args& a) { return b_case(a, true); }
Value b_lower(Interp&, Args& a) { return b_case(a, false); }

Value b_strip_impl(Args& a, bool left, bool right) {
  check_args(a, "strip", 0, 1);
  const std::string& s = self_bytes(a);
  const bool ws = a.n == 0 || a[0].is_none();
  const std::string chars = ws ? std::string() : bytes_arg(a[0]);
  auto strip = [&](char c) { return ws ? ascii_space(c) : chars.find(c) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (left) while (b < e && strip(s[b])) ++b;
  if (right) while (e > b && strip(s[e - 1])) --e;
  return make<BytesObj>(s.substr(b, e - b));
}
Value b_strip(Interp&, Args& a) { return b_strip_impl(a, true, true); }
Value b_lstrip(Interp&, Args& a) { return b_strip_impl(a, true, false); }
Value b_rstrip(Interp&, Args& a) { return b_strip_impl(a, false, true); }

// The [start:end] window of a bytes method's optional bounds.
std::string_view window(const Args& a, uint32_t first) {
  std::string_view s = self_bytes(a);
  if (a.n <= first) return s;
  SliceBounds b = slice_bounds(a[first], a.n > first + 1 ? a[first + 1] : Value(), Value(),
                               static_cast<int64_t>(s.size()));
  const auto from = static_cast<size_t>(b.start);
  return s.substr(from, static_cast<size_t>(std::max(b.start, b.stop)) - from);
}

Value b_affix(Args& a, bool start) {
  check_args(a, start ? "startswith" : "endswith", 1, 3);
  std::string_view view = window(a, 1);
  std::vector<Value> options = a[0].is(Type::Tuple) ? a[0].as<TupleObj>()->items : std::vector<Value>{a[0]};
  for (const Value& o : options) {
    const std::string& x = bytes_arg(o);
    if (start ? view.substr(0, x.size()) == x : (view.size() >= x.size() && view.substr(view.size() - x.size()) == x))
      return Value::boolean(true);
  }
  return Value::boolean(false);
}
Value b_startswith(Interp&, Args& a) { return b_affix(a, true); }
Value b_endswith(Interp&, Args& a) { return b_affix(a, false); }

Value b_find(Interp&, Args& a) {
  check_args(a, "find", 1, 3);
  std::string_view view = window(a, 1);
  const size_t offset = static_cast<size_t>(view.data() - self_bytes(a).data());
  const size_t p = view.find(bytes_arg(a[0]));
  return Value::integer(p == std::string_view::npos ? -1 : static_cast<int64_t>(offset + p));
}

Value b_count(Interp&, Args& a) {
  check_args(a, "count", 1, 3);
  std::string_view view = window(a, 1);
  const std::string& sub = bytes_arg(a[0]);
  if (sub.empty()) return Value::integer(static_cast<int64_t>(view.size()) + 1);
  int64_t n = 0;
  for (size_t p = view.find(sub); p != std::string_view::npos; p = view.find(sub, p + sub.size())) ++n;
  return Value::integer(n);
}

Value b_replace(Interp&, Args& a) {
  check_args(a, "replace", 2, 3);
  const std::string& s = self_bytes(a);
  const std::string& from = bytes_arg(a[0]);
  const std::string& to = bytes_arg(a[1]);
  int64_t count = a.n > 2 ? to_index(a[2]) : -1;
  if (from.empty()) type_error("replacing empty bytes is not supported by Loopscope");
  std::string out;
  size_t pos = 0;
  for (size_t p = s.find(from); p != std::string::npos && count != 0; p = s.find(from, pos), --count) {
    out.append(s, pos, p - pos);
    out += to;
    pos = p + from.size();
  }
  out.append(s, pos, std::string::npos);
  return make<BytesObj>(std::move(out));
}

Value b_hex(Interp&, Args& a) {
  check_args(a, "hex", 0, 0);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : self_bytes(a)) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return new_str(std::move(out));
}

}  // namespace

void setup_number_methods(Interp& I) {
  struct Entry {
    ClassObj* cls;
    const char* name;
    NativeFn fn;
  };
  const Entry entries[] = {
      {I.cls.int_, "bit_length", i_bit_length}, {I.cls.float_, "is_integer", f_is_integer},
      {I.cls.range, "index", r_index},          {I.cls.range, "count", r_count},
      {I.cls.bytes, "decode", b_decode},        {I.cls.bytes, "split", b_split},
      {I.cls.bytes, "join", b_join},            {I.cls.bytes, "upper", b_upper},
      {I.cls.bytes, "lower", b_lower},          {I.cls.bytes, "strip", b_strip},
      {I.cls.bytes, "lstrip", b_lstrip},        {I.cls.bytes, "rstrip", b_rstrip},
      {I.cls.bytes, "startswith", b_startswith}, {I.cls.bytes, "endswith", b_endswith},
      {I.cls.bytes, "find", b_find},            {I.cls.bytes, "count", b_count},
      {I.cls.bytes, "replace", b_replace},      {I.cls.bytes, "hex", b_hex},
  };
  for (const Entry& e : entries) I.add_method(e.cls, e.name, e.fn);
}

}  // namespace ls::py
