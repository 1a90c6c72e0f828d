#include "model/player.h"

#include <catch2/catch.hpp>

using ls::app::Player;
using ls::trace::from_seconds;

TEST_CASE("Playing moves the playhead by wall time times the speed", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(6.0));
  p.advance(1.0);
  CHECK(p.position() == 0);  // paused: nothing moves
  p.play();
  p.advance(1.5);
  CHECK(p.position() == from_seconds(1.5));
  p.set_speed(2.0);
  p.advance(0.5);
  CHECK(p.position() == from_seconds(2.5));
}

TEST_CASE("The playhead stops and pauses at the end", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(3.0));
  p.play();
  p.advance(10.0);
  CHECK(p.position() == from_seconds(3.0));
  CHECK(p.at_end());
  CHECK_FALSE(p.playing());
}

TEST_CASE("Play at the end starts over from zero", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(3.0));
  p.jump_to_end();
  p.toggle();
  CHECK(p.playing());
  CHECK(p.position() == 0);
}

TEST_CASE("Slow playback accumulates sub-nanosecond steps instead of stalling", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(1.0));
  p.set_speed(0.1);
  p.play();
  for (int i = 0; i < 1000; ++i) p.advance(1e-9);  // 1 ns of wall time, 0.1 ns played
  CHECK(p.position() >= 99);  // 100 ns, give or take the last rounding
  CHECK(p.position() <= 100);
}

TEST_CASE("Seeking and speed are clamped to what makes sense", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(2.0));
  p.seek(from_seconds(-1.0));
  CHECK(p.position() == 0);
  p.seek(from_seconds(5.0));
  CHECK(p.position() == from_seconds(2.0));
  p.set_speed(100.0);
  CHECK(p.speed() == Player::kMaxSpeed);
  p.set_speed(0.0);
  CHECK(p.speed() == Player::kMinSpeed);
}

TEST_CASE("Restart goes back to the start and keeps playing if it was", "[app][player]") {
  Player p;
  p.set_duration(from_seconds(2.0));
  p.play();
  p.advance(1.0);
  p.restart();
  CHECK(p.position() == 0);
  CHECK(p.playing());
}
