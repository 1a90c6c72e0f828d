// Classes, the class of every value, and attribute access (Python's
// instance-then-class lookup, bound methods, properties, super()).
#include "python/interpreter.h"

namespace ls::py {

namespace {

// C3 linearisation of a class's bases (Python's MRO).
std::vector<ClassObj*> c3_mro(ClassObj* c) {
  std::vector<std::vector<ClassObj*>> seqs;
  for (const Value& b : c->bases) seqs.push_back(b.as<ClassObj>()->mro);
  std::vector<ClassObj*> direct;
  for (const Value& b : c->bases) direct.push_back(b.as<ClassObj>());
  seqs.push_back(direct);
  std::vector<ClassObj*> out{c};
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return out;
    ClassObj* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      ClassObj* head = s.front();
      bool in_tail = false;
      for (auto& t : seqs)
        for (size_t i = 1; i < t.size(); ++i) in_tail = in_tail || t[i] == head;
      if (!in_tail) {
        pick = head;
        break;
      }
    }
    if (!pick) type_error("Cannot create a consistent method resolution order (MRO)");
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

Value bind(Interp& I, const Value& obj, const Value& found) {
  if (found.is(Type::Function)) return make<BoundMethodObj>(obj, found);
  if (found.is(Type::Builtin)) {
    auto* b = found.as<BuiltinObj>();
    if (!b->is_method || b->bound) return found;
    auto* nb = new BuiltinObj(b->name, b->fn, true);
    nb->self = obj;
    nb->bound = true;
    return Value(nb);
  }
  if (found.is(Type::Property)) {
    auto* p = found.as<PropertyObj>();
    switch (p->kind) {
      case PropertyObj::Kind::Property: return I.call(p->func, {obj});
      case PropertyObj::Kind::Static: return p->func;
      case PropertyObj::Kind::ClassMethod: return make<BoundMethodObj>(I.class_value(obj), p->func);
    }
  }
  return found;
}

}  // namespace

ClassObj* Interp::new_class(std::string name, std::vector<Value> bases, BuiltinType bt, NativeFn ctor) {
  auto* c = new ClassObj();
  Value keepalive(c);
  c->name = std::move(name);
  c->bases = std::move(bases);
  c->builtin = bt;
  c->ctor = ctor;
  c->mro = c3_mro(c);
  for (ClassObj* k : c->mro) c->is_exception = c->is_exception || k->is_exception;
  keep_.push_back(keepalive);
  return c;
}

void Interp::add_method(ClassObj* c, const char* name, NativeFn fn) {
  c->dict[intern(name)] = make<BuiltinObj>(name, fn, true);
}

ClassObj* Interp::class_of(const Value& v) const {
  switch (v.tag()) {
    case Tag::Unbound:
    case Tag::None: return cls.none;
    case Tag::Bool: return cls.bool_;
    case Tag::Int: return cls.int_;
    case Tag::Float: return cls.float_;
    case Tag::Obj: break;
  }
  switch (v.obj()->type) {
    case Type::Str: return cls.str;
    case Type::List: return cls.list;
    case Type::Tuple: return cls.tuple;
    case Type::Dict: return cls.dict;
    case Type::Set: return v.as<SetObj>()->frozen ? cls.frozenset : cls.set;
    case Type::Range: return cls.range;
    case Type::Bytes: return cls.bytes;
    case Type::BigInt: return cls.int_;
    case Type::Function: return cls.function;
    case Type::BoundMethod: return cls.method;
    case Type::Builtin: return cls.builtin;
    case Type::Class: return cls.type;
    case Type::Instance:
    case Type::Exception: return v.as<InstanceObj>()->klass();
    case Type::Module: return cls.module;
    case Type::Cell: return cls.cell;
    case Type::Coroutine: return cls.coroutine;
    case Type::Task: return cls.task;
    case Type::Future: return cls.future;
    case Type::Iterator: return cls.iterator;
    case Type::Native: return v.as<NativeObj>()->cls.as<ClassObj>();
    case Type::Super: return cls.super;
    case Type::Property:
      switch (v.as<PropertyObj>()->kind) {
        case PropertyObj::Kind::Property: return cls.property;
        case PropertyObj::Kind::Static: return cls.staticmethod;
        default: return cls.classmethod;
      }
  }
  return cls.object;
}

Value Interp::class_value(const Value& v) const { return Value(class_of(v)); }

bool Interp::try_getattr(const Value& obj, uint32_t aid, Value& out) {
  if (obj.is_obj()) {
    switch (obj.obj()->type) {
      case Type::Instance:
      case Type::Exception: {
        auto* inst = obj.as<InstanceObj>();
        if (Value* v = inst->find(aid)) {
          out = *v;
          return true;
        }
        if (obj.obj()->type == Type::Exception) {
          auto* e = obj.as<ExceptionObj>();
          if (aid == id.args) { out = e->args; return true; }
          std::string_view n = name_of(aid);
          if (n == "__cause__") { out = e->cause; return true; }
          if (n == "__context__") { out = e->context; return true; }
          if (n == "__traceback__") { out = Value(); return true; }
        }
        break;
      }
      case Type::Class: {
        auto* c = obj.as<ClassObj>();
        if (aid == id.name) { out = new_str(c->name); return true; }
        if (aid == id.qualname) { out = new_str(c->qualname.empty() ? c->name : c->qualname); return true; }
        if (const Value* v = c->lookup(aid)) {
          if (v->is(Type::Property)) {
            auto* p = v->as<PropertyObj>();
            if (p->kind == PropertyObj::Kind::Static) { out = p->func; return true; }
            if (p->kind == PropertyObj::Kind::ClassMethod) { out = make<BoundMethodObj>(obj, p->func); return true; }
          }
          out = *v;
          return true;
        }
        if (name_of(aid) == "__mro__") {
          std::vector<Value> m;
          for (ClassObj* k : c->mro) m.emplace_back(k);
          out = new_tuple(std::move(m));
          return true;
        }
        if (name_of(aid) == "__bases__") { out = new_tuple(c->bases); return true; }
        if (aid == id.module) { out = new_str(c->builtin == BuiltinType::None ? "__main__" : "builtins"); return true; }
        return false;
      }
      case Type::Module: {
        auto& attrs = obj.as<ModuleObj>()->attrs;
        auto it = attrs.find(aid);
        if (it != attrs.end()) { out = it->second; return true; }
        if (aid == id.name) { out = new_str(obj.as<ModuleObj>()->name); return true; }
        return false;
      }
      case Type::Super: {
        auto* s = obj.as<SuperObj>();
        ClassObj* start = s->cls.as<ClassObj>();
        ClassObj* k = class_of(s->self);
        if (s->self.is(Type::Class)) k = s->self.as<ClassObj>();
        bool after = false;
        for (ClassObj* m : k->mro) {
          if (after) {
            auto it = m->dict.find(aid);
            if (it != m->dict.end()) {
              out = bind(*this, s->self, it->second);
              return true;
            }
          }
          if (m == start) after = true;
        }
        return false;
      }
      case Type::Function: {
        auto* f = obj.as<FunctionObj>();
        if (aid == id.name) { out = new_str(f->fn->name.text); return true; }
        if (aid == id.qualname) { out = new_str(f->qualname); return true; }
        break;
      }
      case Type::Builtin:
        if (aid == id.name) { out = new_str(obj.as<BuiltinObj>()->name); return true; }
        break;
      case Type::BoundMethod:
        if (aid == id.self) { out = obj.as<BoundMethodObj>()->self; return true; }
        if (aid == id.name || aid == id.qualname) return try_getattr(obj.as<BoundMethodObj>()->func, aid, out);
        break;
      default: break;
    }
  }
  ClassObj* c = class_of(obj);
  if (aid == id.class_) {
    out = Value(c);
    return true;
  }
  if (const Value* v = c->lookup(aid)) {
    out = bind(*this, obj, *v);
    return true;
  }
  return false;
}

Value Interp::getattr(const Value& obj, uint32_t aid) {
  Value out;
  if (try_getattr(obj, aid, out)) return out;
  const std::string n(name_of(aid));
  if (obj.is(Type::Module))
    raise_error(cls.AttributeError, "module '" + obj.as<ModuleObj>()->name + "' has no attribute '" + n + "'");
  if (obj.is(Type::Class))
    raise_error(cls.AttributeError, "type object '" + obj.as<ClassObj>()->name + "' has no attribute '" + n + "'");
  raise_error(cls.AttributeError, quoted_type(obj) + " object has no attribute '" + n + "'");
}

void Interp::setattr(const Value& obj, uint32_t aid, Value v) {
  if (obj.is(Type::Instance) || obj.is(Type::Exception)) {
    auto* inst = obj.as<InstanceObj>();
    if (const Value* p = inst->klass()->lookup(aid); p && p->is(Type::Property)) {
      auto* prop = p->as<PropertyObj>();
      if (prop->kind == PropertyObj::Kind::Property) {
        if (prop->setter.is_none()) raise_error(cls.AttributeError, "can't set attribute '" + std::string(name_of(aid)) + "'");
        call(prop->setter, {obj, v});
        return;
      }
    }
    if (obj.is(Type::Exception) && aid == id.args) {
      obj.as<ExceptionObj>()->args = new_tuple(to_vector(v));
      return;
    }
    if (obj.is(Type::Exception) && name_of(aid) == "__cause__") {
      obj.as<ExceptionObj>()->cause = v;
      return;
    }
    inst->set(aid, std::move(v));
    return;
  }
  if (obj.is(Type::Class) && obj.as<ClassObj>()->builtin == BuiltinType::None) {
    obj.as<ClassObj>()->dict[aid] = std::move(v);
    return;
  }
  if (obj.is(Type::Module)) {
    obj.as<ModuleObj>()->attrs[aid] = std::move(v);
    return;
  }
  if (obj.is(Type::Class))
    type_error("cannot set '" + std::string(name_of(aid)) + "' attribute of immutable type '" + obj.as<ClassObj>()->name + "'");
  raise_error(cls.AttributeError, quoted_type(obj) + " object has no attribute '" + std::string(name_of(aid)) + "'");
}

void Interp::delattr(const Value& obj, uint32_t aid) {
  if (obj.is(Type::Instance) || obj.is(Type::Exception)) {
    auto& attrs = obj.as<InstanceObj>()->attrs;
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
      if (it->first == aid) {
        attrs.erase(it);
        return;
      }
  } else if (obj.is(Type::Class) && obj.as<ClassObj>()->dict.erase(aid)) {
    return;
  } else if (obj.is(Type::Module) && obj.as<ModuleObj>()->attrs.erase(aid)) {
    return;
  }
  raise_error(cls.AttributeError, std::string(name_of(aid)));
}

bool Interp::lookup_method(const Value& obj, uint32_t aid, Value& fn, bool& self_needed) {
  self_needed = false;
  if (obj.is(Type::Module)) {
    auto& attrs = obj.as<ModuleObj>()->attrs;
    auto it = attrs.find(aid);
    if (it == attrs.end()) return false;
    fn = it->second;
    return true;
  }
  if (obj.is(Type::Instance)) {
    if (Value* v = obj.as<InstanceObj>()->find(aid)) {
      fn = *v;
      return true;
    }
  }
  if (!obj.is(Type::Class) && !obj.is(Type::Super) && !obj.is(Type::Exception)) {
    if (const Value* v = class_of(obj)->lookup(aid)) {
      if (v->is(Type::Function) || (v->is(Type::Builtin) && v->as<BuiltinObj>()->is_method && !v->as<BuiltinObj>()->bound)) {
        fn = *v;
        self_needed = true;
        return true;
      }
    }
  }
  return try_getattr(obj, aid, fn);
}

bool Interp::call_method_if(const Value& obj, uint32_t aid, std::initializer_list<Value> args, Value& out) {
  const Value* m = class_of(obj)->lookup(aid);
  if (!m) return false;
  Args a;
  a.pos = args.begin();
  a.n = static_cast<uint32_t>(args.size());
  if (m->is(Type::Function)) {
    out = call_function(m->as<FunctionObj>(), a, &obj);
    return true;
  }
  if (m->is(Type::Builtin) && m->as<BuiltinObj>()->is_method) {
    a.self = &obj;
    Value fn = *m;  // keep alive during the call
    out = fn.as<BuiltinObj>()->fn(*this, a);
    return true;
  }
  Value bound = bind(*this, obj, *m);
  out = call(bound, a);
  return true;
}

Value Interp::call_method(const Value& obj, uint32_t aid, std::initializer_list<Value> args) {
  Value out;
  if (call_method_if(obj, aid, args, out)) return out;
  raise_error(cls.AttributeError, quoted_type(obj) + " object has no attribute '" + std::string(name_of(aid)) + "'");
}

void Interp::setup_builtin_classes() {
  cls.object = new_class("object", {}, BuiltinType::Object);
  auto mk = [&](const char* name, BuiltinType bt, ClassObj* base = nullptr) {
    ClassObj* c = new_class(name, {Value(base ? base : cls.object)}, bt);
    return c;
  };
  cls.type = mk("type", BuiltinType::Type);
  cls.none = mk("NoneType", BuiltinType::NoneType);
  cls.int_ = mk("int", BuiltinType::Int);
  cls.bool_ = mk("bool", BuiltinType::Bool, cls.int_);
  cls.float_ = mk("float", BuiltinType::Float);
  cls.str = mk("str", BuiltinType::Str);
  cls.list = mk("list", BuiltinType::List);
  cls.tuple = mk("tuple", BuiltinType::Tuple);
  cls.dict = mk("dict", BuiltinType::Dict);
  cls.set = mk("set", BuiltinType::Set);
  cls.frozenset = mk("frozenset", BuiltinType::FrozenSet);
  cls.range = mk("range", BuiltinType::Range);
  cls.bytes = mk("bytes", BuiltinType::Bytes);
  cls.function = mk("function", BuiltinType::Function);
  cls.method = mk("method", BuiltinType::Method);
  cls.builtin = mk("builtin_function_or_method", BuiltinType::Builtin);
  cls.module = mk("module", BuiltinType::Module);
  cls.coroutine = mk("coroutine", BuiltinType::Coroutine);
  cls.task = mk("Task", BuiltinType::Task);
  cls.future = mk("_GatheringFuture", BuiltinType::Future);
  cls.iterator = mk("iterator", BuiltinType::Iterator);
  cls.cell = mk("cell", BuiltinType::Cell);
  cls.property = mk("property", BuiltinType::Property);
  cls.staticmethod = mk("staticmethod", BuiltinType::Property);
  cls.classmethod = mk("classmethod", BuiltinType::Property);
  cls.super = mk("super", BuiltinType::Super);
  cls.native = mk("native", BuiltinType::Native);
  cls.dict_keys = mk("dict_keys", BuiltinType::Native);
  cls.dict_values = mk("dict_values", BuiltinType::Native);
  cls.dict_items = mk("dict_items", BuiltinType::Native);
}

}  // namespace ls::py
