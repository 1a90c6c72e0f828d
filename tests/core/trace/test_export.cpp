#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "builder.h"
#include "trace/export.h"
#include "trace/text_util.h"

using namespace ls::trace;
using namespace ls::trace::testing;
using nlohmann::json;

namespace {

// Task-1 (main) awaits Task-2 (say_hello), which blocks in time.sleep(1), prints,
// sleeps on timer 7 until 3 s and fails; Task-1 then finishes.
void hello(Builder& b) {
  b.trace.set_task_label(1, "main()");
  b.trace.set_task_label(2, "say_hello()");
  b.at(0);
  b.create(1, "Task-1");
  b.queue(1);
  b.iteration(1, 1);
  b.run(1);
  b.enter(1, "main");
  b.create(2, "Task-2", 1);
  b.queue(2);
  b.await(1, WaitKind::Task, "Task-2", 2);
  b.iteration(2, 1);
  b.run(2);
  b.enter(2, "say_hello");
  b.block(2, "time.sleep", sec(1));
  b.at(sec(1));
  b.block_end(2);
  b.print(2, "hello\n");
  b.timer(7, 2, sec(3), "sleep(2)");
  b.await(2, WaitKind::Timer, "sleep(2)", 7, sec(3));
  b.at(sec(3));
  b.fired(7);
  b.queue(2);
  b.run(2);
  b.exit(2);
  b.fail(2, "ValueError: boom");
  b.queue(1);
  b.run(1);
  b.exit(1);
  b.done(1);
}

struct Slice {
  Nanos start;
  Nanos end;
  std::string name;
};

Nanos nanos(const json& micros) { return std::llround(micros.get<double>() * 1000.0); }

// What Perfetto demands of complete events: each has a numeric ts and dur, and on
// one (pid, tid) any two slices are disjoint or one contains the other. Returns
// the first problem found, or "" when the trace is fine.
std::string nesting_problem(const json& doc) {
  std::map<int, std::vector<Slice>> lanes;
  for (const json& e : doc.at("traceEvents")) {
    if (e.value("ph", "") != "X") continue;
    if (!e.contains("ts") || !e["ts"].is_number()) return "X without ts";
    if (!e.contains("dur") || !e["dur"].is_number()) return "X without dur";
    const Nanos start = nanos(e["ts"]);
    const Nanos dur = nanos(e["dur"]);
    if (dur < 0) return "negative dur";
    lanes[e.at("tid").get<int>()].push_back({start, start + dur, e.value("name", "")});
  }
  for (auto& [tid, slices] : lanes) {
    // Parents first: by start, and the longer of two slices that start together.
    std::sort(slices.begin(), slices.end(), [](const Slice& a, const Slice& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<const Slice*> open;
    for (const Slice& s : slices) {
      while (!open.empty() && open.back()->end <= s.start) open.pop_back();
      if (!open.empty() && s.end > open.back()->end)
        return "tid " + std::to_string(tid) + ": " + s.name + " overlaps " + open.back()->name;
      open.push_back(&s);
    }
  }
  return "";
}

std::map<int, std::string> thread_names(const json& doc) {
  std::map<int, std::string> out;
  for (const json& e : doc.at("traceEvents"))
    if (e.value("ph", "") == "M" && e.value("name", "") == "thread_name")
      out[e.at("tid").get<int>()] = e.at("args").at("name").get<std::string>();
  return out;
}

const json* find_event(const json& doc, const std::string& ph, const std::string& name, int tid) {
  for (const json& e : doc.at("traceEvents"))
    if (e.value("ph", "") == ph && e.value("name", "") == name && e.value("tid", -1) == tid)
      return &e;
  return nullptr;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
    out.push_back(text.substr(from, nl - from));
  if (from < text.size()) out.push_back(text.substr(from));
  return out;
}

}  // namespace

TEST_CASE("the nesting checker rejects partial overlaps and slices without dur", "[export]") {
  const json good = json::parse(R"({"traceEvents":[
    {"ph":"X","tid":2,"ts":0,"dur":10,"name":"a"},
    {"ph":"X","tid":2,"ts":0,"dur":0,"name":"zero"},
    {"ph":"X","tid":2,"ts":2.5,"dur":5,"name":"b"},
    {"ph":"X","tid":3,"ts":5,"dur":10,"name":"other lane"}]})");
  CHECK(nesting_problem(good).empty());
  const json overlap = json::parse(R"({"traceEvents":[
    {"ph":"X","tid":2,"ts":0,"dur":10,"name":"a"},
    {"ph":"X","tid":2,"ts":5,"dur":10,"name":"b"}]})");
  CHECK(nesting_problem(overlap) == "tid 2: b overlaps a");
  const json no_dur = json::parse(R"({"traceEvents":[{"ph":"X","tid":2,"ts":0,"name":"a"}]})");
  CHECK(nesting_problem(no_dur) == "X without dur");
}

