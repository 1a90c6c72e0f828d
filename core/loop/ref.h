// Intrusive reference counting for loop objects (futures, tasks, sync primitives).
// Single-threaded on purpose: loop objects are only touched on the loop thread, so
// a plain counter is enough and keeps the per-switch cost at a few nanoseconds.
#pragma once

#include <cstdint>
#include <utility>

namespace ls::loop {

class RefCounted {
 public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;
  virtual ~RefCounted() = default;

  void add_ref() { ++refs_; }
  void release() {
    if (--refs_ == 0) last_release();
  }
  std::uint32_t refs() const { return refs_; }

 protected:
  // Called when the count reaches zero; the default deletes the object. Tasks
  // override it to report an exception nobody retrieved, as asyncio does in __del__.
  virtual void last_release() { delete this; }

 private:
  std::uint32_t refs_ = 0;
};

// A counted pointer to a RefCounted object.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  explicit Ref(T* p) : p_(p) { if (p_) p_->add_ref(); }
  Ref(const Ref& o) : p_(o.p_) { if (p_) p_->add_ref(); }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) { if (p_) p_->add_ref(); }
  ~Ref() { if (p_) p_->release(); }
  Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const Ref& o) const { return p_ == o.p_; }

 private:
  T* p_ = nullptr;
};

template <class T, class... A>
Ref<T> make_ref(A&&... a) {
  return Ref<T>(new T(std::forward<A>(a)...));
}

}  // namespace ls::loop
