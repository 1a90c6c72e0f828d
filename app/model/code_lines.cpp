#include "model/code_lines.h"

#include <algorithm>

namespace ls::app {

std::string short_task_label(const std::string& name, std::size_t max_chars) {
  constexpr std::string_view kPrefix = "Task-";
  if (name.size() > kPrefix.size() && name.compare(0, kPrefix.size(), kPrefix) == 0 &&
      std::all_of(name.begin() + static_cast<std::ptrdiff_t>(kPrefix.size()), name.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    std::string label = "T";  // appended, not "T" + ...: GCC 12 warns falsely on that
    label += name.substr(kPrefix.size());
    return label;
  }
  if (name.size() <= max_chars) return name;
  // Cut on a character boundary: a UTF-8 continuation byte never starts the cut-off.
  std::size_t cut = max_chars;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut) + "\xE2\x80\xA6";  // …
}

void TaskLineIndex::clear() {
  trace_ = nullptr;
  indexed_ = 0;
  tasks_.clear();
  task_index_.clear();
  loc_lines_.clear();
  main_task_ = 0;
  main_failure_.reset();
}

TaskLineIndex::TaskInfo& TaskLineIndex::task(trace::TaskId id, trace::Nanos time) {
  if (id >= task_index_.size()) task_index_.resize(static_cast<std::size_t>(id) + 1, -1);
  if (task_index_[id] < 0) {
    task_index_[id] = static_cast<std::int32_t>(tasks_.size());
    TaskInfo info;
    info.id = id;
    info.name = id == trace::kLoopTask ? "main" : "Task-";
    if (id != trace::kLoopTask) info.name += std::to_string(id);
    info.created = time;
    tasks_.push_back(std::move(info));
  }
  return tasks_[static_cast<std::size_t>(task_index_[id])];
}

namespace {

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::uint32_t TaskLineIndex::line_of(const trace::Trace& trace, trace::LocId loc) {
  if (loc == 0) return 0;
  if (loc >= loc_lines_.size()) loc_lines_.resize(static_cast<std::size_t>(loc) + 1, -1);
  if (loc_lines_[loc] < 0) {
    // Once per location: location_of copies the file name under the trace's lock.
    const trace::SourceLocation where = trace.location_of(loc);
    // A run holds one program, so the same base name is the same file, whether it
    // was run as "async.py" or "lessons/03-gather-order/async.py".
    const bool ours = file_.empty() || where.file == file_ || base_name(where.file) == base_name(file_);
    loc_lines_[loc] = ours && where.line > 0 ? where.line : 0;
  }
  return static_cast<std::uint32_t>(loc_lines_[loc]);
}

void TaskLineIndex::update(const trace::Trace& trace) {
  const std::size_t n = trace.size();
  if (trace_ != &trace || n < indexed_) {
    clear();
    trace_ = &trace;
  }
  for (std::size_t i = indexed_; i < n; ++i) {
    const trace::TraceEvent& e = trace[i];
    using trace::EventKind;
    if (e.kind == EventKind::TaskCreated) {
      TaskInfo& t = task(e.task, e.time);
      t.created = e.time;
      if (e.text) t.name = trace.text_of(e.text);
      if (main_task_ == 0) main_task_ = e.task;
    } else if (e.kind == EventKind::Done || e.kind == EventKind::Failed ||
               e.kind == EventKind::Cancelled) {
      task(e.task, e.time).finished = e.time;
      if (e.kind == EventKind::Failed && e.task == main_task_ && e.task != 0 && !main_failure_) {
        main_failure_ = TaskFailure{e.time, e.task, line_of(trace, e.loc), trace.text_of(e.text)};
      }
    }
    const std::uint32_t line = line_of(trace, e.loc);
    if (line == 0) {
      // A Line event without a location: the task stands on no line any more
      // (the main thread handed over to asyncio.run's loop, or the program ended).
      if (e.kind == EventKind::Line && e.loc == 0 && e.task < task_index_.size() && task_index_[e.task] >= 0) {
        TaskInfo& t = tasks_[static_cast<std::size_t>(task_index_[e.task])];
        if (!t.stops.empty() && t.stops.back().line != 0) t.stops.push_back(Stop{e.time, 0});
      }
      continue;
    }
    // Task 0 is the loop's own callbacks unless its events carry lines: then they
    // are the program's code outside any task.
    TaskInfo& t = task(e.task, e.time);
    if (t.stops.empty() || t.stops.back().line != line) t.stops.push_back(Stop{e.time, line});
  }
  indexed_ = n;
}

std::vector<TaskMarker> TaskLineIndex::at(trace::Nanos t, const trace::Timeline* timeline) const {
  std::vector<TaskMarker> out;
  for (const TaskInfo& info : tasks_) {
    if (info.stops.empty() || info.created > t || info.finished <= t) continue;
    // The newest stop at or before t.
    const auto it = std::upper_bound(info.stops.begin(), info.stops.end(), t,
                                     [](trace::Nanos v, const Stop& s) { return v < s.time; });
    if (it == info.stops.begin()) continue;
    const Stop& stop = *(it - 1);
    if (stop.line == 0) continue;
    TaskMarker m;
    m.task = info.id;
    m.line = stop.line;
    m.name = info.name;
    m.label = info.id == trace::kLoopTask ? info.name : short_task_label(info.name);
    m.since = stop.time;
    if (const trace::Lane* lane = timeline ? timeline->lane_of(info.id) : nullptr) {
      const std::size_t k = trace::Timeline::first_state_at_or_after(*lane, t);
      if (k < lane->states.size() && lane->states[k].start <= t) {
        m.has_state = true;
        m.state = lane->states[k].state;
        m.wait = lane->states[k].wait;
      }
    }
    // The main thread gets a lane only once it blocks; before that, or in a
    // program that never does, standing on a line means its code is running.
    if (timeline && !m.has_state && info.id == trace::kLoopTask) {
      m.has_state = true;
      m.state = trace::SpanState::Running;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ls::app
