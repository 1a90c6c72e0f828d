#include "model/loop_view.h"

#include <cstdio>

namespace ls::app {

namespace {

// Adds the rows of one list: the entries `keep` admits, up to `max`, then "… and N
// more" counting only admitted ones; or a single "—" row when none is, so the
// list's name is always there to read. Rows are made only for the shown entries.
template <class Entries, class Keep, class MakeRow>
void add_list(std::vector<LoopRow>& rows, const char* section, const Entries& entries,
              std::size_t max, Keep keep, MakeRow make) {
  const std::size_t first = rows.size();
  std::size_t shown = 0, more = 0;
  for (const auto& e : entries) {
    if (!keep(e)) continue;
    if (shown == max) {
      ++more;
      continue;
    }
    rows.push_back(make(e));
    ++shown;
  }
  if (more > 0)
    rows.push_back({LoopRowKind::More, "", "… and " + std::to_string(more) + " more", "", false, {}});
  if (rows.size() == first) rows.push_back({LoopRowKind::Empty, "", "—", "", false, {}});
  rows[first].section = section;
}

constexpr auto kEvery = [](const auto&) { return true; };

}  // namespace

std::string format_seconds2(trace::Nanos t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", trace::to_seconds(t));
  return buf;
}

std::string format_interval(trace::Nanos d) {
  // Two decimals of a second read "0.00 s" under 5 ms, as if nothing were left:
  // a shorter wait counts in the unit that shows it.
  if (d >= trace::kNanosPerSecond / 100) return format_seconds2(d);
  char buf[32];
  if (d >= 1'000'000)
    std::snprintf(buf, sizeof buf, "%lld ms", static_cast<long long>((d + 500'000) / 1'000'000));
  else if (d >= 1'000)
    std::snprintf(buf, sizeof buf, "%lld µs", static_cast<long long>((d + 500) / 1'000));
  else
    std::snprintf(buf, sizeof buf, "%lld ns", static_cast<long long>(d));
  return buf;
}

bool timer_late(trace::Nanos deadline, trace::Nanos now) { return deadline < now; }

std::string timer_countdown(trace::Nanos deadline, trace::Nanos now) {
  if (timer_late(deadline, now)) return format_interval(now - deadline) + " late";
  if (deadline == now) return "due now";
  return "in " + format_interval(deadline - now);
}

std::string loop_headline(const trace::LoopSnapshot& s, trace::Nanos now, const TaskNamer& name) {
  if (s.blocking) {
    std::string h = "BLOCKED by " + name(s.running);
    if (!s.blocking_what.empty()) h += " · " + s.blocking_what;
    if (s.blocking_until > now) h += " for " + format_interval(s.blocking_until - now) + " more";
    return h;
  }
  if (s.running != trace::kLoopTask) return "running " + name(s.running);
  // A blocking program never starts a loop; its code runs on the main thread.
  if (s.main_running) return "running " + name(trace::kLoopTask) + ", outside the event loop";
  if (!s.ready.empty()) return "running the ready queue";
  // Timers stand in deadline order; the network's deliveries are not asyncio's.
  bool io = false;
  for (const trace::TimerEntry& t : s.timers) {
    if (t.wait != trace::WaitKind::Io) return "idle: next timer " + timer_countdown(t.deadline, now);
    io = true;
  }
  for (const trace::WaitEntry& w : s.waits) io = io || w.wait == trace::WaitKind::Io;
  if (io) return "idle: waiting for I/O";
  if (!s.waits.empty()) return "idle: waiting";
  return s.events > 0 ? "finished" : "not started";
}

TaskNamer lane_namer(const trace::Timeline& timeline) {
  return [&timeline](trace::TaskId task) {
    if (const trace::Lane* lane = timeline.lane_of(task)) {
      return lane->label.empty() ? lane->name : lane->label;
    }
    if (task == trace::kLoopTask) return std::string(trace::kMainThreadName);
    return "Task-" + std::to_string(task);
  };
}

LoopView loop_view(const trace::LoopSnapshot& s, trace::Nanos now, const TaskNamer& name,
                   std::size_t max) {
  LoopView v;
  v.headline = loop_headline(s, now, name);
  v.blocked = s.blocking;
  std::vector<trace::TaskId> running;
  if (s.running != trace::kLoopTask) running.push_back(s.running);
  else if (s.main_running) running.push_back(trace::kLoopTask);
  add_list(v.rows, "running", running, max, kEvery, [&](trace::TaskId t) {
    return LoopRow{s.blocking ? LoopRowKind::Blocking : LoopRowKind::Running, "", name(t),
                   s.blocking ? "blocking the loop" : "", false, {}};
  });
  add_list(v.rows, "ready", s.ready, max, kEvery, [&](const trace::ReadyEntry& e) {
    return LoopRow{LoopRowKind::Ready, "", e.task ? name(e.task) : e.label, "", false, {}};
  });
  // A timer that plays the operating system's part (the simulated network's next
  // delivery) is no timer of asyncio's: the task it serves is listed waiting on I/O.
  const auto asyncio_timer = [](const trace::TimerEntry& t) { return t.wait != trace::WaitKind::Io; };
  add_list(v.rows, "timers", s.timers, max, asyncio_timer, [&](const trace::TimerEntry& t) {
    std::string what = "at " + format_seconds2(t.deadline) + " · " + (t.owner ? name(t.owner) : t.label);
    return LoopRow{LoopRowKind::Timer, "", std::move(what), timer_countdown(t.deadline, now),
                   timer_late(t.deadline, now), trace::WaitKind::Timer};
  });
  // Tasks asleep on a timer are already listed under their timer.
  const auto not_on_timer = [](const trace::WaitEntry& w) { return w.wait != trace::WaitKind::Timer; };
  add_list(v.rows, "waiting", s.waits, max, not_on_timer, [&](const trace::WaitEntry& w) {
    std::string note = w.what.empty() ? "on " + std::string(trace::to_string(w.wait)) : w.what;
    return LoopRow{LoopRowKind::Wait, "", name(w.task), std::move(note), false, w.wait};
  });
  return v;
}

}  // namespace ls::app
