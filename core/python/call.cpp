// Calls: argument binding, sync function frames, classes, bound methods.
#include "python/interpreter.h"

namespace ls::py {

using namespace ast;

namespace {

constexpr uint32_t kInlineSlots = 12;

std::string fn_label(const FunctionObj* f) { return std::string(f->fn->name.text) + "()"; }

[[noreturn]] void missing_args(const FunctionObj* f, const std::vector<std::string_view>& names, const char* kind) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) list += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    list += '\'';
    list += names[i];
    list += '\'';
  }
  type_error(std::string(f->fn->name.text) + "() missing " + std::to_string(names.size()) + " required " + kind +
             " argument" + (names.size() == 1 ? "" : "s") + ": " + list);
}

}  // namespace

Value Interp::make_function(const Function* fn, Frame& f) {
  auto* obj = new FunctionObj();
  Value v(obj);
  obj->fn = fn;
  obj->qualname = std::string(fn->qualname);
  for (Expr* d : fn->params.defaults) obj->defaults.push_back(eval(d, f));
  for (Expr* d : fn->params.kw_defaults) obj->kw_defaults.push_back(d ? eval(d, f) : Value::unbound());
  for (const FreeVar& fv : fn->scope.frees) obj->closure.push_back(f.slots[fv.outer_slot]);
  return v;
}

void Interp::bind_args(FunctionObj* fo, const Value* self, Args& a, Value* slots) {
  const Function* fn = fo->fn;
  const Parameters& p = fn->params;
  const uint32_t nargs = p.args.size();
  const uint32_t npos = a.n + (self ? 1 : 0);
  auto pos = [&](uint32_t i) -> const Value& { return self ? (i == 0 ? *self : a.pos[i - 1]) : a.pos[i]; };
  const uint32_t take = npos < nargs ? npos : nargs;
  for (uint32_t i = 0; i < take; ++i) slots[p.args[i].slot] = pos(i);
  if (npos > nargs) {
    if (!p.vararg) {
      const uint32_t required = nargs - static_cast<uint32_t>(p.defaults.size());
      std::string expect = required == nargs ? std::to_string(nargs) : "from " + std::to_string(required) + " to " + std::to_string(nargs);
      type_error(std::string(fn->name.text) + "() takes " + expect + " positional argument" + (nargs == 1 ? "" : "s") +
                 " but " + std::to_string(npos) + (npos == 1 ? " was" : " were") + " given");
    }
    std::vector<Value> rest;
    for (uint32_t i = nargs; i < npos; ++i) rest.push_back(pos(i));
    slots[p.vararg->slot] = new_tuple(std::move(rest));
  } else if (p.vararg) {
    slots[p.vararg->slot] = new_tuple();
  }
  DictObj* extra = nullptr;
  if (p.kwarg) {
    extra = new DictObj();
    slots[p.kwarg->slot] = Value(extra);
  }
  for (uint32_t k = 0; k < a.nkw; ++k) {
    const KwArg& kw = a.kw[k];
    Value* dst = nullptr;
    for (uint32_t i = p.posonly_count; i < nargs && !dst; ++i)
      if (p.args[i].name.id == kw.id) dst = &slots[p.args[i].slot];
    for (uint32_t i = 0; i < p.kwonly.size() && !dst; ++i)
      if (p.kwonly[i].name.id == kw.id) dst = &slots[p.kwonly[i].slot];
    if (dst) {
      if (!dst->is_unbound())
        type_error(std::string(fn->name.text) + "() got multiple values for argument '" + std::string(name_of(kw.id)) + "'");
      *dst = kw.value;
    } else if (extra) {
      extra->set(new_str(name_of(kw.id)), kw.value);
    } else {
      type_error(std::string(fn->name.text) + "() got an unexpected keyword argument '" + std::string(name_of(kw.id)) + "'");
    }
  }
  if (take < nargs || a.nkw) {
    const uint32_t first_default = nargs - static_cast<uint32_t>(fo->defaults.size());
    std::vector<std::string_view> missing;
    for (uint32_t i = 0; i < nargs; ++i) {
      Value& s = slots[p.args[i].slot];
      if (!s.is_unbound()) continue;
      if (i >= first_default) s = fo->defaults[i - first_default];
      else missing.push_back(p.args[i].name.text);
    }
    if (!missing.empty()) missing_args(fo, missing, "positional");
  }
  if (!p.kwonly.empty()) {
    std::vector<std::string_view> missing;
    for (uint32_t i = 0; i < p.kwonly.size(); ++i) {
      Value& s = slots[p.kwonly[i].slot];
      if (!s.is_unbound()) continue;
      if (!fo->kw_defaults[i].is_unbound()) s = fo->kw_defaults[i];
      else missing.push_back(p.kwonly[i].name.text);
    }
    if (!missing.empty()) missing_args(fo, missing, "keyword-only");
  }
}

void Interp::setup_cells(const Scope& scope, FunctionObj* fn, Value* slots) {
  for (uint32_t c : scope.cells) {
    auto* cell = new CellObj();
    cell->v = std::move(slots[c]);
    slots[c] = Value(cell);
  }
  if (fn)
    for (uint32_t i = 0; i < scope.frees.size(); ++i) slots[scope.frees[i].slot] = fn->closure[i];
}

