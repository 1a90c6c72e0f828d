// Resolver, second pass: decide each name's scope, lay out frame slots, and
// write the results into the AST. See resolver.h for the rules.
#include "python/resolver.h"

#include "python/resolver_internal.h"

namespace ls::py {

void resolve(Program& program) { resolver::Resolver(program).run(); }

namespace resolver {

using namespace ast;

Resolver::Resolver(Program& program) : program_(program) {
  class_cell_name_ = program_.symbols.intern("__class__");
  iterator_name_ = program_.symbols.intern(".0");
}

void Resolver::run() {
  Module* module = program_.module;
  module_ = std::make_unique<ScopeInfo>();
  module_->kind = ScopeKind::Module;
  module_->out = &module->scope;
  module->scope.kind = ScopeKind::Module;
  current_ = module_.get();
  visit_body(module->body);

  analyze(module_.get());
  collect_globals();
  for (auto& child : module_->children) assign_slots(child.get());
  patch_names(module_.get());
  module->globals = program_.arena.copy(globals_);
  module->builtins = program_.arena.copy(builtins_);
}

// Marks free variables and cells for `s` and, recursively, its children.
void Resolver::analyze(ScopeInfo* s) {
  if (s->kind != ScopeKind::Module) {
    // Iterate by index: mark_free may add pass-through entries to `order`.
    size_t count = s->order.size();
    for (size_t i = 0; i < count; ++i) {
      Ident name = s->order[i];
      const SymbolInfo sym = s->symbols.at(name.id);
      if (sym.global) continue;
      if (sym.nonlocal) {
        ScopeInfo* owner = find_owner(s->parent, name.id);
        if (!owner) {
          const Node* at = program_.module;
          for (auto [id, decl] : s->nonlocal_decls) {
            if (id == name.id) at = decl;
          }
          fail(at, "no binding for nonlocal '" + std::string(name.text) + "' found");
        }
        mark_free(s, owner, name);
      } else if (!sym.bound && sym.used) {
        if (ScopeInfo* owner = find_owner(s->parent, name.id)) mark_free(s, owner, name);
      }
    }
  }
  for (auto& child : s->children) analyze(child.get());
}

// The nearest enclosing function-like scope that owns `id` (binds it or
// declares it nonlocal), skipping class bodies except as owners of
// `__class__`. Null when the name is global.
ScopeInfo* Resolver::find_owner(ScopeInfo* from, uint32_t id) const {
  for (ScopeInfo* s = from; s; s = s->parent) {
    if (s->kind == ScopeKind::Module) return nullptr;
    if (s->kind == ScopeKind::Class) {
      if (id == class_cell_name_.id) return s;
      continue;
    }
    const SymbolInfo* sym = s->find(id);
    if (!sym) continue;
    if (sym->global) return nullptr;
    if (sym->nonlocal || sym->bound) return s;
  }
  return nullptr;
}

// `reader` gets `name` through its closure: every scope strictly between it
// and `owner` passes the cell on, and the owner keeps it in a cell (unless
// the owner itself declared it nonlocal, then it is free there too).
void Resolver::mark_free(ScopeInfo* reader, ScopeInfo* owner, Ident name) {
  reader->symbol(name).free = true;
  for (ScopeInfo* s = reader->parent; s != owner; s = s->parent) s->symbol(name).free = true;
  SymbolInfo& owned = owner->symbol(name);
  if (!owned.nonlocal) owned.captured = true;
}

// Module slots: names bound at module level in order of appearance, then
// names declared global in functions.
void Resolver::collect_globals() {
  auto add = [&](Ident name) {
    if (global_index_.try_emplace(name.id, static_cast<uint32_t>(globals_.size())).second) {
      globals_.push_back(name);
    }
  };
  for (Ident name : module_->order) {
    if (module_->symbols.at(name.id).bound) add(name);
  }
  for (Ident name : declared_globals_) add(name);
}

// Frame layout: parameters, other locals, the class cell, free variables.
void Resolver::assign_slots(ScopeInfo* s) {
  std::vector<Slot> slots;
  std::vector<uint32_t> cells;
  auto add_local = [&](Ident name, const SymbolInfo& sym) {
    uint32_t slot = static_cast<uint32_t>(slots.size());
    bool cell = sym.captured && s->kind != ScopeKind::Class;
    slots.push_back({name, cell ? SlotKind::Cell : SlotKind::Local});
    if (cell) cells.push_back(slot);
    s->local_slot[name.id] = slot;
  };
  for (Ident p : s->params) add_local(p, s->symbols.at(p.id));
  for (Ident name : s->order) {
    const SymbolInfo& sym = s->symbols.at(name.id);
    if (sym.bound && !sym.param && !sym.global && !sym.nonlocal) add_local(name, sym);
  }
  s->out->class_cell = -1;
  if (s->kind == ScopeKind::Class) {
    const SymbolInfo* cc = s->find(class_cell_name_.id);
    if (cc && cc->captured) {
      s->out->class_cell = static_cast<int32_t>(slots.size());
      cells.push_back(static_cast<uint32_t>(slots.size()));
      slots.push_back({class_cell_name_, SlotKind::Cell});
    }
  }
  std::vector<FreeVar> frees;
  for (Ident name : s->order) {
    const SymbolInfo& sym = s->symbols.at(name.id);
    if (!sym.free) continue;
    uint32_t slot = static_cast<uint32_t>(slots.size());
    slots.push_back({name, SlotKind::Free});
    s->free_slot[name.id] = slot;
    // The parent was laid out first; its free slot wins over a class's
    // namespace entry of the same name.
    ScopeInfo* parent = s->parent;
    uint32_t outer;
    if (parent->kind == ScopeKind::Class && name.id == class_cell_name_.id) {
      outer = static_cast<uint32_t>(parent->out->class_cell);
    } else if (auto it = parent->free_slot.find(name.id); it != parent->free_slot.end()) {
      outer = it->second;
    } else {
      outer = parent->local_slot.at(name.id);
    }
    frees.push_back({slot, outer});
    if (name.id == class_cell_name_.id) s->out->class_cell = static_cast<int32_t>(slot);
  }
  s->out->num_params = static_cast<uint32_t>(s->params.size());
  s->out->slots = program_.arena.copy(slots);
  s->out->cells = program_.arena.copy(cells);
  s->out->frees = program_.arena.copy(frees);
  for (auto& child : s->children) assign_slots(child.get());
}

void Resolver::resolve_global(Name* n) {
  auto it = global_index_.find(n->id.id);
  if (it != global_index_.end()) {
    n->scope = NameScope::Global;
    n->index = it->second;
    return;
  }
  auto [b, inserted] = builtin_index_.try_emplace(n->id.id, static_cast<uint32_t>(builtins_.size()));
  if (inserted) builtins_.push_back(n->id);
  n->scope = NameScope::Builtin;
  n->index = b->second;
}

void Resolver::patch_names(ScopeInfo* s) {
  for (Name* n : s->names) {
    if (s->kind == ScopeKind::Module) {
      resolve_global(n);
      continue;
    }
    const SymbolInfo& sym = s->symbols.at(n->id.id);
    auto local = s->local_slot.find(n->id.id);
    if (sym.global) {
      resolve_global(n);
    } else if (!sym.nonlocal && local != s->local_slot.end()) {
      n->index = local->second;
      n->scope = s->out->slots[local->second].kind == SlotKind::Cell ? NameScope::Cell : NameScope::Local;
    } else if (sym.free) {
      n->scope = NameScope::Free;
      n->index = s->free_slot.at(n->id.id);
    } else {
      resolve_global(n);
    }
  }
  for (auto& child : s->children) patch_names(child.get());
}

}  // namespace resolver
}  // namespace ls::py
