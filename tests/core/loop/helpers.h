// Shared helpers for the loop tests: a log the coroutines append to, so a test
// can compare the order things happened in with what CPython printed.
#pragma once

#include <string>
#include <vector>

#include "loop/loop.h"

namespace ls::test {

using Log = std::vector<std::string>;
using loop::EventLoop;
using loop::Task;
using loop::seconds;

inline std::string fmt_time(trace::Nanos t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", trace::to_seconds(t));
  return buf;
}

}  // namespace ls::test
