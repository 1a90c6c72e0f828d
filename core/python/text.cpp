// Number and string text for the runtime: float repr, format specs, string
// repr, UTF-8 lengths, index and slice arithmetic.
//
// Number formatting and string repr forward to the shared text library
// (core/python/text), which matches CPython digit for digit.
#include "python/interpreter.h"
#include "python/text/format_spec.h"
#include "python/text/number.h"
#include "python/text/repr.h"

namespace ls::py {

Value new_str(std::string s) { return make<StrObj>(std::move(s)); }
Value new_str(std::string_view s) { return make<StrObj>(std::string(s)); }
Value new_list(std::vector<Value> v) { return make<ListObj>(std::move(v)); }
Value new_tuple(std::vector<Value> v) { return make<TupleObj>(std::move(v)); }

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t utf8_offset(std::string_view s, int64_t i) {
  size_t pos = 0;
  while (i > 0 && pos < s.size()) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    --i;
  }
  return pos;
}

int64_t StrObj::length() {
  if (cp_len < 0) cp_len = utf8_length(s);
  return cp_len;
}

int64_t RangeObj::length() const {
  // In 128 bits: range(-2**62, 2**62) spans more than int64 holds.
  const __int128 a = start, b = stop, s = step;
  __int128 n = 0;
  if (s > 0 && a < b) n = (b - a - 1) / s + 1;
  if (s < 0 && a > b) n = (a - b - 1) / (-s) + 1;
  if (n > INT64_MAX) raise_error(interp().cls.OverflowError, "Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(n);
}

std::string int_to_string(int64_t i) { return text::int_to_string(i); }

std::string float_repr(double d) { return text::float_repr(d); }

std::string str_repr(std::string_view s) { return text::str_repr(s); }

std::string format_value(const Value& v, std::string_view spec) {
  if (v.is_float()) return text::format_float(v.as_float(), spec);
  if (v.is_int() || v.is(Type::BigInt)) return format_integer(v, spec);
  if (v.is_bool()) return spec.empty() ? str(v) : text::format_int(v.as_int(), spec);
  if (auto* s = as_str(v)) return text::format_str(s->s, spec);
  if (spec.empty()) return str(v);
  Value r;
  Interp& I = interp();
  if (v.is(Type::Instance) && I.call_method_if(v, I.intern("__format__"), {new_str(spec)}, r) && as_str(r)) return as_str(r)->s;
  std::string msg = "unsupported format string passed to ";
  msg += type_name(v);
  msg += ".__format__";
  type_error(std::move(msg));
}

int64_t seq_index(int64_t i, int64_t len, const char* what) {
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise_error(interp().cls.IndexError, std::string(what) + " index out of range");
  return i;
}

int64_t to_index(const Value& v, const char* what) {
  if (v.is_intlike()) return v.as_int();
  if (v.is(Type::BigInt)) raise_error(interp().cls.IndexError, "cannot fit 'int' into an index-sized integer");
  type_error(std::string(what) + " must be integers or slices, not " + type_name(v));
}

SliceBounds slice_bounds(const Value& lower, const Value& upper, const Value& step_v, int64_t len) {
  auto as_slice_int = [](const Value& v) -> int64_t {
    if (v.is_intlike()) return v.as_int();
    type_error("slice indices must be integers or None or have an __index__ method");
  };
  int64_t step = step_v.is_none() ? 1 : as_slice_int(step_v);
  if (step == 0) value_error("slice step cannot be zero");
  int64_t start, stop;
  if (lower.is_none()) start = step < 0 ? len - 1 : 0;
  else {
    start = as_slice_int(lower);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (upper.is_none()) stop = step < 0 ? -1 : len;
  else {
    stop = as_slice_int(upper);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  return {start, stop, step, count};
}

}  // namespace ls::py
