// Iteration, len() and subscripting of the builtin containers.
#include "python/interpreter.h"
#include "python/natives.h"

namespace ls::py {

namespace {

struct SeqIter final : IteratorObj {
  explicit SeqIter(Value s) : seq(std::move(s)) {}
  bool next(Interp&, Value& out) override {
    auto& items = seq.as<SeqObj>()->items;
    if (i >= items.size()) return false;
    out = items[i++];
    return true;
  }
  Value seq;
  size_t i = 0;
};

struct StrIter final : IteratorObj {
  explicit StrIter(Value s) : str(std::move(s)) {}
  bool next(Interp&, Value& out) override {
    const std::string& s = str.as<StrObj>()->s;
    if (pos >= s.size()) return false;
    size_t end = pos + 1;
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    out = new_str(std::string_view(s).substr(pos, end - pos));
    pos = end;
    return true;
  }
  Value str;
  size_t pos = 0;
};

struct BytesIter final : IteratorObj {
  explicit BytesIter(Value s) : bytes(std::move(s)) {}
  bool next(Interp&, Value& out) override {
    const std::string& s = bytes.as<BytesObj>()->s;
    if (pos >= s.size()) return false;
    out = Value::integer(static_cast<unsigned char>(s[pos++]));
    return true;
  }
  Value bytes;
  size_t pos = 0;
};

struct RangeIter final : IteratorObj {
  RangeIter(int64_t s, int64_t st, int64_t n) : cur(s), step(st), left(n) {}
  bool next(Interp&, Value& out) override {
    if (left <= 0) return false;
    out = Value::integer(cur);
    cur += step;
    --left;
    return true;
  }
  int64_t cur, step, left;
};

struct DictIter final : IteratorObj {
  DictIter(Value d, int k) : dict(std::move(d)), kind(k), size(dict.as<DictObj>()->count) {}
  bool next(Interp& I, Value& out) override {
    auto* d = dict.as<DictObj>();
    if (d->count != size) raise_error(I.cls.RuntimeError, "dictionary changed size during iteration");
    while (i < d->entries.size() && !d->entries[i].live) ++i;
    if (i >= d->entries.size()) return false;
    auto& e = d->entries[i++];
    if (kind == 0) out = e.key;
    else if (kind == 1) out = e.value;
    else out = new_tuple({e.key, e.value});
    return true;
  }
  Value dict;
  int kind;  // 0 keys, 1 values, 2 items
  int64_t size;
  size_t i = 0;
};

struct SetIter final : IteratorObj {
  explicit SetIter(Value s) : set(std::move(s)), size(set.as<SetObj>()->used) {}
  bool next(Interp& I, Value& out) override {
    auto* s = set.as<SetObj>();
    if (s->used != size) raise_error(I.cls.RuntimeError, "Set changed size during iteration");
    while (i < s->table.size() && (s->table[i].key.is_unbound() || s->table[i].dummy)) ++i;
    if (i >= s->table.size()) return false;
    out = s->table[i++].key;
    return true;
  }
  Value set;
  int64_t size;
  size_t i = 0;
};

// An object whose class defines __next__.
struct UserIter final : IteratorObj {
  explicit UserIter(Value o) : obj(std::move(o)) {}
  bool next(Interp& I, Value& out) override {
    try {
      out = I.call_method(obj, I.id.next, {});
      return true;
    } catch (const PyException& e) {
      if (I.isinstance(e.exc, I.cls.StopIteration)) return false;
      throw;
    }
  }
  Value obj;
};

}  // namespace

Value Interp::get_iter(const Value& v) {
  if (v.is_obj()) {
    switch (v.obj()->type) {
      case Type::List:
      case Type::Tuple: return make<SeqIter>(v);
      case Type::Str: return make<StrIter>(v);
      case Type::Bytes: return make<BytesIter>(v);
      case Type::Range: {
        auto* r = v.as<RangeObj>();
        return make<RangeIter>(r->start, r->step, r->length());
      }
      case Type::Dict: return make<DictIter>(v, 0);
      case Type::Set: return make<SetIter>(v);
      case Type::Iterator: return v;
      case Type::Native:
        if (auto* view = as_dict_view(v)) return make<DictIter>(view->dict, view->kind);
        break;
      case Type::Instance: {
        Value r;
        if (call_method_if(v, id.iter, {}, r)) {
          if (r.is(Type::Iterator)) return r;
          if (class_of(r)->lookup(id.next)) return make<UserIter>(r);
          type_error("iter() returned non-iterator of type '" + type_name(r) + "'");
        }
        if (class_of(v)->lookup(id.getitem)) {
          // The old sequence protocol: v[0], v[1], ... until IndexError.
          std::vector<Value> items;
          for (int64_t i = 0;; ++i) {
            try {
              items.push_back(call_method(v, id.getitem, {Value::integer(i)}));
            } catch (const PyException& e) {
              if (isinstance(e.exc, cls.IndexError) || isinstance(e.exc, cls.StopIteration)) break;
              throw;
            }
          }
          return make<SeqIter>(new_list(std::move(items)));
        }
        break;
      }
      default: break;
    }
  }
  type_error(quoted_type(v) + " object is not iterable");
}

bool Interp::iter_next(const Value& it, Value& out) {
  // Builtins that drain an iterator (sum, any, list(...)) run no statements,
  // so the time limit is checked here too: sum(iter(int, 1)) must stop.
  if ((++iter_steps_ & 0x3FFF) == 0) [[unlikely]] check_time_limit();
  if (it.is(Type::Iterator)) return it.as<IteratorObj>()->next(*this, out);
  type_error(quoted_type(it) + " object is not an iterator");
}

std::vector<Value> Interp::to_vector(const Value& v) {
  if (v.is(Type::List) || v.is(Type::Tuple)) return v.as<SeqObj>()->items;
  std::vector<Value> out;
  Value it = get_iter(v);
  Value x;
  while (iter_next(it, x)) {
    out.push_back(x);
    if ((out.size() & 0xFFFF) == 0) mem_add(0);
  }
  return out;
}

int64_t Interp::len(const Value& v) {
  if (v.is_obj()) {
    switch (v.obj()->type) {
      case Type::Str: return v.as<StrObj>()->length();
      case Type::Bytes: return static_cast<int64_t>(v.as<BytesObj>()->s.size());
      case Type::List:
      case Type::Tuple: return static_cast<int64_t>(v.as<SeqObj>()->items.size());
      case Type::Dict: return v.as<DictObj>()->count;
      case Type::Set: return v.as<SetObj>()->used;
      case Type::Range: return v.as<RangeObj>()->length();
      case Type::Native:
        if (auto* view = as_dict_view(v)) return view->dict.as<DictObj>()->count;
        if (const int64_t q = as_native_len(v); q >= 0) return q;
        break;
      case Type::Instance: {
        Value r;
        if (call_method_if(v, id.len, {}, r)) {
          if (!r.is_intlike()) type_error(quoted_type(r) + " object cannot be interpreted as an integer");
          if (r.as_int() < 0) value_error("__len__() should return >= 0");
          return r.as_int();
        }
        break;
      }
      default: break;
    }
  }
  type_error("object of type '" + type_name(v) + "' has no len()");
}

Value Interp::subscript(const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    switch (obj.obj()->type) {
      case Type::List:
      case Type::Tuple: {
        auto& items = obj.as<SeqObj>()->items;
        if (!key.is_intlike() && !key.is(Type::BigInt))
          type_error(std::string(obj.is(Type::List) ? "list" : "tuple") + " indices must be integers or slices, not " + type_name(key));
        return items[static_cast<size_t>(seq_index(to_index(key), static_cast<int64_t>(items.size()), obj.is(Type::List) ? "list" : "tuple"))];
      }
      case Type::Dict: {
        if (Value* v = obj.as<DictObj>()->find(key)) return *v;
        raise(make_exception(cls.KeyError, std::vector<Value>{key}));
      }
      case Type::Str: {
        auto* s = obj.as<StrObj>();
        if (!key.is_intlike() && !key.is(Type::BigInt)) type_error("string indices must be integers, not '" + type_name(key) + "'");
        const int64_t i = seq_index(to_index(key), s->length(), "string");
        if (s->ascii()) return new_str(std::string(1, s->s[static_cast<size_t>(i)]));
        const size_t a = utf8_offset(s->s, i);
        const size_t b = utf8_offset(std::string_view(s->s).substr(a), 1) + a;
        return new_str(s->s.substr(a, b - a));
      }
      case Type::Bytes: {
        auto& s = obj.as<BytesObj>()->s;
        const int64_t i = seq_index(to_index(key), static_cast<int64_t>(s.size()), "index");
        return Value::integer(static_cast<unsigned char>(s[static_cast<size_t>(i)]));
      }
      case Type::Range: {
        auto* r = obj.as<RangeObj>();
        return Value::integer(r->at(seq_index(to_index(key), r->length(), "range object")));
      }
      case Type::Instance: {
        Value r;
        if (call_method_if(obj, id.getitem, {key}, r)) return r;
        break;
      }
      case Type::Class:
        // list[int], dict[str, int] in annotations: generic aliases stand for the class.
        return obj;
      default: break;
    }
  }
  type_error(quoted_type(obj) + " object is not subscriptable");
}

