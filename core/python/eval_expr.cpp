// The sync expression evaluator: a switch over node kinds, names by slot.
#include "python/interpreter.h"

namespace ls::py {

using namespace ast;

namespace {

// Small argument buffers live on the C++ stack; calls with many arguments
// spill to the heap.
constexpr uint32_t kInlineArgs = 8;

[[noreturn]] void unbound_local(std::string_view name) {
  raise_error(interp().cls.UnboundLocalError,
              "cannot access local variable '" + std::string(name) + "' where it is not associated with a value");
}

}  // namespace

Value Interp::constant(const Constant* c) {
  switch (c->value_kind) {
    case ConstKind::None:
    case ConstKind::Ellipsis: return Value();
    case ConstKind::Bool: return Value::boolean(c->b);
    case ConstKind::Int: return Value::integer(c->i);
    case ConstKind::Float: return Value::flt(c->f);
    case ConstKind::BigInt: {
      auto it = consts_.find(c);
      if (it != consts_.end()) return it->second;
      Value v = int_value(BigInt::from_digits(c->s, c->base, false));
      consts_.emplace(c, v);
      return v;
    }
    case ConstKind::Str:
    case ConstKind::Bytes: {
      auto it = consts_.find(c);
      if (it != consts_.end()) return it->second;
      Value v = c->value_kind == ConstKind::Str ? new_str(c->s) : make<BytesObj>(std::string(c->s));
      consts_.emplace(c, v);
      return v;
    }
  }
  return Value();
}

Value Interp::load_name(const Name* n, Frame& f) {
  switch (n->scope) {
    case NameScope::Local: {
      const Value& v = f.slots[n->index];
      if (!v.is_unbound()) return v;
      if (f.class_body) return lookup_global_by_name(n->id.id);
      unbound_local(n->id.text);
    }
    case NameScope::Cell:
    case NameScope::Free: {
      const Value& v = f.slots[n->index].as<CellObj>()->v;
      if (!v.is_unbound()) return v;
      if (n->scope == NameScope::Cell) unbound_local(n->id.text);
      raise_error(cls.NameError, "cannot access free variable '" + std::string(n->id.text) +
                                     "' where it is not associated with a value in enclosing scope");
    }
    case NameScope::Global: {
      const Value& v = globals_[n->index];
      if (!v.is_unbound()) return v;
      const Value& b = global_builtin_[n->index];
      if (!b.is_unbound()) return b;
      raise_error(cls.NameError, "name '" + std::string(n->id.text) + "' is not defined");
    }
    case NameScope::Builtin: {
      const Value& b = builtins_[n->index];
      if (!b.is_unbound()) return b;
      raise_error(cls.NameError, "name '" + std::string(n->id.text) + "' is not defined");
    }
    case NameScope::Unresolved: break;
  }
  raise_error(cls.NameError, "name '" + std::string(n->id.text) + "' is not defined");
}

Value Interp::lookup_global_by_name(uint32_t nid) {
  auto it = global_slot_by_id_.find(nid);
  if (it != global_slot_by_id_.end() && !globals_[it->second].is_unbound()) return globals_[it->second];
  auto b = builtins_by_name_.find(std::string(name_of(nid)));
  if (b != builtins_by_name_.end()) return b->second;
  raise_error(cls.NameError, "name '" + std::string(name_of(nid)) + "' is not defined");
}

void Interp::store_name(const Name* n, Value v, Frame& f) {
  switch (n->scope) {
    case NameScope::Local: f.slots[n->index] = std::move(v); return;
    case NameScope::Cell:
    case NameScope::Free: f.slots[n->index].as<CellObj>()->v = std::move(v); return;
    case NameScope::Global: globals_[n->index] = std::move(v); return;
    default: raise_error(cls.NameError, "cannot assign to '" + std::string(n->id.text) + "'");
  }
}

Value Interp::eval(const Expr* e, Frame& f) {
  switch (e->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      if (n->scope == NameScope::Local) {
        const Value& v = f.slots[n->index];
        if (!v.is_unbound()) return v;
      }
      return load_name(n, f);
    }
    case NodeKind::Constant: return constant(static_cast<const Constant*>(e));
    case NodeKind::JoinedStr: return new_str(format_joined(static_cast<const JoinedStr*>(e), f));
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      Value v = eval(u->operand, f);
      if (u->op == UnaryOpKind::Not) return Value::boolean(!truthy(v));
      return unaryop(u->op, v);
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      Value l = eval(b->left, f);
      Value r = eval(b->right, f);
      if (l.is_int() && r.is_int()) {
        int64_t out;
        switch (b->op) {
          case BinOpKind::Add: if (!__builtin_add_overflow(l.as_int(), r.as_int(), &out)) return Value::integer(out); break;
          case BinOpKind::Sub: if (!__builtin_sub_overflow(l.as_int(), r.as_int(), &out)) return Value::integer(out); break;
          case BinOpKind::Mul: if (!__builtin_mul_overflow(l.as_int(), r.as_int(), &out)) return Value::integer(out); break;
          default: break;
        }
      }
      return binop(b->op, l, r);
    }
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      Value v = eval(b->values[0], f);
      for (uint32_t i = 1; i < b->values.size(); ++i) {
        const bool t = truthy(v);
        if (b->op == BoolOpKind::And ? !t : t) return v;
        v = eval(b->values[i], f);
      }
      return v;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      Value left = eval(c->left, f);
      for (uint32_t i = 0; i < c->ops.size(); ++i) {
        Value right = eval(c->comparators[i], f);
        bool ok;
        if (left.is_int() && right.is_int()) {
          const int64_t a = left.as_int(), b = right.as_int();
          switch (c->ops[i]) {
            case CmpOp::Lt: ok = a < b; break;
            case CmpOp::LtE: ok = a <= b; break;
            case CmpOp::Gt: ok = a > b; break;
            case CmpOp::GtE: ok = a >= b; break;
            case CmpOp::Eq: ok = a == b; break;
            case CmpOp::NotEq: ok = a != b; break;
            default: ok = compare(c->ops[i], left, right); break;
          }
        } else {
          ok = compare(c->ops[i], left, right);
        }
        if (!ok) return Value::boolean(false);
        left = std::move(right);
      }
      return Value::boolean(true);
    }
    case NodeKind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      return truthy(eval(x->test, f)) ? eval(x->body, f) : eval(x->orelse, f);
    }
    case NodeKind::Lambda: return make_function(static_cast<const Lambda*>(e)->fn, f);
    case NodeKind::Call: return eval_call(static_cast<const Call*>(e), f);
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      return getattr(eval(a->value, f), a->attr.id);
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      Value obj = eval(s->value, f);
      if (auto* sl = as<Slice>(s->slice)) {
        Value lo = sl->lower ? eval(sl->lower, f) : Value();
        Value hi = sl->upper ? eval(sl->upper, f) : Value();
        Value st = sl->step ? eval(sl->step, f) : Value();
        return slice(obj, lo, hi, st);
      }
      return subscript(obj, eval(s->slice, f));
    }
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::Set: {
      const Seq<Expr*>& elts = display_elts(e);
      std::vector<Value> items;
      items.reserve(elts.size());
      for (Expr* x : elts) {
        const Starred* st = as<Starred>(x);
        add_display_item(items, x, eval(st ? st->value : x, f));
      }
      return make_display(e->kind, std::move(items));
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      auto* out = new DictObj();
      Value dv(out);
      for (uint32_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) {
          merge_mapping(out, eval(d->values[i], f));
          continue;
        }
        Value k = eval(d->keys[i], f);
        out->set(k, eval(d->values[i], f));
      }
      return dv;
    }
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: return eval_comp(static_cast<const Comp*>(e), f);
    case NodeKind::Starred: type_error("can't use starred expression here");
    case NodeKind::Await:
      raise_error(cls.RuntimeError, "'await' reached the synchronous evaluator (Loopscope bug)");
    case NodeKind::Slice: type_error("slice expression outside a subscript is not supported by Loopscope");
    default: break;
  }
  raise_error(cls.RuntimeError, std::string("cannot evaluate ") + node_kind_name(e->kind));
}

