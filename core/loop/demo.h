// The built-in native demo: three coroutine "downloads" of 1, 2 and 3 s in virtual
// time, awaited one after another (Sequential, 6.0 s) or gathered (Gathered, 3.0 s).
// Used by the first window, `loopscope demo`, and the tests.
#pragma once

#include <memory>

#include "loop/loop.h"

namespace ls::demo {

enum class Variant { Sequential, Gathered };

// A fresh virtual-clock loop with the demo's main task spawned but not yet run:
// call loop->run() to run it all, or loop->step() to advance it lazily.
std::unique_ptr<loop::EventLoop> make_download_demo(Variant v);

}  // namespace ls::demo
