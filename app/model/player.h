// The playhead: a cursor over the runs' time, and the clock that moves it while
// playing. It knows nothing of loops or drawing; the session reads its position.
#pragma once

#include "trace/event.h"

namespace ls::app {

class Player {
 public:
  // Speeds a teacher can pick; slower than 0.1x is a pause, faster than 10x a skip.
  static constexpr double kMinSpeed = 0.1;
  static constexpr double kMaxSpeed = 10.0;

  // The time the playhead stops at (the longest run's end).
  void set_duration(trace::Nanos d);
  trace::Nanos duration() const { return duration_; }

  trace::Nanos position() const { return position_; }
  bool playing() const { return playing_; }
  bool at_end() const { return position_ >= duration_; }
  double speed() const { return speed_; }
  void set_speed(double s);

  // Moves the playhead by `real_seconds` of wall time times the speed, if playing;
  // reaching the end pauses there.
  void advance(double real_seconds);
  // Play/pause. Playing from the end starts over, as video players do.
  void toggle();
  void play();
  void pause() { playing_ = false; }
  // Home: back to the start, keeping play/pause as it was.
  void restart() { position_ = 0; }
  void jump_to_end() { position_ = duration_; playing_ = false; }
  // Scrub to `t`, clamped to [0, duration].
  void seek(trace::Nanos t);

 private:
  trace::Nanos duration_ = 0;
  trace::Nanos position_ = 0;
  double carry_ns_ = 0.0;  // sub-nanosecond remainder, so slow speeds do not stall
  double speed_ = 1.0;
  bool playing_ = false;
};

}  // namespace ls::app
