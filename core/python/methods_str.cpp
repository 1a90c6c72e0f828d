// str (and bytes) methods on UTF-8 text.
#include <algorithm>

#include "python/interpreter.h"

namespace ls::py {

namespace {

StrObj* self_str(Args& a) { return a.self->as<StrObj>(); }

const std::string& str_arg(const Value& v, const char* what) {
  if (!v.is(Type::Str)) type_error(std::string(what) + " must be str, not " + type_name(v));
  return v.as<StrObj>()->s;
}

bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<Value> split_ws(const std::string& s, int64_t maxsplit) {
  std::vector<Value> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ws(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      size_t e = s.size();
      while (e > i && is_ws(static_cast<unsigned char>(s[e - 1]))) --e;
      out.push_back(new_str(s.substr(i, e - i)));
      return out;
    }
    size_t j = i;
    while (j < s.size() && !is_ws(static_cast<unsigned char>(s[j]))) ++j;
    out.push_back(new_str(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

Value m_split(Interp& I, Args& a) {
  const std::string& s = self_str(a)->s;
  const Value* sep = a.n > 0 ? &a[0] : kwarg(I, a, "sep");
  const Value* ms = a.n > 1 ? &a[1] : kwarg(I, a, "maxsplit");
  const int64_t maxsplit = ms ? to_index(*ms) : -1;
  if (!sep || sep->is_none()) return new_list(split_ws(s, maxsplit));
  const std::string& d = str_arg(*sep, "separator");
  if (d.empty()) value_error("empty separator");
  std::vector<Value> out;
  size_t start = 0;
  for (;;) {
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) break;
    size_t p = s.find(d, start);
    if (p == std::string::npos) break;
    out.push_back(new_str(s.substr(start, p - start)));
    start = p + d.size();
  }
  out.push_back(new_str(s.substr(start)));
  return new_list(std::move(out));
}

Value m_rsplit(Interp& I, Args& a) {
  const std::string& s = self_str(a)->s;
  const Value* sep = a.n > 0 ? &a[0] : kwarg(I, a, "sep");
  const Value* ms = a.n > 1 ? &a[1] : kwarg(I, a, "maxsplit");
  const int64_t maxsplit = ms ? to_index(*ms) : -1;
  if (maxsplit < 0 || !sep || sep->is_none()) {
    if (!sep || sep->is_none()) {
      std::vector<Value> all = split_ws(s, -1);
      if (maxsplit < 0 || static_cast<int64_t>(all.size()) <= maxsplit + 1) return new_list(std::move(all));
    } else {
      return m_split(I, a);
    }
  }
  const std::string d = sep && !sep->is_none() ? str_arg(*sep, "separator") : " ";
  std::vector<Value> out;
  size_t end = s.size();
  while (static_cast<int64_t>(out.size()) < maxsplit) {
    size_t p = end == 0 ? std::string::npos : s.rfind(d, end - d.size());
    if (p == std::string::npos || end < d.size()) break;
    out.push_back(new_str(s.substr(p + d.size(), end - p - d.size())));
    end = p;
  }
  out.push_back(new_str(s.substr(0, end)));
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

Value m_join(Interp& I, Args& a) {
  check_args(a, "join", 1, 1);
  const std::string& sep = self_str(a)->s;
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

Value strip_impl(Args& a, bool left, bool right) {
  const std::string& s = self_str(a)->s;
  std::string chars;
  const bool ws = a.n == 0 || a[0].is_none();
  if (!ws) chars = str_arg(a[0], "strip arg");
  auto strip = [&](unsigned char c) { return ws ? is_ws(c) : chars.find(static_cast<char>(c)) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (left) while (b < e && strip(static_cast<unsigned char>(s[b]))) ++b;
  if (right) while (e > b && strip(static_cast<unsigned char>(s[e - 1]))) --e;
  return new_str(s.substr(b, e - b));
}
Value m_strip(Interp&, Args& a) { return strip_impl(a, true, true); }
Value m_lstrip(Interp&, Args& a) { return strip_impl(a, true, false); }
Value m_rstrip(Interp&, Args& a) { return strip_impl(a, false, true); }

Value m_upper(Interp&, Args& a) {
  std::string s = self_str(a)->s;
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return new_str(std::move(s));
}
Value m_lower(Interp&, Args& a) {
  std::string s = self_str(a)->s;
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return new_str(std::move(s));
}
Value m_capitalize(Interp&, Args& a) {
  std::string s = self_str(a)->s;
  for (size_t i = 0; i < s.size(); ++i)
    s[i] = static_cast<char>(i == 0 ? std::toupper(static_cast<unsigned char>(s[i])) : std::tolower(static_cast<unsigned char>(s[i])));
  return new_str(std::move(s));
}
Value m_title(Interp&, Args& a) {
  std::string s = self_str(a)->s;
  bool prev_alpha = false;
  for (auto& c : s) {
    const bool alpha = std::isalpha(static_cast<unsigned char>(c));
    c = static_cast<char>(alpha && !prev_alpha ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
    prev_alpha = alpha;
  }
  return new_str(std::move(s));
}

Value m_replace(Interp&, Args& a) {
  check_args(a, "replace", 2, 3);
  const std::string& s = self_str(a)->s;
  const std::string& from = str_arg(a[0], "replace() argument 1");
  const std::string& to = str_arg(a[1], "replace() argument 2");
  int64_t count = a.n > 2 ? to_index(a[2]) : -1;
  std::string out;
  if (from.empty()) {
    // Python inserts `to` between every code point (and at both ends).
    int64_t n = 0;
    for (size_t i = 0; i <= s.size();) {
      if (count < 0 || n < count) { out += to; ++n; }
      if (i == s.size()) break;
      size_t e = i + 1;
      while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
      out += s.substr(i, e - i);
      i = e;
    }
    return new_str(std::move(out));
  }
  size_t pos = 0;
  for (;;) {
    size_t p = count == 0 ? std::string::npos : s.find(from, pos);
    if (p == std::string::npos) break;
    out += s.substr(pos, p - pos);
    out += to;
    pos = p + from.size();
    if (count > 0) --count;
  }
  out += s.substr(pos);
  return new_str(std::move(out));
}

bool affix(Args& a, bool start) {
  const std::string& s = self_str(a)->s;
  check_args(a, start ? "startswith" : "endswith", 1, 3);
  std::vector<Value> options = a[0].is(Type::Tuple) ? a[0].as<TupleObj>()->items : std::vector<Value>{a[0]};
  std::string_view view(s);
  if (a.n > 1) {
    SliceBounds b = slice_bounds(a[1], a.n > 2 ? a[2] : Value(), Value(), utf8_length(s));
    const size_t from = utf8_offset(s, b.start), to = utf8_offset(s, std::max(b.start, b.stop));
    view = view.substr(from, to - from);
  }
  for (const Value& o : options) {
    const std::string& x = str_arg(o, start ? "startswith arg" : "endswith arg");
    if (start ? view.substr(0, x.size()) == x : (view.size() >= x.size() && view.substr(view.size() - x.size()) == x)) return true;
  }
  return false;
}
Value m_startswith(Interp&, Args& a) { return Value::boolean(affix(a, true)); }
Value m_endswith(Interp&, Args& a) { return Value::boolean(affix(a, false)); }

// find/index/count work in code points at the boundary, bytes inside.
int64_t find_impl(Args& a, bool reverse) {
  StrObj* so = self_str(a);
  const std::string& s = so->s;
  const std::string& sub = str_arg(a[0], "must be str");
  SliceBounds b = slice_bounds(a.n > 1 ? a[1] : Value(), a.n > 2 ? a[2] : Value(), Value(), so->length());
  const size_t from = utf8_offset(s, b.start), to = utf8_offset(s, std::max(b.start, b.stop));
  std::string_view view = std::string_view(s).substr(from, to - from);
  size_t p = reverse ? view.rfind(sub) : view.find(sub);
  if (p == std::string_view::npos) return -1;
  return utf8_length(std::string_view(s).substr(0, from + p));
}
Value m_find(Interp&, Args& a) { check_args(a, "find", 1, 3); return Value::integer(find_impl(a, false)); }
Value m_rfind(Interp&, Args& a) { check_args(a, "rfind", 1, 3); return Value::integer(find_impl(a, true)); }
Value m_index(Interp&, Args& a) {
  check_args(a, "index", 1, 3);
  int64_t r = find_impl(a, false);
  if (r < 0) value_error("substring not found");
  return Value::integer(r);
}
Value m_rindex(Interp&, Args& a) {
  check_args(a, "rindex", 1, 3);
  int64_t r = find_impl(a, true);
  if (r < 0) value_error("substring not found");
  return Value::integer(r);
}

Value m_count(Interp&, Args& a) {
  check_args(a, "count", 1, 3);
  StrObj* so = self_str(a);
  const std::string& sub = str_arg(a[0], "must be str");
  SliceBounds b = slice_bounds(a.n > 1 ? a[1] : Value(), a.n > 2 ? a[2] : Value(), Value(), so->length());
  const size_t from = utf8_offset(so->s, b.start), to = utf8_offset(so->s, std::max(b.start, b.stop));
  std::string_view view = std::string_view(so->s).substr(from, to - from);
  if (sub.empty()) return Value::integer(utf8_length(view) + 1);
  int64_t n = 0;
  for (size_t p = view.find(sub); p != std::string_view::npos; p = view.find(sub, p + sub.size())) ++n;
  return Value::integer(n);
}

Value justify(Args& a, char how) {
  check_args(a, how == '<' ? "ljust" : how == '>' ? "rjust" : "center", 1, 2);
  StrObj* so = self_str(a);
  const int64_t width = to_index(a[0]);
  std::string fill = a.n > 1 ? str_arg(a[1], "fill character") : " ";
  if (utf8_length(fill) != 1) type_error("The fill character must be exactly one character long");
  const int64_t len = so->length();
  if (width <= len) return *a.self;
  const int64_t n = width - len;
  auto rep = [&](int64_t k) { std::string r; for (int64_t i = 0; i < k; ++i) r += fill; return r; };
  if (how == '<') return new_str(so->s + rep(n));
  if (how == '>') return new_str(rep(n) + so->s);
  // CPython's center puts the odd extra space on the left when the width is odd.
  const int64_t left = n / 2 + (n & width & 1);
  return new_str(rep(left) + so->s + rep(n - left));
}
Value m_ljust(Interp&, Args& a) { return justify(a, '<'); }
Value m_rjust(Interp&, Args& a) { return justify(a, '>'); }
Value m_center(Interp&, Args& a) { return justify(a, '^'); }

Value m_zfill(Interp&, Args& a) {
  check_args(a, "zfill", 1, 1);
  std::string s = self_str(a)->s;
  const int64_t width = to_index(a[0]);
  const int64_t len = utf8_length(s);
  if (width <= len) return *a.self;
  const size_t at = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  s.insert(at, std::string(static_cast<size_t>(width - len), '0'));
  return new_str(std::move(s));
}

template <int (*Pred)(int)>
Value all_chars(Args& a) {
  const std::string& s = self_str(a)->s;
  if (s.empty()) return Value::boolean(false);
  for (unsigned char c : s)
    if (c >= 0x80 || !Pred(c)) return Value::boolean(false);
  return Value::boolean(true);
}
Value m_isdigit(Interp&, Args& a) { return all_chars<std::isdigit>(a); }
Value m_isalpha(Interp&, Args& a) { return all_chars<std::isalpha>(a); }
Value m_isalnum(Interp&, Args& a) { return all_chars<std::isalnum>(a); }
Value m_isspace(Interp&, Args& a) { return all_chars<std::isspace>(a); }
Value m_isupper(Interp&, Args& a) {
  const std::string& s = self_str(a)->s;
  bool cased = false;
  for (unsigned char c : s) {
    if (std::islower(c)) return Value::boolean(false);
    cased = cased || std::isupper(c);
  }
  return Value::boolean(cased);
}
Value m_islower(Interp&, Args& a) {
  const std::string& s = self_str(a)->s;
  bool cased = false;
  for (unsigned char c : s) {
    if (std::isupper(c)) return Value::boolean(false);
    cased = cased || std::islower(c);
  }
  return Value::boolean(cased);
}

Value m_splitlines(Interp& I, Args& a) {
  const std::string& s = self_str(a)->s;
  const Value* keep_kw = a.n ? &a[0] : kwarg(I, a, "keepends");
  const bool keep = keep_kw && truthy(*keep_kw);
  std::vector<Value> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t e = j;
    if (j < s.size()) e = (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? j + 2 : j + 1;
    out.push_back(new_str(s.substr(i, (keep ? e : j) - i)));
    i = e;
  }
  return new_list(std::move(out));
}

Value m_partition(Interp&, Args& a) {
  check_args(a, "partition", 1, 1);
  const std::string& s = self_str(a)->s;
  const std::string& sep = str_arg(a[0], "separator");
  if (sep.empty()) value_error("empty separator");
  size_t p = s.find(sep);
  if (p == std::string::npos) return new_tuple({*a.self, new_str(""), new_str("")});
  return new_tuple({new_str(s.substr(0, p)), a[0], new_str(s.substr(p + sep.size()))});
}
Value m_rpartition(Interp&, Args& a) {
  check_args(a, "rpartition", 1, 1);
  const std::string& s = self_str(a)->s;
  const std::string& sep = str_arg(a[0], "separator");
  if (sep.empty()) value_error("empty separator");
  size_t p = s.rfind(sep);
  if (p == std::string::npos) return new_tuple({new_str(""), new_str(""), *a.self});
  return new_tuple({new_str(s.substr(0, p)), a[0], new_str(s.substr(p + sep.size()))});
}

Value m_removeprefix(Interp&, Args& a) {
  check_args(a, "removeprefix", 1, 1);
  const std::string& s = self_str(a)->s;
  const std::string& p = str_arg(a[0], "prefix");
  return s.compare(0, p.size(), p) == 0 ? new_str(s.substr(p.size())) : *a.self;
}
Value m_removesuffix(Interp&, Args& a) {
  check_args(a, "removesuffix", 1, 1);
  const std::string& s = self_str(a)->s;
  const std::string& p = str_arg(a[0], "suffix");
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
      {"split", m_split},       {"rsplit", m_rsplit},         {"join", m_join},           {"strip", m_strip},
      {"lstrip", m_lstrip},     {"rstrip", m_rstrip},         {"upper", m_upper},         {"lower", m_lower},
      {"capitalize", m_capitalize}, {"title", m_title},       {"replace", m_replace},     {"startswith", m_startswith},
      {"endswith", m_endswith}, {"find", m_find},             {"rfind", m_rfind},         {"index", m_index},
      {"rindex", m_rindex},     {"count", m_count},           {"ljust", m_ljust},         {"rjust", m_rjust},
      {"center", m_center},     {"zfill", m_zfill},           {"isdigit", m_isdigit},     {"isnumeric", m_isdigit},
      {"isdecimal", m_isdigit}, {"isalpha", m_isalpha},       {"isalnum", m_isalnum},     {"isspace", m_isspace},
      {"isupper", m_isupper},   {"islower", m_islower},       {"splitlines", m_splitlines}, {"partition", m_partition},
      {"rpartition", m_rpartition}, {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
      {"encode", m_encode},     {"format", m_format},
  };
  for (const Entry& e : entries) I.add_method(I.cls.str, e.name, e.fn);
}

}  // namespace ls::py