Value Interp::call_function(FunctionObj* fo, Args& a, const Value* self) {
  const Function* fn = fo->fn;
  const uint32_t n = static_cast<uint32_t>(fn->scope.slots.size());
  if (fn->is_async) {
    auto slots = std::make_unique<Value[]>(n);
    for (uint32_t i = 0; i < n; ++i) slots[i] = Value::unbound();
    bind_args(fo, self, a, slots.get());
    setup_cells(fn->scope, fo, slots.get());
    auto* co = new CoroutineObj(run_coroutine(Value(fo), std::move(slots)), fo->qualname);
    return Value(co);
  }
  Value inline_slots[kInlineSlots];
  std::unique_ptr<Value[]> heap;
  Value* slots = n <= kInlineSlots ? inline_slots : (heap = std::make_unique<Value[]>(n)).get();
  for (uint32_t i = 0; i < n; ++i) slots[i] = Value::unbound();
  const Parameters& p = fn->params;
  if (!self && a.nkw == 0 && a.n == p.args.size() && !p.vararg && !p.kwarg && p.kwonly.empty()) {
    for (uint32_t i = 0; i < a.n; ++i) slots[p.args[i].slot] = a.pos[i];
  } else {
    bind_args(fo, self, a, slots);
  }
  if (!fn->scope.cells.empty() || !fn->scope.frees.empty()) setup_cells(fn->scope, fo, slots);
  enter_call();
  Frame fr;
  fr.slots = slots;
  fr.func = fo;
  fr.scope = &fn->scope;
  fr.line = fn->line;
  fr.depth = depth;
  const bool span = loop_.tracing() && sync_call_begin(fo);
  try {
    exec_block(fn->body, fr);
  } catch (...) {
    --depth;
    if (span) sync_call_end();
    add_traceback(std::current_exception(), std::string(fn->name.text), fr.line);
  }
  if (span) sync_call_end();
  --depth;
  return std::move(fr.ret);
}

Value Interp::instantiate(ClassObj* c, Args& a) {
  if (c->builtin != BuiltinType::None && c->builtin != BuiltinType::BaseException) {
    if (!c->ctor) type_error("cannot create '" + c->name + "' instances");
    Value cv(c);
    a.self = &cv;
    return c->ctor(*this, a);
  }
  const Value* init = c->lookup(id.init);
  if (c->is_exception) {
    Value inst = make_exception(c, std::vector<Value>(a.pos, a.pos + a.n));
    if (init && init->is(Type::Function)) call_function(init->as<FunctionObj>(), a, &inst);
    else if (a.nkw) type_error(c->name + "() takes no keyword arguments");
    return inst;
  }
  Value inst = make<InstanceObj>(Value(c));
  if (init && init->is(Type::Function)) {
    Value r = call_function(init->as<FunctionObj>(), a, &inst);
    if (!r.is_none()) type_error("__init__() should return None, not '" + type_name(r) + "'");
  } else if (a.n || a.nkw) {
    type_error(c->name + "() takes no arguments");
  }
  return inst;
}

Value Interp::call(const Value& callee, Args& a) {
  if (callee.is_obj()) {
    switch (callee.obj()->type) {
      case Type::Function: return call_function(callee.as<FunctionObj>(), a, nullptr);
      case Type::Builtin: {
        auto* b = callee.as<BuiltinObj>();
        if (b->bound) {
          a.self = &b->self;
          return b->fn(*this, a);
        }
        if (b->is_method && !a.self) {
          if (a.n == 0) type_error(std::string("unbound method ") + b->name + "() needs an argument");
          Args shifted = a;
          shifted.self = &a.pos[0];
          shifted.pos = a.pos + 1;
          shifted.n = a.n - 1;
          return b->fn(*this, shifted);
        }
        return b->fn(*this, a);
      }
      case Type::BoundMethod: {
        auto* m = callee.as<BoundMethodObj>();
        Value self = m->self;
        Value fn = m->func;
        if (fn.is(Type::Function)) return call_function(fn.as<FunctionObj>(), a, &self);
        std::vector<Value> args{self};
        args.insert(args.end(), a.pos, a.pos + a.n);
        Args b = a;
        b.pos = args.data();
        b.n = static_cast<uint32_t>(args.size());
        return call(fn, b);
      }
      case Type::Class: return instantiate(callee.as<ClassObj>(), a);
      case Type::Instance: {
        const Value* m = class_of(callee)->lookup(id.call);
        if (m && m->is(Type::Function)) return call_function(m->as<FunctionObj>(), a, &callee);
        break;
      }
      case Type::Property:
        if (callee.as<PropertyObj>()->kind == PropertyObj::Kind::Static) return call(callee.as<PropertyObj>()->func, a);
        break;
      default: break;
    }
  }
  type_error(quoted_type(callee) + " object is not callable");
}

Value Interp::call(const Value& callee, std::initializer_list<Value> args) {
  Args a;
  a.pos = args.begin();
  a.n = static_cast<uint32_t>(args.size());
  return call(callee, a);
}

const Value* kwarg(Interp& I, const Args& a, std::string_view name) {
  for (uint32_t i = 0; i < a.nkw; ++i)
    if (I.name_of(a.kw[i].id) == name) return &a.kw[i].value;
  return nullptr;
}

void check_args(const Args& a, const char* fname, uint32_t min, uint32_t max) {
  if (a.n < min || a.n > max) {
    if (min == max)
      type_error(std::string(fname) + "() takes exactly " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                 " (" + std::to_string(a.n) + " given)");
    if (a.n < min)
      type_error(std::string(fname) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                 ", got " + std::to_string(a.n));
    type_error(std::string(fname) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
               ", got " + std::to_string(a.n));
  }
}

void no_kwargs(const Args& a, const char* fname) {
  if (a.nkw) type_error(std::string(fname) + "() takes no keyword arguments");
}

// Unused helper kept for the trace: the label of a function's call span.
std::string function_label(const FunctionObj* f) { return fn_label(f); }

}  // namespace ls::py
