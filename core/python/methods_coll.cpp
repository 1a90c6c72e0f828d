// list, tuple, dict and set methods.
#include "python/interpreter.h"
#include "python/natives.h"

namespace ls::py {

void sort_list(Interp& I, std::vector<Value>& items, const Value* key, bool reverse);
void set_merge(SetObj* dst, const SetObj* src);

namespace {

std::vector<Value>& items_of(Args& a) { return a.self->as<SeqObj>()->items; }

// ---- list ---------------------------------------------------------------------------

Value l_append(Interp&, Args& a) {
  check_args(a, "list.append", 1, 1);
  auto* l = a.self->as<ListObj>();
  l->items.push_back(a[0]);
  l->track();
  return Value();
}

Value l_extend(Interp& I, Args& a) {
  check_args(a, "list.extend", 1, 1);
  auto* l = a.self->as<ListObj>();
  std::vector<Value> more = I.to_vector(a[0]);
  l->items.insert(l->items.end(), more.begin(), more.end());
  l->track();
  return Value();
}

Value l_insert(Interp&, Args& a) {
  check_args(a, "insert", 2, 2);
  auto& v = items_of(a);
  int64_t i = to_index(a[0]);
  const int64_t n = static_cast<int64_t>(v.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  v.insert(v.begin() + i, a[1]);
  a.self->as<ListObj>()->track();
  return Value();
}

Value l_pop(Interp& I, Args& a) {
  check_args(a, "pop", 0, 1);
  auto& v = items_of(a);
  if (v.empty()) raise_error(I.cls.IndexError, "pop from empty list");
  int64_t i = a.n ? to_index(a[0]) : -1;
  i = seq_index(i, static_cast<int64_t>(v.size()), "pop");
  Value r = std::move(v[static_cast<size_t>(i)]);
  v.erase(v.begin() + i);
  return r;
}

Value l_remove(Interp&, Args& a) {
  check_args(a, "list.remove", 1, 1);
  auto& v = items_of(a);
  for (size_t i = 0; i < v.size(); ++i)
    if (py_eq(v[i], a[0])) {
      v.erase(v.begin() + static_cast<long>(i));
      return Value();
    }
  value_error("list.remove(x): x not in list");
}

Value seq_index_of(Interp&, Args& a) {
  check_args(a, "index", 1, 3);
  auto& v = items_of(a);
  SliceBounds b = slice_bounds(a.n > 1 ? a[1] : Value(), a.n > 2 ? a[2] : Value(), Value(), static_cast<int64_t>(v.size()));
  for (int64_t i = b.start; i < std::max(b.start, b.stop); ++i)
    if (py_eq(v[static_cast<size_t>(i)], a[0])) return Value::integer(i);
  value_error(repr(a[0]) + " is not in " + (a.self->is(Type::List) ? "list" : "tuple"));
}

Value seq_count(Interp&, Args& a) {
  check_args(a, "count", 1, 1);
  int64_t n = 0;
  for (const Value& x : items_of(a)) n += py_eq(x, a[0]);
  return Value::integer(n);
}

Value l_sort(Interp& I, Args& a) {
  if (a.n) type_error("sort() takes no positional arguments");
  auto& v = items_of(a);
  const Value* rev = kwarg(I, a, "reverse");
  std::vector<Value> tmp = std::move(v);
  v.clear();
  sort_list(I, tmp, kwarg(I, a, "key"), rev && truthy(*rev));
  v = std::move(tmp);
  return Value();
}

Value l_reverse(Interp&, Args& a) {
  auto& v = items_of(a);
  std::reverse(v.begin(), v.end());
  return Value();
}

Value l_clear(Interp&, Args& a) {
  items_of(a).clear();
  return Value();
}

Value l_copy(Interp&, Args& a) { return new_list(items_of(a)); }

// ---- dict ----------------------------------------------------------------------------

DictObj* self_dict(Args& a) { return a.self->as<DictObj>(); }

Value d_get(Interp&, Args& a) {
  check_args(a, "get", 1, 2);
  if (Value* v = self_dict(a)->find(a[0])) return *v;
  return a.n > 1 ? a[1] : Value();
}

Value make_view(Interp& I, Args& a, int kind) {
  ClassObj* classes[] = {I.cls.dict_keys, I.cls.dict_values, I.cls.dict_items};
  return make<DictViewObj>(Value(classes[kind]), kind, *a.self);
}
Value d_keys(Interp& I, Args& a) { return make_view(I, a, kDictKeys); }
Value d_values(Interp& I, Args& a) { return make_view(I, a, kDictValues); }
Value d_items(Interp& I, Args& a) { return make_view(I, a, kDictItems); }

Value d_pop(Interp& I, Args& a) {
  check_args(a, "pop", 1, 2);
  DictObj* d = self_dict(a);
  if (Value* v = d->find(a[0])) {
    Value r = *v;
    d->erase(a[0]);
    return r;
  }
  if (a.n > 1) return a[1];
  raise(make_exception(I.cls.KeyError, std::vector<Value>{a[0]}));
}

Value d_popitem(Interp& I, Args& a) {
  DictObj* d = self_dict(a);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].live) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    d->erase(k);
    return new_tuple({k, v});
  }
  raise_error(I.cls.KeyError, "popitem(): dictionary is empty");
}

