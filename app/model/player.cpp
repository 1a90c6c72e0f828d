#include "model/player.h"

#include <algorithm>
#include <cmath>

namespace ls::app {

void Player::set_duration(trace::Nanos d) {
  duration_ = std::max<trace::Nanos>(d, 0);
  position_ = std::min(position_, duration_);
}

void Player::set_speed(double s) { speed_ = std::clamp(s, kMinSpeed, kMaxSpeed); }

void Player::advance(double real_seconds) {
  if (!playing_ || real_seconds <= 0.0) return;
  const double ns = real_seconds * speed_ * 1e9 + carry_ns_;
  const double whole = std::floor(ns);
  carry_ns_ = ns - whole;
  const auto step = static_cast<trace::Nanos>(whole);
  if (step >= duration_ - position_) {
    position_ = duration_;
    playing_ = false;
    carry_ns_ = 0.0;
    return;
  }
  position_ += step;
}

void Player::toggle() {
  if (playing_) pause(); else play();
}

void Player::play() {
  if (at_end()) position_ = 0;
  playing_ = duration_ > 0;
}

void Player::seek(trace::Nanos t) {
  position_ = std::clamp<trace::Nanos>(t, 0, duration_);
  carry_ns_ = 0.0;
}

}  // namespace ls::app
