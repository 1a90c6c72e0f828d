// Native objects that are not plain containers: dict views and the asyncio
// synchronisation objects. NativeObj::kind says which struct an object is, so
// natives can check their receiver before a static_cast.
#pragma once

#include <memory>

#include "loop/event.h"
#include "loop/gather.h"
#include "loop/lock.h"
#include "loop/queue.h"
#include "loop/semaphore.h"
#include "loop/wait_for.h"
#include "python/object.h"

namespace ls::py {

enum NativeKind : int {
  kDictKeys, kDictValues, kDictItems, kEvent, kLock, kSemaphore, kQueue, kTimeout,
  kAsCompleted,
};

struct DictViewObj final : NativeObj {
  DictViewObj(Value c, int k, Value d) : NativeObj(std::move(c), k), dict(std::move(d)) {}
  Value dict;
};

struct EventObj final : NativeObj {
  EventObj(Value c, loop::EventLoop& l) : NativeObj(std::move(c), kEvent), event(l) {}
  loop::Event event;
};

struct LockObj final : NativeObj {
  LockObj(Value c, loop::EventLoop& l) : NativeObj(std::move(c), kLock), lock(l) {}
  loop::Lock lock;
};

struct SemaphoreObj final : NativeObj {
  SemaphoreObj(Value c, loop::EventLoop& l, int v, bool b)
      : NativeObj(std::move(c), kSemaphore), sem(l, v), bound(v), bounded(b) {}
  loop::Semaphore sem;
  int bound;
  bool bounded;
};

struct QueueObj final : NativeObj {
  QueueObj(Value c, loop::EventLoop& l, std::size_t maxsize) : NativeObj(std::move(c), kQueue), queue(l, maxsize) {}
  loop::Queue<Value> queue;
};

struct TimeoutObj final : NativeObj {
  TimeoutObj(Value c, loop::EventLoop& l, std::optional<trace::Nanos> when)
      : NativeObj(std::move(c), kTimeout), scope(std::make_unique<loop::Timeout>(l, when)) {}
  std::unique_ptr<loop::Timeout> scope;
};

template <class T>
T* native_as(const Value& v, int kind) {
  return v.is(Type::Native) && v.as<NativeObj>()->kind == kind ? v.as<T>() : nullptr;
}

inline DictViewObj* as_dict_view(const Value& v) {
  if (!v.is(Type::Native)) return nullptr;
  const int k = v.as<NativeObj>()->kind;
  return k == kDictKeys || k == kDictValues || k == kDictItems ? v.as<DictViewObj>() : nullptr;
}

// len() of native objects that have one (a Queue's qsize), else -1.
inline int64_t as_native_len(const Value& v) {
  if (auto* q = native_as<QueueObj>(v, kQueue)) return static_cast<int64_t>(q->queue.qsize());
  return -1;
}

}  // namespace ls::py
