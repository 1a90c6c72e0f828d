// The main thread's lane and what every lane shows of plain code: the bookends
// of a call that holds the loop (which give code outside every task its "main"
// lane), the main thread's Line events, the call spans of plain functions, and
// the hand-over to asyncio.run. Split from interpreter.cpp: this is what the
// timeline sees of the interpreter, not how the interpreter runs.
#include "python/interpreter.h"

namespace ls::py {

void Interp::block(trace::Nanos d, std::string_view what) {
  if (thread_time) {
    *thread_time += d;
    return;
  }
  loop_.block_for(d, what, begin_block());
  end_block();
}

trace::LocId Interp::begin_block() {
  before_suspend();
  if (!loop_.current_task()) open_main_lane();
  return main_loc();
}

void Interp::end_block() {
  if (!loop_.current_task()) main_event_emitted();
  stretch_start_ = stmts_;
  // A long block may have been cut short by a stop (the app moved on): end promptly.
  if (opts_.stop && opts_.stop->load(std::memory_order_relaxed)) abort_run();
}

void Interp::open_main_lane() {
  if (main_lane_) return;
  main_lane_ = true;
  if (!loop_.tracing()) return;
  for (trace::TextId name : pending_main_calls_) {
    loop_.emit(trace::EventKind::CallEnter, trace::kLoopTask, 0, name, 0, trace::WaitKind::None, main_loc());
  }
  pending_main_calls_.clear();
}

trace::TextId Interp::call_name(FunctionObj* fo) {
  if (!fo->trace_named) {
    fo->trace_name = loop_.text(std::string(fo->fn->name.text) + "()");
    fo->trace_named = true;
  }
  return fo->trace_name;
}

bool Interp::sync_call_begin(FunctionObj* fo) {
  if (loop::TaskBase* t = loop_.current_task()) {
    if (task_calls_left_ == 0) return false;
    --task_calls_left_;
    loop_.emit(trace::EventKind::CallEnter, t->id(), 0, call_name(fo), 0, trace::WaitKind::None, t->loc());
    return true;
  }
  // Inside asyncio.run, code without a task is a loop callback's: no lane.
  if (main_in_loop_ || main_calls_left_ == 0) return false;
  --main_calls_left_;
  if (main_lane_) {
    loop_.emit(trace::EventKind::CallEnter, trace::kLoopTask, 0, call_name(fo), 0, trace::WaitKind::None,
               main_loc());
  } else {
    pending_main_calls_.push_back(call_name(fo));  // drawn only if a lane comes
  }
  return true;
}

void Interp::sync_call_end() {
  loop::TaskBase* t = loop_.current_task();
  if (!t && !pending_main_calls_.empty()) {
    pending_main_calls_.pop_back();  // ended before the main thread had a lane
    return;
  }
  // Inside a long CPU stretch (already drawn as blocking from where it began) the
  // span ends where the call's statements end; a short stretch is charged later,
  // as ever, so a blocking span that comes of it still starts where it began.
  if (in_cpu_block_) flush_cpu();
  loop_.emit(trace::EventKind::CallExit, t ? t->id() : trace::kLoopTask);
}

void Interp::main_line(uint32_t line) {
  // Tasks need no Line events: every event of theirs carries the line the task
  // stands on, and a task's code between two events runs in one step of the
  // loop. A blocking program's main thread, though, runs whole stretches of
  // statements between two events of its own, and stepping through it one
  // event at a time must see it move; so it says where it stands when its line
  // changes, kMainLinesPerStretch times at most between two other events of its
  // own, so a loop of a million statements makes a few events, not a million.
  --main_lines_left_;
  main_line_shown_ = line;
  // The statements before this one are charged first, so the event stands where
  // this statement begins: a step moves to the next instant, and lines run at
  // one instant would be one step.
  if (stmts_ > flushed_stmts_ + 1) {
    loop_.charge(static_cast<trace::Nanos>(stmts_ - 1 - flushed_stmts_) * opts_.cpu_ns_per_statement);
    flushed_stmts_ = stmts_ - 1;
  }
  loop_.emit(trace::EventKind::Line, trace::kLoopTask, 0, 0, 0, trace::WaitKind::None,
             line < loc_by_line_.size() ? loc_by_line_[line] : 0);
}

void Interp::main_line_none() {
  if (!loop_.tracing() || main_line_shown_ == 0) return;
  flush_cpu();
  loop_.emit(trace::EventKind::Line, trace::kLoopTask);
  main_line_shown_ = 0;
}

void Interp::main_waits_for_loop(bool waiting) {
  // Inside the loop, code without a task is a callback's, not the main thread's.
  main_in_loop_ = waiting;
  if (waiting) {
    main_lines_left_ = 0;
    // Without a lane to show it waiting, the main thread's pill goes away.
    if (!main_lane_) main_line_none();
  } else {
    main_event_emitted();
  }
  // Only a main thread that did something has a lane (trace/timeline.h): an
  // asyncio program's module level just waits, and gets no lane of its own.
  if (!main_lane_ || !loop_.tracing()) return;
  if (waiting)
    loop_.emit(trace::EventKind::Awaiting, trace::kLoopTask, static_cast<std::uint32_t>(loop_.task_count() + 1),
               loop_.text("asyncio.run()"), 0, trace::WaitKind::Task, main_loc());
  else
    loop_.emit(trace::EventKind::Running, trace::kLoopTask, 0, 0, 0, trace::WaitKind::None, main_loc());
}

}  // namespace ls::py
