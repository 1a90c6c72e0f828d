// Shared pieces of the I/O modules: see net_common.h.
#include "python/modules/net_common.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace ls::py::netmod {

net::SimNetwork& network(Interp& I) {
  if (!I.network) raise_error(I.cls.RuntimeError, "this run has no simulated network");
  return *I.network;
}

net::Sandbox& sandbox(Interp& I) {
  if (!I.sandbox) raise_error(I.cls.RuntimeError, "this run has no sandbox folder");
  return *I.sandbox;
}

ClassObj* object_class(Interp& I, const char* name, NativeFn ctor) {
  return I.new_class(name, {Value(I.cls.object)}, BuiltinType::Native, ctor);
}

void add_property(Interp& I, ClassObj* c, const char* name, NativeFn fn) {
  c->dict[I.intern(name)] = make<PropertyObj>(I.builtin_fn(name, fn), PropertyObj::Kind::Property);
}

ClassObj* exception_class(Interp& I, ModuleObj* m, const char* module_name, const char* name,
                          std::vector<ClassObj*> bases) {
  std::vector<Value> bv;
  for (ClassObj* b : bases) bv.emplace_back(b);
  ClassObj* c = I.new_class(name, std::move(bv), BuiltinType::BaseException);
  c->is_exception = true;
  c->dict[I.id.module] = new_str(module_name);
  if (m) I.set_attr(m, name, Value(c));
  return c;
}

void set_field(Interp& I, InstanceObj* o, const char* name, Value v) { o->set(I.intern(name), std::move(v)); }

// ---- text --------------------------------------------------------------------------------

std::string decode_replace(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  size_t i = 0;
  const auto cont = [&](size_t k) { return k < b.size() && (static_cast<unsigned char>(b[k]) & 0xC0) == 0x80; };
  while (i < b.size()) {
    const auto c = static_cast<unsigned char>(b[i]);
    size_t n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) n = 3;
    else if (c >= 0xF0 && c <= 0xF4) n = 4;
    bool ok = n > 0;
    for (size_t k = 1; ok && k < n; ++k) ok = cont(i + k);
    if (ok && n >= 3) {
      // Overlong forms, surrogates and code points past U+10FFFF are invalid.
      const auto c1 = static_cast<unsigned char>(b[i + 1]);
      if (c == 0xE0 && c1 < 0xA0) ok = false;
      if (c == 0xED && c1 >= 0xA0) ok = false;
      if (c == 0xF0 && c1 < 0x90) ok = false;
      if (c == 0xF4 && c1 >= 0x90) ok = false;
    }
    if (ok) {
      out.append(b.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    }
  }
  return out;
}

std::string charset_of(std::string_view ct) {
  std::string lower;
  for (char ch : ct) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const auto at = lower.find("charset=");
  if (at == std::string::npos) return {};
  std::string cs = lower.substr(at + 8);
  if (const auto semi = cs.find(';'); semi != std::string::npos) cs.resize(semi);
  while (!cs.empty() && (cs.back() == ' ' || cs.back() == '"')) cs.pop_back();
  while (!cs.empty() && (cs.front() == ' ' || cs.front() == '"')) cs.erase(cs.begin());
  return cs;
}

// ---- JSON --------------------------------------------------------------------------------

namespace {

using Json = nlohmann::ordered_json;

Value from_json(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return Value();
    case Json::value_t::boolean: return Value::boolean(j.get<bool>());
    case Json::value_t::number_integer: return Value::integer(j.get<int64_t>());
    case Json::value_t::number_unsigned: {
      const auto u = j.get<uint64_t>();
      if (u > static_cast<uint64_t>(INT64_MAX)) return Value::flt(static_cast<double>(u));
      return Value::integer(static_cast<int64_t>(u));
    }
    case Json::value_t::number_float: return Value::flt(j.get<double>());
    case Json::value_t::string: return new_str(j.get<std::string>());
    case Json::value_t::array: {
      std::vector<Value> items;
      for (const auto& x : j) items.push_back(from_json(x));
      return new_list(std::move(items));
    }
    case Json::value_t::object: {
      auto* d = new DictObj();
      Value dv(d);
      for (const auto& [k, x] : j.items()) d->set(new_str(k), from_json(x));
      return dv;
    }
    default: return Value();
  }
}

}  // namespace

Value json_to_value(Interp& I, std::string_view text, ClassObj* error_cls) {
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // Python's json reports where the document stops making sense as line,
    // column and character index; nlohmann's byte is 1-based, past the bad token.
    size_t at = e.byte > 0 ? e.byte - 1 : 0;
    if (at > text.size()) at = text.size();
    size_t line = 1, col = 1;
    for (size_t k = 0; k < at; ++k) {
      if (text[k] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    const bool empty_doc = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    const std::string what = empty_doc || at == 0 ? "Expecting value" : "Invalid JSON";
    raise_error(error_cls ? error_cls : I.cls.ValueError,
                what + ": line " + std::to_string(line) + " column " + std::to_string(col) + " (char " +
                    std::to_string(at) + ")");
  }
  return from_json(j);
}

Value headers_dict(const net::Response& r) {
  auto* d = new DictObj();
  Value dv(d);
  for (const auto& [k, v] : r.headers) d->set(new_str(k), new_str(v));
  return dv;
}

// ---- OS errors -------------------------------------------------------------------------------

void raise_os_error(Interp& I, ClassObj* cls, int err, const char* strerror, std::string_view filename) {
  Value e = make_exception(cls, std::vector<Value>{Value::integer(err), new_str(strerror)});
  auto* eo = as_exception(e);
  set_field(I, eo, "errno", Value::integer(err));
  set_field(I, eo, "strerror", new_str(strerror));
  set_field(I, eo, "filename", new_str(filename));
  raise(e);
}

void raise_sandbox_error(Interp& I, const net::SandboxError& e) {
  if (e.kind() == net::SandboxError::Kind::InvalidPath) value_error(e.what());
  raise_os_error(I, I.cls.PermissionError, 13, "Permission denied", e.path());
}

std::optional<std::string> os_error_str(Interp& I, const Value& exc) {
  auto* e = as_exception(exc);
  if (!e || !I.isinstance(exc, I.cls.OSError)) return std::nullopt;
  auto& args = e->args.as<TupleObj>()->items;
  // CPython: OSError(errno, strerror[, filename]) prints as
  // "[Errno N] strerror" plus ": 'filename'" when there is one.
  if (args.size() < 2 || args.size() > 3 || !args[0].is_int()) return std::nullopt;
  std::string s = "[Errno " + std::to_string(args[0].as_int()) + "] " + str(args[1]);
  const Value* fn = e->find(I.intern("filename"));
  if (fn && !fn->is_none()) s += ": " + repr(*fn);
  else if (args.size() == 3) s += ": " + repr(args[2]);
  return s;
}

}  // namespace ls::py::netmod
