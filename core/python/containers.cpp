// dict (insertion ordered, open-addressed index) and set (CPython's own table
// layout, so iteration order matches CPython for ints, floats and tuples).
#include "python/interpreter.h"

namespace ls::py {

// ---- dict -------------------------------------------------------------------------

namespace {
constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
}  // namespace

int64_t DictObj::slot_of(const Value& key, uint64_t h) const {
  if (index.empty()) return -1;
  const size_t mask = index.size() - 1;
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    const int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const Entry& e = entries[static_cast<size_t>(ix)];
      if (e.hash == h && (e.key.same(key) || py_eq(e.key, key))) return static_cast<int64_t>(i);
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

Value* DictObj::find(const Value& key) {
  const uint64_t h = py_hash(key);
  const int64_t s = slot_of(key, h);
  return s < 0 ? nullptr : &entries[static_cast<size_t>(index[static_cast<size_t>(s)])].value;
}

void DictObj::rebuild(size_t capacity) {
  // Squeeze out deleted entries, then index the survivors.
  std::vector<Entry> live;
  live.reserve(static_cast<size_t>(count) + 1);
  for (auto& e : entries)
    if (e.live) live.push_back(std::move(e));
  entries = std::move(live);
  size_t n = 8;
  while (n < capacity) n <<= 1;
  index.assign(n, kEmpty);
  const size_t mask = n - 1;
  for (size_t k = 0; k < entries.size(); ++k) {
    size_t i = entries[k].hash & mask;
    uint64_t perturb = entries[k].hash;
    while (index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    index[i] = static_cast<int32_t>(k);
  }
  const int64_t now = static_cast<int64_t>(entries.capacity() * sizeof(Entry) + index.size() * sizeof(int32_t));
  mem_add(now - tracked);
  tracked = now;
}

void DictObj::set(const Value& key, Value value) {
  const uint64_t h = py_hash(key);
  const int64_t s = slot_of(key, h);
  if (s >= 0) {
    entries[static_cast<size_t>(index[static_cast<size_t>(s)])].value = std::move(value);
    return;
  }
  if ((entries.size() + 1) * 3 >= index.size() * 2) rebuild((static_cast<size_t>(count) + 1) * 3);
  const size_t mask = index.size() - 1;
  size_t i = h & mask;
  uint64_t perturb = h;
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  if (entries.size() == entries.capacity()) {
    mem_add(static_cast<int64_t>(entries.capacity() * sizeof(Entry)) + 64);
    tracked += static_cast<int64_t>(entries.capacity() * sizeof(Entry)) + 64;
  }
  index[i] = static_cast<int32_t>(entries.size());
  entries.push_back(Entry{key, std::move(value), h, true});
  ++count;
}

bool DictObj::erase(const Value& key) {
  const uint64_t h = py_hash(key);
  const int64_t s = slot_of(key, h);
  if (s < 0) return false;
  Entry& e = entries[static_cast<size_t>(index[static_cast<size_t>(s)])];
  e.live = false;
  e.key = Value();
  e.value = Value();
  index[static_cast<size_t>(s)] = kDeleted;
  --count;
  if (entries.size() > 16 && static_cast<int64_t>(entries.size()) > 2 * count) rebuild(static_cast<size_t>(count) * 3);
  return true;
}

void DictObj::clear() {
  entries.clear();
  index.clear();
  count = 0;
}

// ---- set ----------------------------------------------------------------------------
// setobject.c: linear probing in runs of 9 slots, then perturbed jumps; the
// table grows to hold used*4 (used*2 past 50,000) when it gets 60% full.

namespace {
constexpr size_t kLinearProbes = 9;
constexpr uint64_t kDummyHash = static_cast<uint64_t>(-1);
}  // namespace

int64_t SetObj::lookup(const Value& key, uint64_t h) const {
  const size_t mask = table.size() - 1;
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (;;) {
      const Slot& s = table[j];
      if (s.key.is_unbound() && !s.dummy) return -1;
      if (!s.dummy && s.hash == h && (s.key.same(key) || py_eq(s.key, key))) return static_cast<int64_t>(j);
      if (probes-- == 0) break;
      ++j;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool SetObj::contains(const Value& key) const { return lookup(key, py_hash(key)) >= 0; }

void SetObj::insert_clean(Value key, uint64_t h) {
  const size_t mask = table.size() - 1;
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    if (table[i].key.is_unbound()) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++i;
        if (table[i].key.is_unbound()) { found = true; break; }
      }
    }
    if (found) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = h;
  table[i].dummy = false;
}

void SetObj::resize(int64_t minused) {
  size_t n = 8;
  while (n <= static_cast<size_t>(minused)) n <<= 1;
  std::vector<Slot> old;
  old.swap(table);
  table.resize(n);
  for (Slot& s : old)
    if (!s.key.is_unbound() && !s.dummy) insert_clean(std::move(s.key), s.hash);
  fill = used;
  const int64_t now = static_cast<int64_t>(n * sizeof(Slot));
  mem_add(now - tracked);
  tracked = now;
}

void SetObj::add(const Value& key) {
  const uint64_t h = py_hash(key);
  const size_t mask = table.size() - 1;
  size_t i = h & mask;
  uint64_t perturb = h;
  Slot* freeslot = nullptr;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (;;) {
      Slot& s = table[j];
      if (s.key.is_unbound() && !s.dummy) {
        if (freeslot) {
          freeslot->key = key;
          freeslot->hash = h;
          freeslot->dummy = false;
          ++used;
          return;
        }
        s.key = key;
        s.hash = h;
        ++fill;
        ++used;
        if (static_cast<size_t>(fill) * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
        return;
      }
      if (s.dummy) {
        if (!freeslot) freeslot = &s;
      } else if (s.hash == h && (s.key.same(key) || py_eq(s.key, key))) {
        return;
      }
      if (probes-- == 0) break;
      ++j;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool SetObj::discard(const Value& key) {
  const int64_t j = lookup(key, py_hash(key));
  if (j < 0) return false;
  Slot& s = table[static_cast<size_t>(j)];
  s.key = Value::unbound();
  s.dummy = true;
  s.hash = kDummyHash;
  --used;
  return true;
}

void SetObj::clear() {
  table.assign(8, Slot{});
  used = fill = 0;
}

// set(other set) and the set operators start from a copy laid out as
// CPython's set_merge lays it out.
void set_merge(SetObj* dst, const SetObj* src) {
  if (src->used == 0) return;
  if (static_cast<size_t>(dst->fill + src->used) * 5 >= (dst->table.size() - 1) * 3) {
    // set_table_resize((used + other.used) * 2) — reach it through add()'s sizing.
    size_t n = 8;
    while (n <= static_cast<size_t>((dst->used + src->used) * 2)) n <<= 1;
    if (dst->used == 0) {
      dst->table.assign(n, SetObj::Slot{});
      dst->fill = 0;
    } else {
      std::vector<Value> keep;
      dst->for_each([&](const Value& k) { keep.push_back(k); });
      dst->table.assign(n, SetObj::Slot{});
      dst->used = dst->fill = 0;
      for (auto& k : keep) dst->add(k);
    }
  }
  if (dst->fill == 0 && dst->table.size() == src->table.size()) {
    for (size_t i = 0; i < src->table.size(); ++i) {
      const auto& s = src->table[i];
      if (!s.key.is_unbound() && !s.dummy) {
        dst->table[i].key = s.key;
        dst->table[i].hash = s.hash;
      }
    }
    dst->fill = dst->used = src->used;
    return;
  }
  src->for_each([&](const Value& k) { dst->add(k); });
}

}  // namespace ls::py