Value d_setdefault(Interp&, Args& a) {
  check_args(a, "setdefault", 1, 2);
  DictObj* d = self_dict(a);
  if (Value* v = d->find(a[0])) return *v;
  Value dv = a.n > 1 ? a[1] : Value();
  d->set(a[0], dv);
  return dv;
}

Value d_update(Interp& I, Args& a) {
  DictObj* d = self_dict(a);
  if (a.n) {
    if (a[0].is(Type::Dict)) {
      for (auto& e : a[0].as<DictObj>()->entries)
        if (e.live) d->set(e.key, e.value);
    } else {
      I.for_each(a[0], [&](const Value& item) {
        std::vector<Value> kv = I.to_vector(item);
        if (kv.size() != 2) value_error("dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
        d->set(kv[0], kv[1]);
        return true;
      });
    }
  }
  for (uint32_t k = 0; k < a.nkw; ++k) d->set(new_str(I.name_of(a.kw[k].id)), a.kw[k].value);
  return Value();
}

Value d_clear(Interp&, Args& a) {
  self_dict(a)->clear();
  return Value();
}

Value d_copy(Interp&, Args& a) {
  auto* d = new DictObj();
  Value dv(d);
  for (auto& e : self_dict(a)->entries)
    if (e.live) d->set(e.key, e.value);
  return dv;
}

Value d_fromkeys(Interp& I, Args& a) {
  auto* d = new DictObj();
  Value dv(d);
  // Called as dict.fromkeys(keys[, value]): the receiver slot holds `keys`.
  Value fill = a.n ? a[0] : Value();
  I.for_each(*a.self, [&](const Value& k) { d->set(k, fill); return true; });
  return dv;
}

// ---- set ------------------------------------------------------------------------------

SetObj* self_set(Args& a) { return a.self->as<SetObj>(); }

Value s_add(Interp&, Args& a) {
  check_args(a, "set.add", 1, 1);
  self_set(a)->add(a[0]);
  return Value();
}
Value s_remove(Interp& I, Args& a) {
  check_args(a, "set.remove", 1, 1);
  if (!self_set(a)->discard(a[0])) raise(make_exception(I.cls.KeyError, std::vector<Value>{a[0]}));
  return Value();
}
Value s_discard(Interp&, Args& a) {
  check_args(a, "set.discard", 1, 1);
  self_set(a)->discard(a[0]);
  return Value();
}
Value s_pop(Interp& I, Args& a) {
  SetObj* s = self_set(a);
  for (auto& slot : s->table)
    if (!slot.key.is_unbound() && !slot.dummy) {
      Value k = slot.key;
      s->discard(k);
      return k;
    }
  raise_error(I.cls.KeyError, "pop from an empty set");
}
Value s_clear(Interp&, Args& a) {
  self_set(a)->clear();
  return Value();
}
Value s_copy(Interp&, Args& a) {
  auto* s = new SetObj(self_set(a)->frozen);
  Value sv(s);
  set_merge(s, self_set(a));
  return sv;
}

Value as_set_value(Interp& I, const Value& v) {
  if (v.is(Type::Set)) return v;
  auto* s = new SetObj();
  Value sv(s);
  I.for_each(v, [&](const Value& k) { s->add(k); return true; });
  return sv;
}

Value set_binop(Interp& I, Args& a, ast::BinOpKind op) {
  Value acc = *a.self;
  for (uint32_t i = 0; i < a.n; ++i) acc = binop(op, acc, as_set_value(I, a[i]));
  if (a.n == 0) {
    Args c = a;
    return s_copy(I, c);
  }
  return acc;
}
Value s_union(Interp& I, Args& a) { return set_binop(I, a, ast::BinOpKind::BitOr); }
Value s_intersection(Interp& I, Args& a) { return set_binop(I, a, ast::BinOpKind::BitAnd); }
Value s_difference(Interp& I, Args& a) { return set_binop(I, a, ast::BinOpKind::Sub); }
Value s_symmetric_difference(Interp& I, Args& a) { return set_binop(I, a, ast::BinOpKind::BitXor); }
Value s_update(Interp& I, Args& a) {
  SetObj* s = self_set(a);
  for (uint32_t i = 0; i < a.n; ++i) I.for_each(a[i], [&](const Value& k) { s->add(k); return true; });
  return Value();
}
Value s_issubset(Interp& I, Args& a) {
  check_args(a, "issubset", 1, 1);
  return Value::boolean(compare(ast::CmpOp::LtE, *a.self, as_set_value(I, a[0])));
}
Value s_issuperset(Interp& I, Args& a) {
  check_args(a, "issuperset", 1, 1);
  return Value::boolean(compare(ast::CmpOp::GtE, *a.self, as_set_value(I, a[0])));
}
Value s_isdisjoint(Interp& I, Args& a) {
  check_args(a, "isdisjoint", 1, 1);
  Value other = as_set_value(I, a[0]);
  bool disjoint = true;
  self_set(a)->for_each([&](const Value& k) { disjoint = disjoint && !other.as<SetObj>()->contains(k); });
  return Value::boolean(disjoint);
}

}  // namespace

