// Shared helpers for the core/net tests: a loop plus a network, and a fetch
// coroutine that records when its response was complete.
#pragma once

#include <string>
#include <vector>

#include "loop/loop.h"
#include "net/net.h"

namespace ls::nettest {

using loop::EventLoop;
using loop::Task;
using loop::seconds;
using net::Nanos;
using net::NetworkProfile;
using net::Response;
using net::SimNetwork;

// aiohttp-style fetch: stores the response and the loop time the task saw it.
inline Task<void> fetch(SimNetwork& net, std::string url, Nanos* done_at, Response* out = nullptr) {
  Response r = co_await net.get(url);
  *done_at = net.loop().now();
  if (out) *out = std::move(r);
}

// Spawns every task, then awaits them all (gather without results).
inline Task<void> all(EventLoop& loop, std::vector<Task<void>> tasks) {
  std::vector<loop::Ref<loop::TaskState<void>>> spawned;
  for (auto& t : tasks) spawned.push_back(loop.spawn(std::move(t)));
  for (auto& t : spawned) co_await t;
}

// The trace's events, copied out for range-for.
inline std::vector<trace::TraceEvent> events(const trace::Trace& t) {
  std::vector<trace::TraceEvent> out;
  for (std::size_t i = 0; i < t.size(); ++i) out.push_back(t[i]);
  return out;
}

inline Task<void> after(EventLoop& loop, Nanos delay, Task<void> then) {
  co_await loop.sleep(delay);
  co_await then;
}

}  // namespace ls::nettest
