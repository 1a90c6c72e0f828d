// Native programs the app shows until lessons arrive: the download demo (awaited
// one after another, then gathered) with the lines each run prints, and a
// generated trace of many tasks to measure frame times against.
#pragma once

#include <memory>

#include "loop/loop.h"

namespace ls::app::programs {

// Three downloads of 1, 2 and 3 s in virtual time, each printing when it starts
// and when it finishes: 6.0 s one after another, 3.0 s gathered.
std::unique_ptr<loop::EventLoop> downloads_one_after_another();
std::unique_ptr<loop::EventLoop> downloads_gathered();

// `tasks` tasks that each sleep `sleeps` times for a few pseudo-random
// milliseconds; every sleep leaves three state spans (ready, running, waiting),
// so 33 sleeps make about 100 spans a task. Deterministic: the same numbers give
// the same trace.
std::unique_ptr<loop::EventLoop> synthetic(int tasks, int sleeps = 33);

}  // namespace ls::app::programs