void setup_collection_methods(Interp& I) {
  struct Entry {
    ClassObj* cls;
    const char* name;
    NativeFn fn;
  };
  const Entry entries[] = {
      {I.cls.list, "append", l_append},   {I.cls.list, "extend", l_extend},   {I.cls.list, "insert", l_insert},
      {I.cls.list, "pop", l_pop},         {I.cls.list, "remove", l_remove},   {I.cls.list, "index", seq_index_of},
      {I.cls.list, "count", seq_count},   {I.cls.list, "sort", l_sort},       {I.cls.list, "reverse", l_reverse},
      {I.cls.list, "clear", l_clear},     {I.cls.list, "copy", l_copy},       {I.cls.tuple, "index", seq_index_of},
      {I.cls.tuple, "count", seq_count},  {I.cls.dict, "get", d_get},         {I.cls.dict, "keys", d_keys},
      {I.cls.dict, "values", d_values},   {I.cls.dict, "items", d_items},     {I.cls.dict, "pop", d_pop},
      {I.cls.dict, "popitem", d_popitem}, {I.cls.dict, "setdefault", d_setdefault}, {I.cls.dict, "update", d_update},
      {I.cls.dict, "clear", d_clear},     {I.cls.dict, "copy", d_copy},       {I.cls.dict, "fromkeys", d_fromkeys},
      {I.cls.set, "add", s_add},          {I.cls.set, "remove", s_remove},    {I.cls.set, "discard", s_discard},
      {I.cls.set, "pop", s_pop},          {I.cls.set, "clear", s_clear},      {I.cls.set, "copy", s_copy},
      {I.cls.set, "union", s_union},      {I.cls.set, "intersection", s_intersection},
      {I.cls.set, "difference", s_difference}, {I.cls.set, "symmetric_difference", s_symmetric_difference},
      {I.cls.set, "update", s_update},    {I.cls.set, "issubset", s_issubset}, {I.cls.set, "issuperset", s_issuperset},
      {I.cls.set, "isdisjoint", s_isdisjoint}, {I.cls.frozenset, "union", s_union},
      {I.cls.frozenset, "intersection", s_intersection}, {I.cls.frozenset, "difference", s_difference},
      {I.cls.frozenset, "issubset", s_issubset}, {I.cls.frozenset, "copy", s_copy},
  };
  for (const Entry& e : entries) I.add_method(e.cls, e.name, e.fn);
}

}  // namespace ls::py
