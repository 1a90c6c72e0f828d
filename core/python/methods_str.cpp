// str methods on UTF-8 text, in code points, over the text library; and
// str.format.
#include <algorithm>

#include "python/interpreter.h"
#include "python/text/str_methods.h"

namespace ls::py {

namespace {

// Every method here is a thin adapter: argument checks with CPython's
// messages, then the text library (python/text/str_methods.h), which works in
// code points and is tested against python3. Its TextErrors become Python
// exceptions in exception_value().

StrObj* self_str(Args& a) { return a.self->as<StrObj>(); }
const std::string& self_text(Args& a) { return a.self->as<StrObj>()->s; }

const std::string& str_arg(const Value& v, const char* what) {
  if (!v.is(Type::Str)) type_error(std::string(what) + " must be str, not " + type_name(v));
  return v.as<StrObj>()->s;
}

// An optional str argument (None and absent are nullopt).
std::optional<std::string_view> opt_str(const Value* v, const char* what) {
  if (!v || v->is_none()) return std::nullopt;
  return std::string_view(str_arg(*v, what));
}

// Optional start/end bounds at positions i and i + 1 (None and absent are nullopt).
std::optional<int64_t> opt_bound(const Args& a, uint32_t i) {
  if (i >= a.n || a[i].is_none()) return std::nullopt;
  if (a[i].is(Type::BigInt)) return a[i].as<BigIntObj>()->v.negative() ? INT64_MIN / 2 : INT64_MAX / 2;
  if (!a[i].is_intlike()) type_error("slice indices must be integers or None or have an __index__ method");
  return a[i].as_int();
}

template <class View>
Value str_list(const std::vector<View>& parts) {
  std::vector<Value> out;
  out.reserve(parts.size());
  for (const View& p : parts) out.push_back(new_str(std::string_view(p)));
  return new_list(std::move(out));
}

Value split_impl(Interp& I, Args& a, bool right) {
  check_args(a, right ? "rsplit" : "split", 0, 2);
  const Value* sep = a.n > 0 ? &a[0] : kwarg(I, a, "sep");
  const Value* ms = a.n > 1 ? &a[1] : kwarg(I, a, "maxsplit");
  const int64_t maxsplit = ms ? to_index(*ms) : -1;
  if (sep && !sep->is_none() && !sep->is(Type::Str)) type_error("must be str or None, not " + type_name(*sep));
  const std::optional<std::string_view> d = opt_str(sep, "separator");
  return str_list(right ? text::rsplit(self_text(a), d, maxsplit) : text::split(self_text(a), d, maxsplit));
}
Value m_split(Interp& I, Args& a) { return split_impl(I, a, false); }
Value m_rsplit(Interp& I, Args& a) { return split_impl(I, a, true); }

Value m_join(Interp& I, Args& a) {
  check_args(a, "join", 1, 1);
  const std::string& sep = self_text(a);
  std::string out;
  size_t i = 0;
  I.for_each(a[0], [&](const Value& v) {
    if (!v.is(Type::Str))
      type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(v) + " found");
    if (i++) out += sep;
    out += v.as<StrObj>()->s;
    return true;
  });
  return new_str(std::move(out));
}

Value strip_impl(Args& a, const char* name, std::string_view (*fn)(std::string_view, std::optional<std::string_view>)) {
  check_args(a, name, 0, 1);
  if (a.n && !a[0].is_none() && !a[0].is(Type::Str)) type_error(std::string(name) + " arg must be None or str");
  return new_str(fn(self_text(a), opt_str(a.n ? &a[0] : nullptr, name)));
}
Value m_strip(Interp&, Args& a) { return strip_impl(a, "strip", text::strip); }
Value m_lstrip(Interp&, Args& a) { return strip_impl(a, "lstrip", text::lstrip); }
Value m_rstrip(Interp&, Args& a) { return strip_impl(a, "rstrip", text::rstrip); }

template <std::string (*Fn)(std::string_view)>
Value case_method(Interp&, Args& a) {
  check_args(a, "str method", 0, 0);
  return new_str(Fn(self_text(a)));
}

Value m_replace(Interp&, Args& a) {
  check_args(a, "replace", 2, 3);
  const std::string& from = str_arg(a[0], "replace() argument 1");
  const std::string& to = str_arg(a[1], "replace() argument 2");
  const int64_t count = a.n > 2 ? to_index(a[2]) : -1;
  return new_str(text::replace(self_text(a), from, to, count));
}

bool affix(Args& a, bool start) {
  check_args(a, start ? "startswith" : "endswith", 1, 3);
  const std::string& s = self_text(a);
  std::vector<Value> options = a[0].is(Type::Tuple) ? a[0].as<TupleObj>()->items : std::vector<Value>{a[0]};
  for (const Value& o : options) {
    if (!o.is(Type::Str))
      type_error(std::string(start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " + type_name(o));
    const std::string& x = o.as<StrObj>()->s;
    if (start ? text::startswith(s, x, opt_bound(a, 1), opt_bound(a, 2)) : text::endswith(s, x, opt_bound(a, 1), opt_bound(a, 2)))
      return true;
  }
  return false;
}
Value m_startswith(Interp&, Args& a) { return Value::boolean(affix(a, true)); }
Value m_endswith(Interp&, Args& a) { return Value::boolean(affix(a, false)); }

int64_t find_impl(Args& a, const char* name, bool reverse) {
  check_args(a, name, 1, 3);
  if (!a[0].is(Type::Str)) type_error("must be str, not " + type_name(a[0]));
  const std::string& sub = a[0].as<StrObj>()->s;
  return reverse ? text::rfind(self_text(a), sub, opt_bound(a, 1), opt_bound(a, 2))
                 : text::find(self_text(a), sub, opt_bound(a, 1), opt_bound(a, 2));
}
Value m_find(Interp&, Args& a) { return Value::integer(find_impl(a, "find", false)); }
Value m_rfind(Interp&, Args& a) { return Value::integer(find_impl(a, "rfind", true)); }
Value m_index(Interp&, Args& a) {
  const int64_t r = find_impl(a, "index", false);
  if (r < 0) value_error("substring not found");
  return Value::integer(r);
}
Value m_rindex(Interp&, Args& a) {
  const int64_t r = find_impl(a, "rindex", true);
  if (r < 0) value_error("substring not found");
  return Value::integer(r);
}

Value m_count(Interp&, Args& a) {
  check_args(a, "count", 1, 3);
  if (!a[0].is(Type::Str)) type_error("must be str, not " + type_name(a[0]));
  const std::string& sub = a[0].as<StrObj>()->s;
  return Value::integer(text::count(self_text(a), sub, opt_bound(a, 1), opt_bound(a, 2)));
}

Value justify(Args& a, const char* name, std::string (*fn)(std::string_view, int64_t, std::string_view)) {
  check_args(a, name, 1, 2);
  const int64_t width = to_index(a[0]);
  if (a.n > 1 && !a[1].is(Type::Str))
    type_error(std::string(name) + "() argument 2 must be str, not " + type_name(a[1]));
  const std::string fill = a.n > 1 ? a[1].as<StrObj>()->s : " ";
  if (text::utf8_length(fill) != 1) type_error("The fill character must be exactly one character long");
  if (width <= self_str(a)->length()) return *a.self;
  return new_str(fn(self_text(a), width, fill));
}
Value m_ljust(Interp&, Args& a) { return justify(a, "ljust", text::ljust); }
Value m_rjust(Interp&, Args& a) { return justify(a, "rjust", text::rjust); }
Value m_center(Interp&, Args& a) { return justify(a, "center", text::center); }

Value m_zfill(Interp&, Args& a) {
  check_args(a, "zfill", 1, 1);
  const int64_t width = to_index(a[0]);
  if (width <= self_str(a)->length()) return *a.self;
  return new_str(text::zfill(self_text(a), width));
}

template <bool (*Pred)(std::string_view)>
Value predicate(Interp&, Args& a) {
  check_args(a, "str method", 0, 0);
  return Value::boolean(Pred(self_text(a)));
}

Value m_splitlines(Interp& I, Args& a) {
  check_args(a, "splitlines", 0, 1);
  const Value* keep = a.n ? &a[0] : kwarg(I, a, "keepends");
  return str_list(text::splitlines(self_text(a), keep && truthy(*keep)));
}

Value partition_impl(Args& a, bool right) {
  check_args(a, right ? "rpartition" : "partition", 1, 1);
  const std::string& sep = str_arg(a[0], "separator");
  const auto parts = right ? text::rpartition(self_text(a), sep) : text::partition(self_text(a), sep);
  return new_tuple({new_str(parts[0]), new_str(parts[1]), new_str(parts[2])});
}
Value m_partition(Interp&, Args& a) { return partition_impl(a, false); }
Value m_rpartition(Interp&, Args& a) { return partition_impl(a, true); }

Value m_removeprefix(Interp&, Args& a) {
  check_args(a, "removeprefix", 1, 1);
  const std::string& s = self_text(a);
  const std::string& p = str_arg(a[0], "removeprefix() argument");
  return s.compare(0, p.size(), p) == 0 && !p.empty() ? new_str(s.substr(p.size())) : *a.self;
}
Value m_removesuffix(Interp&, Args& a) {
  check_args(a, "removesuffix", 1, 1);
  const std::string& s = self_text(a);
  const std::string& p = str_arg(a[0], "removesuffix() argument");
  return !p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0
             ? new_str(s.substr(0, s.size() - p.size()))
             : *a.self;
}

Value m_encode(Interp&, Args& a) { return make<BytesObj>(self_str(a)->s); }

// str.format: {} {0} {name} {0.attr} {0[1]} with !r/!s and nested specs.
Value m_format(Interp& I, Args& a) {
  const std::string& f = self_str(a)->s;
  std::string out;
  size_t auto_index = 0;
  char numbering = 0;  // 'a' automatic {} or 'm' manual {0}: Python forbids mixing them
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') { out += '}'; ++i; continue; }
      value_error("Single '}' encountered in format string");
    }
    if (c != '{') { out += c; continue; }
    if (i + 1 < f.size() && f[i + 1] == '{') { out += '{'; ++i; continue; }
    size_t depth = 1, j = i + 1;
    for (; j < f.size() && depth; ++j) {
      if (f[j] == '{') ++depth;
      else if (f[j] == '}') --depth;
    }
    if (depth) value_error("Single '{' encountered in format string");
    std::string field = f.substr(i + 1, j - i - 2);
    i = j - 1;
    std::string spec;
    char conv = 0;
    size_t colon = std::string::npos, bang = std::string::npos;
    for (size_t k = 0, br = 0; k < field.size(); ++k) {
      if (field[k] == '[') ++br;
      else if (field[k] == ']') --br;
      else if (!br && field[k] == '!' && bang == std::string::npos && colon == std::string::npos) bang = k;
      else if (!br && field[k] == ':' && colon == std::string::npos) { colon = k; break; }
    }
    if (colon != std::string::npos) { spec = field.substr(colon + 1); field = field.substr(0, colon); }
    if (bang != std::string::npos) { conv = bang + 1 < field.size() ? field[bang + 1] : 0; field = field.substr(0, bang); }
    size_t end = field.find_first_of(".[");
    std::string head = field.substr(0, end);
    Value v;
    if (head.empty() || std::isdigit(static_cast<unsigned char>(head[0]))) {
      if (numbering == (head.empty() ? 'm' : 'a'))
        value_error(head.empty() ? "cannot switch from manual field specification to automatic field numbering"
                                 : "cannot switch from automatic field numbering to manual field specification");
      numbering = head.empty() ? 'a' : 'm';
    }
    if (head.empty()) {
      if (auto_index >= a.n) raise_error(I.cls.IndexError, "Replacement index " + std::to_string(auto_index) + " out of range for positional args tuple");
      v = a[static_cast<uint32_t>(auto_index++)];
    } else if (std::isdigit(static_cast<unsigned char>(head[0]))) {
      size_t k = std::stoul(head);
      if (k >= a.n) raise_error(I.cls.IndexError, "Replacement index " + head + " out of range for positional args tuple");
      v = a[static_cast<uint32_t>(k)];
    } else {
      const Value* kv = kwarg(I, a, head);
      if (!kv) raise(make_exception(I.cls.KeyError, std::vector<Value>{new_str(head)}));
      v = *kv;
    }
    while (end != std::string::npos && end < field.size()) {
      if (field[end] == '.') {
        size_t e2 = field.find_first_of(".[", end + 1);
        v = I.getattr(v, I.intern(field.substr(end + 1, e2 == std::string::npos ? std::string::npos : e2 - end - 1)));
        end = e2;
      } else {
        size_t close = field.find(']', end);
        std::string key = field.substr(end + 1, close - end - 1);
        bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        v = I.subscript(v, digits ? Value::integer(std::stoll(key)) : new_str(key));
        end = close + 1 < field.size() ? close + 1 : std::string::npos;
      }
    }
    if (conv == 'r' || conv == 'a') v = new_str(repr(v));
    else if (conv == 's') v = new_str(str(v));
    if (spec.find('{') != std::string::npos) {
      Args inner = a;
      Value sv = new_str(spec);
      inner.self = &sv;
      spec = as_str(m_format(I, inner))->s;
    }
    out += format_value(v, spec);
  }
  return new_str(std::move(out));
}

}  // namespace