TEST_CASE("the Chrome JSON parses and every X slice nests strictly per tid", "[export]") {
  Builder b;
  hello(b);
  const json doc = json::parse(to_chrome_json(b.trace));
  CHECK(doc.at("displayTimeUnit") == "ms");
  REQUIRE(doc.at("traceEvents").is_array());
  std::size_t slices = 0;
  for (const json& e : doc["traceEvents"]) slices += e.value("ph", "") == "X" ? 1 : 0;
  // Task-1: 5 states + 1 call; Task-2: 7 states + 1 call.
  CHECK(slices == 14);
  CHECK(nesting_problem(doc).empty());
}

TEST_CASE("thread_name metadata names the loop and each lane in display order", "[export]") {
  Builder b;
  hello(b);
  b.at(sec(3)).create(3, "Task-3");  // no calls: no calls lane of its own
  b.queue(3);
  const json doc = json::parse(to_chrome_json(b.trace));
  const std::map<int, std::string> want = {{1, "event loop"},
                                           {2, "Task-1 · main()"},
                                           {3, "Task-1 · calls"},
                                           {4, "Task-2 · say_hello()"},
                                           {5, "Task-2 · calls"},
                                           {6, "Task-3"}};
  CHECK(thread_names(doc) == want);
  CHECK(chrome_state_tid(2) == 6);
  CHECK(chrome_calls_tid(2) == 7);
}

TEST_CASE("state and call slices carry their names and times in microseconds", "[export]") {
  Builder b;
  hello(b);
  const json doc = json::parse(to_chrome_json(b.trace));

  const json* blocking = find_event(doc, "X", "blocking: time.sleep", 4);
  REQUIRE(blocking != nullptr);
  CHECK((*blocking)["ts"].get<double>() == 0.0);
  CHECK((*blocking)["dur"].get<double>() == 1e6);

  const json* waiting = find_event(doc, "X", "waiting: timer", 4);
  REQUIRE(waiting != nullptr);
  CHECK((*waiting)["ts"].get<double>() == 1e6);
  CHECK((*waiting)["dur"].get<double>() == 2e6);
  CHECK((*waiting)["args"]["what"] == "sleep(2)");
  CHECK((*waiting)["args"]["target"] == 7);

  CHECK(find_event(doc, "X", "waiting: task", 2) != nullptr);

  const json* call = find_event(doc, "X", "say_hello", 5);
  REQUIRE(call != nullptr);
  CHECK((*call)["ts"].get<double>() == 0.0);
  CHECK((*call)["dur"].get<double>() == 3e6);
  CHECK((*call)["args"]["depth"] == 0);
}

