// The speed ladder and stepping one loop event over several traces.
#include "model/playback.h"

#include <catch2/catch.hpp>

#include "model/session.h"
#include "trace/trace.h"

using namespace ls::app;
using ls::trace::from_seconds;
using ls::trace::Nanos;

namespace {

void event_at(ls::trace::Trace& t, double seconds) {
  ls::trace::TraceEvent e;
  e.time = from_seconds(seconds);
  e.kind = ls::trace::EventKind::LoopIteration;
  t.append(e);
}

}  // namespace

TEST_CASE("Faster and slower walk the speed ladder from 0.1x to 10x and stop at its ends", "[app][playback][speed]") {
  CHECK(faster(1.0) == 2.0);
  CHECK(faster(4.0) == 10.0);
  CHECK(faster(10.0) == 10.0);
  CHECK(slower(1.0) == 0.5);
  CHECK(slower(0.25) == 0.1);
  CHECK(slower(0.1) == 0.1);
  // A speed between steps goes to the nearest step in the asked direction.
  CHECK(faster(1.5) == 2.0);
  CHECK(slower(1.5) == 1.0);
  double s = 0.1;
  int presses = 0;
  while (s < 10.0) {
    s = faster(s);
    ++presses;
  }
  CHECK(presses == static_cast<int>(speed_steps().size()) - 1);
}

TEST_CASE("The speed indicator reads 0.1x, 0.25x, 1x, 10x", "[app][playback][speed]") {
  CHECK(speed_label(0.1) == "0.1×");
  CHECK(speed_label(0.25) == "0.25×");
  CHECK(speed_label(0.5) == "0.5×");
  CHECK(speed_label(1.0) == "1×");
  CHECK(speed_label(10.0) == "10×");
}

TEST_CASE("Stepping moves to the next or previous instant at which either trace has an event", "[app][playback][step]") {
  ls::trace::Trace a, b;
  for (double t : {0.0, 0.0, 1.0, 1.0, 3.0}) event_at(a, t);
  for (double t : {0.0, 0.5, 2.0}) event_at(b, t);
  const std::vector<const ls::trace::Trace*> both{&a, &b};
  const Nanos end = from_seconds(3.0);
  // Forward visits each distinct time once, whichever run it belongs to.
  Nanos t = 0;
  std::vector<double> seen;
  while (t < end) {
    t = next_event_time(both, t, end);
    seen.push_back(ls::trace::to_seconds(t));
  }
  CHECK(seen == std::vector<double>{0.5, 1.0, 2.0, 3.0});
  // Back from between events goes to the latest one before the playhead.
  CHECK(prev_event_time(both, from_seconds(1.7)) == from_seconds(1.0));
  CHECK(prev_event_time(both, from_seconds(1.0)) == from_seconds(0.5));
  CHECK(prev_event_time(both, 0) == 0);
  // Nothing left before the limit: the step stops at the limit.
  CHECK(next_event_time(both, from_seconds(2.5), from_seconds(2.8)) == from_seconds(2.8));
}

TEST_CASE("Session steps run the loops ahead to find the next event, and pause", "[app][playback][step][session]") {
  Session s = make_demo_session();
  s.player().play();
  s.step_forward();
  CHECK_FALSE(s.player().playing());
  // Nothing happens between the start and the first download's timer at 1 s.
  CHECK(s.player().position() == from_seconds(1.0));
  s.step_forward();
  CHECK(s.player().position() == from_seconds(2.0));  // gathered's second download
  s.step_back();
  CHECK(s.player().position() == from_seconds(1.0));
  s.step_back();
  CHECK(s.player().position() == 0);
}