std::string Interp::format_joined(const JoinedStr* js, Frame& f) {
  std::string out;
  for (Expr* part : js->values) {
    if (auto* c = as<Constant>(part)) {
      out += c->s;
      continue;
    }
    auto* fv = static_cast<const FormattedValue*>(part);
    Value v = eval(fv->value, f);
    if (fv->conversion == 'r' || fv->conversion == 'a') v = new_str(repr(v));
    else if (fv->conversion == 's') v = new_str(str(v));
    if (fv->format_spec) out += format_value(v, format_joined(fv->format_spec, f));
    else out += v.is(Type::Str) ? v.as<StrObj>()->s : str(v);
  }
  return out;
}

Value Interp::zero_arg_super(Frame& f) {
  if (!f.func || f.func->fn->scope.class_cell < 0 || f.func->fn->params.args.empty())
    raise_error(cls.RuntimeError, "super(): no arguments");
  Value klass = f.slots[static_cast<uint32_t>(f.func->fn->scope.class_cell)].as<CellObj>()->v;
  Value self = f.slots[0];
  if (self.is(Type::Cell)) self = self.as<CellObj>()->v;
  if (klass.is_unbound()) raise_error(cls.RuntimeError, "super(): __class__ cell not found");
  return make<SuperObj>(klass, self);
}

