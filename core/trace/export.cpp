// Chrome Trace Event JSON. The text timeline lives in text_timeline.cpp.
//
// The document is written as a stream, one event per line, rather than built as
// an nlohmann::json tree: a tree costs several map nodes per event, which for a
// 100,000-task trace meant gigabytes and tens of seconds. nlohmann still does the
// part worth not writing twice: escaping strings.
#include "trace/export.h"

#include <nlohmann/json.hpp>

#include "trace/text_util.h"

namespace ls::trace {

namespace {

constexpr int kPid = 1;
// Slice and instant names show in Perfetto's tracks; long program output is kept
// whole in args, and only its first line, shortened, names the marker.
constexpr std::size_t kMaxNameColumns = 48;

class EventWriter {
 public:
  std::string take() { return std::move(out_); }

  // Starts {"ph":..,"name":..,"cat":..,"pid":1,"tid":..; `cat` may be empty.
  void begin(const char* ph, std::string_view name, const char* cat, int tid) {
    out_ += count_++ == 0 ? "\n{" : ",\n{";
    out_ += "\"ph\":\"";
    out_ += ph;
    out_ += "\",\"name\":";
    string(name);
    if (*cat != '\0') {
      out_ += ",\"cat\":\"";
      out_ += cat;
      out_ += '"';
    }
    out_ += ",\"pid\":" + std::to_string(kPid) + ",\"tid\":" + std::to_string(tid);
  }
  void end() {
    if (args_open_) out_ += '}';
    args_open_ = false;
    out_ += '}';
  }

  // A field of the event itself, in microseconds.
  void micros(const char* key, Nanos t) {
    field(key);
    write_micros(t);
  }
  void text(const char* key, std::string_view value) {
    field(key);
    string(value);
  }
  void raw(const char* key, const char* value) {
    field(key);
    out_ += value;
  }

  // Fields of the event's "args" object; the first one opens it.
  void arg(const char* key, std::string_view value) {
    arg_key(key);
    string(value);
  }
  void arg(const char* key, std::uint64_t value) {
    arg_key(key);
    out_ += std::to_string(value);
  }

