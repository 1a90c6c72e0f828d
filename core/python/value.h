// Value: the interpreter's tagged value. Immediates (None, bool, int, float)
// live inline; everything else is a reference-counted heap Object.
//
// Reference counts are plain integers: Python values are only ever touched on
// the loop thread (to_thread runs its function on the loop thread too, see
// modules/asyncio.cpp), so no atomics are needed on the hot path.
// Cycles are not collected: a program's lifetime is one run, and the whole
// heap is released when the run ends.
#pragma once

#include <cstdint>
#include <utility>

namespace ls::py {

enum class Tag : uint8_t {
  Unbound,  // an empty slot (a local not assigned yet); never visible to programs
  None,
  Bool,
  Int,
  Float,
  Obj,
};

// Heap object kinds; each has its struct in object.h.
enum class Type : uint8_t {
  Str, List, Tuple, Dict, Set, Range, Bytes, Function, BoundMethod, Builtin,
  Class, Instance, Exception, Module, Cell, Coroutine, Task, Future, Iterator,
  Native, Super, Property,
  BigInt,  // an int outside int64 (small ints are the Tag::Int immediate)
};

struct Object {
  explicit Object(Type t) : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  uint32_t refs = 0;
  Type type;
};

class Value {
 public:
  Value() : tag_(Tag::None), i_(0) {}
  static Value unbound() { Value v; v.tag_ = Tag::Unbound; return v; }
  static Value none() { return Value(); }
  static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.i_ = b ? 1 : 0; return v; }
  static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.i_ = i; return v; }
  static Value flt(double d) { Value v; v.tag_ = Tag::Float; v.f_ = d; return v; }
  // Takes a new reference to o (o may be freshly created with refs == 0).
  explicit Value(Object* o) : tag_(Tag::Obj), o_(o) { ++o->refs; }

  Value(const Value& v) : tag_(v.tag_), i_(v.i_) {
    if (tag_ == Tag::Obj) ++o_->refs;
  }
  Value(Value&& v) noexcept : tag_(v.tag_), i_(v.i_) { v.tag_ = Tag::None; }
  Value& operator=(const Value& v) {
    if (v.tag_ == Tag::Obj) ++v.o_->refs;
    release();
    tag_ = v.tag_;
    i_ = v.i_;
    return *this;
  }
  Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      release();
      tag_ = v.tag_;
      i_ = v.i_;
      v.tag_ = Tag::None;
    }
    return *this;
  }
  ~Value() { release(); }

  Tag tag() const { return tag_; }
  bool is_unbound() const { return tag_ == Tag::Unbound; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  // bool counts as an int in arithmetic, as in Python.
  bool is_intlike() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }
  bool is(Type t) const { return tag_ == Tag::Obj && o_->type == t; }

  bool as_bool() const { return i_ != 0; }
  int64_t as_int() const { return i_; }
  double as_float() const { return f_; }
  Object* obj() const { return o_; }
  template <class T>
  T* as() const { return static_cast<T*>(o_); }

  // Identity (Python's `is`).
  bool same(const Value& o) const {
    if (tag_ != o.tag_) return false;
    if (tag_ == Tag::Float) return f_ == o.f_;
    return i_ == o.i_;
  }

 private:
  void release() {
    if (tag_ == Tag::Obj && --o_->refs == 0) delete o_;
  }
  Tag tag_;
  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
};

// Creates a heap object and returns it as a Value.
template <class T, class... A>
Value make(A&&... a) {
  return Value(new T(std::forward<A>(a)...));
}

}  // namespace ls::py
