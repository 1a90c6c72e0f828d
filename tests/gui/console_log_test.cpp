// Program output cut into lines and shown up to the playhead.
#include "model/console_log.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

void print_at(ls::trace::Trace& t, double seconds, ls::trace::TaskId task, const std::string& s) {
  ls::trace::TraceEvent e;
  e.time = from_seconds(seconds);
  e.task = task;
  e.kind = ls::trace::EventKind::Print;
  e.text = t.text(s);
  t.append(e);
}

}  // namespace

TEST_CASE("Prints become lines stamped with their time and task", "[app][console]") {
  ls::trace::Trace t;
  print_at(t, 0.0, 1, "hello\n");
  print_at(t, 1.0, 2, "two\nlines\n");
  ConsoleLog log;
  log.update(t);
  REQUIRE(log.lines().size() == 3);
  CHECK(log.lines()[0].text == "hello");
  CHECK(log.lines()[1].text == "two");
  CHECK(log.lines()[2].text == "lines");
  CHECK(log.lines()[2].task == 2);
  CHECK(log.lines()[2].time == from_seconds(1.0));
  CHECK(log.lines_at(from_seconds(0.5)) == 1);
  CHECK(log.lines_at(from_seconds(1.0)) == 3);
  CHECK(log.lines_at(-1) == 0);
}

TEST_CASE("A line printed in pieces shows only the pieces printed by the playhead", "[app][console]") {
  ls::trace::Trace t;
  print_at(t, 0.0, 1, "working");
  print_at(t, 1.0, 1, "...");
  print_at(t, 2.0, 1, " done\n");
  ConsoleLog log;
  log.update(t);
  REQUIRE(log.lines().size() == 1);
  const ConsoleLine& line = log.lines()[0];
  CHECK(line.text == "working... done");
  CHECK(visible_text(line, from_seconds(0.5)) == "working");
  CHECK(visible_text(line, from_seconds(1.5)) == "working...");
  CHECK(visible_text(line, from_seconds(2.0)) == "working... done");
}

TEST_CASE("The console log reads only what the trace appended since last time", "[app][console]") {
  ls::trace::Trace t;
  ConsoleLog log;
  print_at(t, 0.0, 1, "a\n");
  log.update(t);
  print_at(t, 1.0, 1, "b\n");
  log.update(t);
  log.update(t);
  REQUIRE(log.lines().size() == 2);
  CHECK(log.lines()[1].text == "b");
}