Value Interp::eval_call(const Call* c, Frame& f) {
  Value callee, self;
  bool self_needed = false;
  if (auto* attr = as<Attribute>(c->func)) {
    Value obj = eval(attr->value, f);
    if (!lookup_method(obj, attr->attr.id, callee, self_needed)) callee = getattr(obj, attr->attr.id);
    if (self_needed) self = std::move(obj);
  } else {
    callee = eval(c->func, f);
  }
  Value inline_args[kInlineArgs];
  std::vector<Value> spill;
  std::vector<KwArg> kws;
  Args a;
  if (c->simple && c->args.size() <= kInlineArgs) {
    for (uint32_t i = 0; i < c->args.size(); ++i) inline_args[i] = eval(c->args[i], f);
    a.pos = inline_args;
    a.n = c->args.size();
  } else {
    for (Expr* x : c->args) {
      if (auto* st = as<Starred>(x)) {
        std::vector<Value> more = to_vector(eval(st->value, f));
        spill.insert(spill.end(), more.begin(), more.end());
      } else {
        spill.push_back(eval(x, f));
      }
    }
    a.pos = spill.data();
    a.n = static_cast<uint32_t>(spill.size());
  }
  if (!c->keywords.empty()) {
    kws.reserve(c->keywords.size());
    for (const Keyword& k : c->keywords) {
      if (!k.arg.empty()) {
        kws.push_back({k.arg.id, eval(k.value, f)});
        continue;
      }
      Value d = eval(k.value, f);
      if (!d.is(Type::Dict)) type_error("argument after ** must be a mapping, not " + type_name(d));
      for (auto& en : d.as<DictObj>()->entries) {
        if (!en.live) continue;
        if (!en.key.is(Type::Str)) type_error("keywords must be strings");
        kws.push_back({intern(en.key.as<StrObj>()->s), en.value});
      }
    }
    a.kw = kws.data();
    a.nkw = static_cast<uint32_t>(kws.size());
  }
  return finish_call(callee, self, self_needed, a, f);
}