void setup_str_methods(Interp& I) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry entries[] = {
      {"split", m_split},
      {"rsplit", m_rsplit},
      {"join", m_join},
      {"strip", m_strip},
      {"lstrip", m_lstrip},
      {"rstrip", m_rstrip},
      {"upper", case_method<text::upper>},
      {"lower", case_method<text::lower>},
      {"capitalize", case_method<text::capitalize>},
      {"title", case_method<text::title>},
      {"swapcase", case_method<text::swapcase>},
      {"replace", m_replace},
      {"startswith", m_startswith},
      {"endswith", m_endswith},
      {"find", m_find},
      {"rfind", m_rfind},
      {"index", m_index},
      {"rindex", m_rindex},
      {"count", m_count},
      {"ljust", m_ljust},
      {"rjust", m_rjust},
      {"center", m_center},
      {"zfill", m_zfill},
      {"isdigit", predicate<text::isdigit>},
      {"isnumeric", predicate<text::isnumeric>},
      {"isdecimal", predicate<text::isdecimal>},
      {"isalpha", predicate<text::isalpha>},
      {"isalnum", predicate<text::isalnum>},
      {"isspace", predicate<text::isspace>},
      {"isupper", predicate<text::isupper>},
      {"islower", predicate<text::islower>},
      {"istitle", predicate<text::istitle>},
      {"isprintable", predicate<text::isprintable>},
      {"isascii", predicate<text::isascii>},
      {"splitlines", m_splitlines},
      {"partition", m_partition},
      {"rpartition", m_rpartition}, {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
      {"encode", m_encode},     {"format", m_format},
  };
  for (const Entry& e : entries) I.add_method(I.cls.str, e.name, e.fn);
}

}  // namespace ls::py
