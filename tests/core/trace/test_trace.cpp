#include <catch2/catch.hpp>

#include <atomic>
#include <set>
#include <string>
#include <thread>

#include "trace/trace.h"

using namespace ls::trace;

namespace {

// An event whose every field is a function of its index, so a reader can tell a
// complete event from a torn or stale one.
TraceEvent numbered(std::size_t i) {
  TraceEvent e;
  e.time = static_cast<Nanos>(i) * 3;
  e.value = static_cast<std::int64_t>(i) * 7 + 1;
  e.task = static_cast<TaskId>(i % 1000) + 1;
  e.target = static_cast<std::uint32_t>(i ^ 0x5555u);
  e.text = static_cast<TextId>(i % 17);
  e.loc = static_cast<LocId>(i % 31);
  e.kind = static_cast<EventKind>(i % 21);
  e.wait = static_cast<WaitKind>(i % 11);
  return e;
}

bool matches(const TraceEvent& e, std::size_t i) {
  const TraceEvent want = numbered(i);
  return e.time == want.time && e.value == want.value && e.task == want.task &&
         e.target == want.target && e.text == want.text && e.loc == want.loc &&
         e.kind == want.kind && e.wait == want.wait;
}

}  // namespace

TEST_CASE("interning the same text twice gives the same id and 0 stays empty", "[trace]") {
  Trace trace;
  CHECK(trace.text("") == 0);
  const TextId hello = trace.text("hello");
  const TextId world = trace.text("world");
  CHECK(hello != 0);
  CHECK(world != hello);
  CHECK(trace.text(std::string("hel") + "lo") == hello);
  CHECK(trace.text_of(hello) == "hello");
  CHECK(trace.text_of(world) == "world");
  CHECK(trace.text_of(0).empty());
  // An id the trace never gave out reads as empty rather than crashing a view.
  CHECK(trace.text_of(9999).empty());
}

TEST_CASE("interned text stays at the same address while the table grows", "[trace]") {
  Trace trace;
  const TextId first = trace.text("first");
  const std::string* before = &trace.text_of(first);
  for (int i = 0; i < 5000; ++i) trace.text("filler " + std::to_string(i));
  CHECK(&trace.text_of(first) == before);
  CHECK(*before == "first");
}

TEST_CASE("locations intern by file and line and 0 means no location", "[trace]") {
  Trace trace;
  CHECK(trace.location("", 0) == 0);
  const LocId a = trace.location("main.py", 3);
  const LocId b = trace.location("main.py", 4);
  const LocId c = trace.location("other.py", 3);
  CHECK(a != 0);
  CHECK(a != b);
  CHECK(a != c);
  CHECK(b != c);
  CHECK(trace.location("main.py", 3) == a);
  const SourceLocation at = trace.location_of(b);
  CHECK(at.file == "main.py");
  CHECK(at.line == 4);
  CHECK(trace.location_of(0).file.empty());
  CHECK(trace.location_of(0).line == 0);
}

TEST_CASE("events keep their values across the 65,536-event chunk boundary", "[trace]") {
  Trace trace;
  const std::size_t n = Trace::kChunkSize * 2 + 5;
  for (std::size_t i = 0; i < n; ++i) REQUIRE(trace.append(numbered(i)) == i);
  REQUIRE(trace.size() == n);
  for (const std::size_t i : {std::size_t{0}, Trace::kChunkSize - 1, Trace::kChunkSize,
                              Trace::kChunkSize + 1, 2 * Trace::kChunkSize - 1,
                              2 * Trace::kChunkSize, n - 1}) {
    INFO("event " << i);
    CHECK(matches(trace[i], i));
  }
}

TEST_CASE("reserve allocates ahead without publishing any event", "[trace]") {
  Trace trace;
  trace.reserve(Trace::kChunkSize + 1);
  CHECK(trace.size() == 0);
  CHECK(trace.empty());
  const TraceEvent* first = nullptr;
  for (std::size_t i = 0; i < Trace::kChunkSize + 1; ++i) {
    trace.append(numbered(i));
    if (i == 0) first = &trace[0];
  }
  CHECK(trace.size() == Trace::kChunkSize + 1);
  CHECK(&trace[0] == first);  // chunks never move
  CHECK(matches(trace[Trace::kChunkSize], Trace::kChunkSize));
}

TEST_CASE("a concurrent reader only ever sees complete events", "[trace][threads]") {
  Trace trace;
  const std::size_t n = Trace::kChunkSize * 3 + 100;
  std::atomic<bool> torn{false};
  std::atomic<std::size_t> checked{0};

  std::thread reader([&] {
    std::size_t seen = 0;
    while (seen < n) {
      const std::size_t size = trace.size();
      for (; seen < size; ++seen)
        if (!matches(trace[seen], seen)) torn = true;
    }
    checked = seen;
  });
  for (std::size_t i = 0; i < n; ++i) trace.append(numbered(i));
  reader.join();

  CHECK_FALSE(torn);
  CHECK(checked == n);
}

TEST_CASE("task labels and the end time are kept for the views", "[trace]") {
  Trace trace;
  CHECK(trace.task_label(2).empty());
  trace.set_task_label(2, "say_hello()");
  trace.set_task_label(2, "fetch()");  // a later, better name replaces the first
  CHECK(trace.task_label(2) == "fetch()");
  CHECK(trace.end_time() == 0);
  trace.set_end_time(1'500);
  CHECK(trace.end_time() == 1'500);
}

TEST_CASE("every event kind and wait kind has its own name", "[trace]") {
  std::set<std::string_view> kinds;
  for (int k = 0; k <= static_cast<int>(EventKind::Log); ++k) {
    const std::string_view name = to_string(static_cast<EventKind>(k));
    CHECK_FALSE(name.empty());
    CHECK(name != "?");
    kinds.insert(name);
  }
  CHECK(kinds.size() == 21);

  std::set<std::string_view> waits;
  for (int k = 1; k <= static_cast<int>(WaitKind::Thread); ++k)
    waits.insert(to_string(static_cast<WaitKind>(k)));
  CHECK(waits.size() == 10);
  CHECK(to_string(WaitKind::None).empty());
  CHECK(to_string(WaitKind::Timer) == "timer");
}