Value Interp::finish_call(Value& callee, Value& self, bool self_needed, Args& a, Frame& f) {
  if (self_needed) {
    if (callee.is(Type::Function)) return call_function(callee.as<FunctionObj>(), a, &self);
    a.self = &self;
    return callee.as<BuiltinObj>()->fn(*this, a);
  }
  if (a.n == 0 && a.nkw == 0 && callee.is(Type::Builtin) && std::string_view(callee.as<BuiltinObj>()->name) == "super")
    return zero_arg_super(f);
  return call(callee, a);
}

Value Interp::eval_comp(const Comp* c, Frame& f) {
  const uint32_t n = static_cast<uint32_t>(c->scope.slots.size());
  Value inline_slots[kInlineArgs];
  std::unique_ptr<Value[]> heap;
  Value* slots = n <= kInlineArgs ? inline_slots : (heap = std::make_unique<Value[]>(n)).get();
  for (uint32_t i = 0; i < n; ++i) slots[i] = Value::unbound();
  Value first = get_iter(eval(c->generators[0].iter, f));
  for (uint32_t cell : c->scope.cells) slots[cell] = make<CellObj>();
  for (const FreeVar& fv : c->scope.frees) slots[fv.slot] = f.slots[fv.outer_slot];
  Frame cf;
  cf.slots = slots;
  cf.func = f.func;
  cf.scope = &c->scope;
  cf.line = f.line;
  cf.depth = f.depth;
  Object* out;
  Value result;
  if (c->kind == NodeKind::DictComp) out = new DictObj();
  else if (c->kind == NodeKind::SetComp) out = new SetObj();
  else out = new ListObj();
  result = Value(out);
  comp_loop(c, 0, cf, first, out);
  if (c->kind == NodeKind::GeneratorExp) return get_iter(result);
  return result;
}

void Interp::comp_loop(const Comp* c, uint32_t gi, Frame& cf, const Value& first, Object* out) {
  const Comprehension& g = c->generators[gi];
  Value it = gi == 0 ? first : get_iter(eval(g.iter, cf));
  Value item;
  while (iter_next(it, item)) {
    count_statement();
    assign(g.target, item, cf);
    bool keep = true;
    for (Expr* cond : g.ifs)
      if (!truthy(eval(cond, cf))) {
        keep = false;
        break;
      }
    if (!keep) continue;
    if (gi + 1 < c->generators.size()) {
      comp_loop(c, gi + 1, cf, first, out);
    } else if (c->kind == NodeKind::DictComp) {
      Value k = eval(c->elt, cf);
      static_cast<DictObj*>(out)->set(k, eval(c->value, cf));
    } else if (c->kind == NodeKind::SetComp) {
      static_cast<SetObj*>(out)->add(eval(c->elt, cf));
    } else {
      auto* l = static_cast<ListObj*>(out);
      l->items.push_back(eval(c->elt, cf));
      l->track();
    }
  }
}

// ---- displays, shared with eval_async.cpp ----------------------------------------

const Seq<Expr*>& Interp::display_elts(const Expr* e) {
  if (e->kind == NodeKind::List) return static_cast<const List*>(e)->elts;
  if (e->kind == NodeKind::Tuple) return static_cast<const Tuple*>(e)->elts;
  return static_cast<const Set*>(e)->elts;
}

void Interp::add_display_item(std::vector<Value>& items, const Expr* x, Value v) {
  if (!as<Starred>(x)) {
    items.push_back(std::move(v));
    return;
  }
  std::vector<Value> more = to_vector(v);
  items.insert(items.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

Value Interp::make_display(NodeKind kind, std::vector<Value> items) {
  if (kind == NodeKind::List) return new_list(std::move(items));
  if (kind == NodeKind::Tuple) return new_tuple(std::move(items));
  auto* s = new SetObj();
  Value sv(s);
  for (auto& v : items) s->add(v);
  return sv;
}

void Interp::merge_mapping(DictObj* out, const Value& other) {
  if (!other.is(Type::Dict)) type_error(quoted_type(other) + " object is not a mapping");
  for (auto& en : other.as<DictObj>()->entries)
    if (en.live) out->set(en.key, en.value);
}

}  // namespace ls::py