TEST_CASE("times keep sub-microsecond precision in the JSON", "[export]") {
  Builder b;
  b.at(1'234'567).create(1, "Task-1");
  b.queue(1);
  b.at(2'000'001).run(1);
  const json doc = json::parse(to_chrome_json(b.trace));
  const json* ready = find_event(doc, "X", "ready", 2);
  REQUIRE(ready != nullptr);
  CHECK(nanos((*ready)["ts"]) == 1'234'567);
  CHECK(nanos((*ready)["dur"]) == 765'434);
}

TEST_CASE("open spans end at the end of the timeline in the JSON", "[export]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.enter(1, "main");
  b.at(sec(1)).await(1, WaitKind::Io, "socket read", 3);
  b.trace.set_end_time(sec(5));
  const json doc = json::parse(to_chrome_json(b.trace));
  const json* waiting = find_event(doc, "X", "waiting: I/O", 2);
  REQUIRE(waiting != nullptr);
  CHECK((*waiting)["dur"].get<double>() == 4e6);
  const json* call = find_event(doc, "X", "main", 3);
  REQUIRE(call != nullptr);
  CHECK((*call)["dur"].get<double>() == 5e6);
  CHECK(nesting_problem(doc).empty());
}

TEST_CASE("prints, loop iterations and failures are instants on their lanes", "[export]") {
  Builder b;
  hello(b);
  const json doc = json::parse(to_chrome_json(b.trace));
  const json* print = find_event(doc, "i", "print: hello", 4);
  REQUIRE(print != nullptr);
  CHECK((*print)["s"] == "t");
  CHECK((*print)["ts"].get<double>() == 1e6);
  CHECK((*print)["args"]["text"] == "hello\n");

  const json* iteration = find_event(doc, "i", "iteration 2", 1);
  REQUIRE(iteration != nullptr);
  CHECK((*iteration)["s"] == "t");

  const json* failed = find_event(doc, "i", "failed: ValueError: boom", 4);
  REQUIRE(failed != nullptr);
  CHECK((*failed)["ts"].get<double>() == 3e6);
}

TEST_CASE("a task woken by another's end gets a flow arrow from that lane to its own", "[export]") {
  // In hello(), Task-2 (tid 4) fails at 3 s and that wakes Task-1 (tid 2), which
  // awaited it; Task-2's own wake-up at 3 s is its timer's, which has no flow.
  Builder b;
  hello(b);
  const json doc = json::parse(to_chrome_json(b.trace));
  std::vector<const json*> starts, finishes;
  for (const json& e : doc["traceEvents"]) {
    if (e["ph"] == "s") starts.push_back(&e);
    if (e["ph"] == "f") finishes.push_back(&e);
  }
  REQUIRE(starts.size() == 1);
  REQUIRE(finishes.size() == 1);
  CHECK((*starts[0])["tid"] == 4);
  CHECK((*finishes[0])["tid"] == 2);
  CHECK((*starts[0])["id"] == (*finishes[0])["id"]);
  CHECK((*finishes[0])["bp"] == "e");
  CHECK((*starts[0])["ts"].get<double>() == 3e6);
  CHECK((*finishes[0])["ts"].get<double>() == 3e6);
}

TEST_CASE("the text timeline draws proportional, aligned bars", "[export][text]") {
  Builder b;
  b.trace.set_task_label(2, "worker()");
  b.at(0).create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.block(1, "time.sleep", ms(500));
  b.at(ms(500)).block_end(1);
  b.await(1, WaitKind::Timer, "sleep(0.5)", 1, sec(1));
  b.create(2, "Task-2", 1);
  b.queue(2);
  b.at(ms(700)).run(2);
  b.at(ms(900)).done(2);
  b.at(sec(1)).queue(1);
  b.run(1);
  b.done(1);
  // Ten columns of 100 ms. Task-1 blocks for five and waits for five; Task-2 is
  // ready for two, runs for two, and is gone before the last.
  const std::string want =
      "Task-1            |=====.....|\n"
      "Task-2 · worker() |     --## |\n"
      "                  +----------+\n"
      "                  0 s        1 s\n"
      "total 1.0 s\n"
      "# running  = blocking  . waiting  - ready\n";
  CHECK(to_text_timeline(b.trace, {10, ""}) == want);
}

TEST_CASE("the text timeline's scale has ticks at round times and the total", "[export][text]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.block(1, "time.sleep", sec(6));
  b.at(sec(6)).block_end(1);
  b.done(1);
  const std::vector<std::string> lines =
      lines_of(to_text_timeline(b.trace, {60, "blocking version"}));
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == "blocking version");
  CHECK(lines[1] == "Task-1 |" + std::string(60, '=') + "|");
  // 60 columns of 100 ms; ticks every 2 s land before columns 20 and 40.
  CHECK(lines[2] == std::string(7, ' ') + "+" + std::string(20, '-') + "+" +
                        std::string(19, '-') + "+" + std::string(19, '-') + "+");
  CHECK(lines[3] == std::string(7, ' ') + "0 s" + std::string(18, ' ') + "2 s" +
                        std::string(17, ' ') + "4 s" + std::string(17, ' ') + "6 s");
  CHECK(lines[4] == "total 6.0 s");
}