 private:
  void field(const char* key) {
    out_ += ",\"";
    out_ += key;
    out_ += "\":";
  }
  void arg_key(const char* key) {
    out_ += args_open_ ? ",\"" : ",\"args\":{\"";
    args_open_ = true;
    out_ += key;
    out_ += "\":";
  }
  void string(std::string_view s) {
    // Program output may hold bytes that are not UTF-8: replace them, never throw.
    out_ += nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  // Nanoseconds as exact decimal microseconds ("1234.567"): no binary rounding,
  // so Perfetto recovers the same integer nanoseconds we folded.
  void write_micros(Nanos t) {
    if (t < 0) {
      out_ += '-';
      t = -t;
    }
    out_ += std::to_string(t / 1000);
    if (const Nanos frac = t % 1000; frac != 0) {
      std::string digits = std::to_string(frac + 1000).substr(1);  // zero-padded
      digits.erase(digits.find_last_not_of('0') + 1);
      out_ += '.' + digits;
    }
  }

  std::string out_;
  std::size_t count_ = 0;
  bool args_open_ = false;
};

std::string where(const Trace& trace, LocId loc) {
  const SourceLocation at = trace.location_of(loc);
  return at.file + ":" + std::to_string(at.line);
}

std::string state_name(const Trace& trace, const StateSpan& s) {
  std::string name(to_string(s.state));
  if (s.state == SpanState::Waiting && s.wait != WaitKind::None) {
    name += ": ";
    name += to_string(s.wait);
  } else if (s.state == SpanState::Blocking && s.text != 0) {
    name += ": " + trace.text_of(s.text);
  }
  return name;
}

void thread_name(EventWriter& w, int tid, std::string_view name) {
  w.begin("M", "thread_name", "", tid);
  w.arg("name", name);
  w.end();
}

void slice(EventWriter& w, std::string_view name, const char* cat, int tid, Nanos start,
           Nanos end) {
  w.begin("X", name, cat, tid);
  w.micros("ts", start);
  w.micros("dur", end - start);
}

// Thread-scoped: Perfetto draws it on its lane rather than across the process.
void instant(EventWriter& w, std::string_view name, const char* cat, int tid, Nanos t) {
  w.begin("i", name, cat, tid);
  w.raw("s", "\"t\"");
  w.micros("ts", t);
}

void add_states(EventWriter& w, const Trace& trace, const Lane& lane, int tid, Nanos end) {
  for (const StateSpan& s : lane.states) {
    slice(w, state_name(trace, s), "state", tid, s.start, s.end == kOpenEnd ? end : s.end);
    w.arg("event", s.first_event);
    if (s.text != 0) w.arg("what", trace.text_of(s.text));
    if (s.target != 0) w.arg("target", s.target);
    if (s.loc != 0) w.arg("at", where(trace, s.loc));
    w.end();
  }
  if (lane.outcome == Outcome::Failed || lane.outcome == Outcome::Cancelled) {
    std::string name(to_string(lane.outcome));
    if (lane.outcome_text != 0) name += ": " + trace.text_of(lane.outcome_text);
    instant(w, shorten(name, kMaxNameColumns), "outcome", tid, lane.finished);
    w.end();
  }
}

void add_calls(EventWriter& w, const Trace& trace, const Lane& lane, int tid, Nanos end) {
  for (const CallSpan& c : lane.calls) {
    slice(w, trace.text_of(c.name), "call", tid, c.start, c.end == kOpenEnd ? end : c.end);
    w.arg("depth", c.depth);
    if (c.loc != 0) w.arg("at", where(trace, c.loc));
    w.end();
  }
}

// Loop iterations, plain callbacks and printed output are moments, not spans.
void add_instants(EventWriter& w, const Trace& trace, const Timeline& timeline) {
  const std::size_t n = timeline.events_folded();
  const Lane* first = timeline.lanes().empty() ? nullptr : &timeline.lanes().front();
  for (std::size_t i = 0; i < n; ++i) {
    const TraceEvent& e = trace[i];
    if (e.kind == EventKind::LoopIteration) {
      instant(w, "iteration " + std::to_string(e.value), "loop", kChromeLoopTid, e.time);
      w.arg("ready", e.target);
      w.end();
    } else if (e.kind == EventKind::CallbackRun) {
      const std::string& label = trace.text_of(e.text);
      instant(w, label.empty() ? "callback" : "callback: " + shorten(label, kMaxNameColumns),
              "loop", kChromeLoopTid, e.time);
      w.end();
    } else if (e.kind == EventKind::Print) {
      const Lane* lane = timeline.lane_of(e.task);
      const int tid =
          lane ? chrome_state_tid(static_cast<std::size_t>(lane - first)) : kChromeLoopTid;
      const std::string& text = trace.text_of(e.text);
      instant(w, "print: " + shorten(text, kMaxNameColumns), "print", tid, e.time);
      w.arg("text", text);
      w.end();
    }
  }
}

// Wake-ups from another task as Perfetto flow arrows: "s" on the waker's state
// lane where it finished or released, "f" on the woken lane where it joined the
// ready queue ("bp":"e": bound to the slice that starts there). Timers, I/O and
// threads have no slice to start from; their wake-ups stay in the app.
void add_flows(EventWriter& w, const Timeline& timeline) {
  const Lane* first = timeline.lanes().empty() ? nullptr : &timeline.lanes().front();
  std::uint64_t id = 0;
  for (const Wakeup& wk : timeline.wakeups()) {
    const Lane* from = wk.waker != 0 ? timeline.lane_of(wk.waker) : nullptr;
    const Lane* to = timeline.lane_of(wk.task);
    if (from == nullptr || to == nullptr) continue;
    ++id;
    const std::string name = "woken: " + std::string(to_string(wk.cause));
    w.begin("s", name, "wake", chrome_state_tid(static_cast<std::size_t>(from - first)));
    w.raw("id", std::to_string(id).c_str());
    w.micros("ts", wk.from_time);
    w.end();
    w.begin("f", name, "wake", chrome_state_tid(static_cast<std::size_t>(to - first)));
    w.raw("id", std::to_string(id).c_str());
    w.raw("bp", "\"e\"");
    w.micros("ts", wk.time);
    w.end();
  }
}

}  // namespace

std::string to_chrome_json(const Trace& trace) {
  const Timeline timeline = Timeline::fold(trace);
  const Nanos end = timeline.end_time();
  const auto& lanes = timeline.lanes();

  // No process_name: callers that merge runs into one file name each process
  // themselves, and a second name for the same pid would override theirs.
  EventWriter w;
  thread_name(w, kChromeLoopTid, "event loop");
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    thread_name(w, chrome_state_tid(i), lanes[i].label);
    if (!lanes[i].calls.empty()) thread_name(w, chrome_calls_tid(i), lanes[i].name + " · calls");
  }
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    add_states(w, trace, lanes[i], chrome_state_tid(i), end);
    add_calls(w, trace, lanes[i], chrome_calls_tid(i), end);
  }
  add_instants(w, trace, timeline);
  add_flows(w, timeline);
  return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[" + w.take() + "\n]}\n";
}

}  // namespace ls::trace