Value Interp::slice(const Value& obj, const Value& lo, const Value& hi, const Value& st) {
  if (obj.is(Type::List) || obj.is(Type::Tuple)) {
    auto& items = obj.as<SeqObj>()->items;
    SliceBounds b = slice_bounds(lo, hi, st, static_cast<int64_t>(items.size()));
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(b.count));
    for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out.push_back(items[static_cast<size_t>(i)]);
    return obj.is(Type::List) ? new_list(std::move(out)) : new_tuple(std::move(out));
  }
  if (obj.is(Type::Str)) {
    auto* s = obj.as<StrObj>();
    SliceBounds b = slice_bounds(lo, hi, st, s->length());
    if (s->ascii()) {
      if (b.step == 1) return new_str(s->s.substr(static_cast<size_t>(b.start), static_cast<size_t>(b.count)));
      std::string out;
      for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out += s->s[static_cast<size_t>(i)];
      return new_str(std::move(out));
    }
    std::vector<std::string_view> cps;
    std::string_view all(s->s);
    for (size_t p = 0; p < all.size();) {
      size_t e = p + 1;
      while (e < all.size() && (static_cast<unsigned char>(all[e]) & 0xC0) == 0x80) ++e;
      cps.push_back(all.substr(p, e - p));
      p = e;
    }
    std::string out;
    for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out += cps[static_cast<size_t>(i)];
    return new_str(std::move(out));
  }
  if (obj.is(Type::Bytes)) {
    auto& s = obj.as<BytesObj>()->s;
    SliceBounds b = slice_bounds(lo, hi, st, static_cast<int64_t>(s.size()));
    std::string out;
    for (int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) out += s[static_cast<size_t>(i)];
    return make<BytesObj>(std::move(out));
  }
  if (obj.is(Type::Range)) {
    auto* r = obj.as<RangeObj>();
    SliceBounds b = slice_bounds(lo, hi, st, r->length());
    return make<RangeObj>(r->at(b.start), r->at(b.start) + b.count * r->step * b.step, r->step * b.step);
  }
  type_error(quoted_type(obj) + " object is not subscriptable");
}

void Interp::store_subscript(const Value& obj, const Value& key, Value v) {
  if (obj.is(Type::List)) {
    auto& items = obj.as<ListObj>()->items;
    if (!key.is_intlike() && !key.is(Type::BigInt)) type_error("list indices must be integers or slices, not " + type_name(key));
    items[static_cast<size_t>(seq_index(to_index(key), static_cast<int64_t>(items.size()), "list assignment"))] = std::move(v);
    return;
  }
  if (obj.is(Type::Dict)) {
    obj.as<DictObj>()->set(key, std::move(v));
    return;
  }
  if (obj.is(Type::Instance)) {
    Value r;
    if (call_method_if(obj, id.setitem, {key, v}, r)) return;
  }
  type_error(quoted_type(obj) + " object does not support item assignment");
}

}  // namespace ls::py