TEST_CASE("the text timeline notes failed and cancelled tasks", "[export][text]") {
  Builder b;
  b.create(1, "Task-1");
  b.create(2, "Task-2");
  b.queue(1);
  b.queue(2);
  b.run(1);
  b.at(ms(40)).fail(1, "ValueError: boom");
  b.run(2);
  b.at(ms(80)).cancel(2);
  const std::vector<std::string> lines = lines_of(to_text_timeline(b.trace, {10, ""}));
  REQUIRE(lines.size() >= 2);
  // 8 ms columns: Task-1 runs through five, Task-2 waits ready for those five and
  // then runs through the other five.
  CHECK(lines[0] == "Task-1 |#####     | failed: ValueError: boom");
  CHECK(lines[1] == "Task-2 |-----#####| cancelled");
  CHECK(lines[4] == "total 80.0 ms");
}

TEST_CASE("long labels are cut with an ellipsis and narrow widths are raised", "[export][text]") {
  Builder b;
  b.trace.set_task_label(1, "a_very_long_coroutine_name_for_testing()");
  b.create(1, "Task-1");
  b.queue(1);
  b.at(sec(2)).run(1);
  const std::vector<std::string> lines = lines_of(to_text_timeline(b.trace, {3, ""}));
  REQUIRE_FALSE(lines.empty());
  // 32 columns of label, then 10 bar columns (the minimum): ready all the way.
  CHECK(lines[0] == "Task-1 · a_very_long_coroutine_… |----------|");
  CHECK(display_width(lines[0]) == 32 + 2 + 10 + 1);
}

TEST_CASE("shortening keeps the first line and never splits a character", "[export][text]") {
  CHECK(display_width("Task-2 · hi") == 11);
  CHECK(shorten("hello\n", 10) == "hello");
  CHECK(shorten("hello\nworld\n", 10) == "hello…");
  CHECK(shorten("µµµµµ", 3) == "µµ…");
  CHECK(shorten("abc", 0).empty());
  CHECK(fit("ab", 4) == "ab  ");
}

TEST_CASE("a column shared evenly shows the state that tells more", "[export][text]") {
  Builder b;
  b.create(1, "Task-1");
  b.queue(1);
  b.run(1);
  b.block(1, "time.sleep", ms(50));
  b.at(ms(50)).block_end(1);
  b.await(1, WaitKind::Timer, "sleep(0.95)", 1, sec(1));
  b.at(sec(1)).queue(1);
  // Column 0 is 50 ms blocking and 50 ms waiting: blocking the loop wins the tie.
  // The final ready moment at 1 s falls in column 9, which waiting covers.
  const std::vector<std::string> lines = lines_of(to_text_timeline(b.trace, {10, ""}));
  CHECK(lines.at(0) == "Task-1 |=.........|");
}
