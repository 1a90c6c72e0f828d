// The event loop's public header: EventLoop plus everything its templates need
// (futures, tasks, sleep, the thread pool). Include this, not the parts.
#pragma once

#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/sleep.h"
#include "loop/task_state.h"
#include "loop/thread_pool.h"
