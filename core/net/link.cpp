#include "net/link.h"

#include <algorithm>
#include <cmath>

namespace ls::net {

std::int64_t Flow::arrived() const {
  if (complete) return size;
  // A hair of slack so a flow that arrived "exactly" at n bytes counts as n.
  const auto whole = static_cast<std::int64_t>(std::floor(delivered + 1e-6));
  return std::clamp<std::int64_t>(whole, 0, size);
}

std::size_t Link::receiving() const {
  return static_cast<std::size_t>(
      std::count_if(flows_.begin(), flows_.end(), [](const auto& f) { return f->receiving; }));
}

double Link::rate() const {
  const std::size_t n = receiving();
  if (n == 0 || p_.shared_cap <= 0) return p_.bandwidth;
  return std::min(p_.bandwidth, p_.shared_cap / static_cast<double>(n));
}

double Link::slack() const { return rate() * 1e-9 + 1e-6; }

Nanos Link::time_to(double bytes) const {
  // Rounded to the nearest nanosecond, never zero: a flow with less than a
  // nanosecond's worth left has already been settled as complete.
  const double ns = bytes / rate() * 1e9;
  if (ns >= 9e18) return kNever / 2;
  return std::max<Nanos>(1, std::llround(ns));
}

void Link::add(std::shared_ptr<Flow> f) { flows_.push_back(std::move(f)); }

void Link::remove(const Flow& f) {
  std::erase_if(flows_, [&](const auto& p) { return p.get() == &f; });
}

bool Link::satisfied(const Flow& f) const {
  if (f.complete) return true;
  return f.receiving && f.delivered + slack() >= static_cast<double>(f.want);
}

void Link::settle(std::vector<std::shared_ptr<Flow>>* met) {
  for (auto& f : flows_)
    if (!f->receiving && f->body_start <= last_) f->receiving = true;
  // Completion is judged at the rate before anyone leaves (the rate the bytes
  // actually arrived at).
  const double eps = slack();
  for (auto& f : flows_) {
    if (f->receiving && f->delivered + eps >= static_cast<double>(f->size)) {
      f->delivered = static_cast<double>(f->size);
      f->complete = true;
      f->finished = last_;
    }
  }
  for (auto& f : flows_) {
    if (f->want >= 0 && (f->complete || (f->receiving && f->delivered + eps >= static_cast<double>(f->want)))) {
      f->want = -1;
      if (met) met->push_back(f);
    }
  }
  std::erase_if(flows_, [](const auto& f) { return f->complete; });
}

void Link::progress(Nanos d) {
  if (d <= 0) return;
  const double bytes = rate() * static_cast<double>(d) / 1e9;
  for (auto& f : flows_)
    if (f->receiving) f->delivered = std::min(static_cast<double>(f->size), f->delivered + bytes);
}

Nanos Link::next_event() const {
  Nanos next = kNever;
  for (const auto& f : flows_) {
    if (!f->receiving) {
      next = std::min(next, f->body_start);
      continue;
    }
    double target = static_cast<double>(f->size);
    if (f->want >= 0) target = std::min(target, static_cast<double>(f->want));
    next = std::min(next, last_ + time_to(target - f->delivered));
  }
  return next;
}

void Link::advance_to(Nanos t, std::vector<std::shared_ptr<Flow>>* met) {
  settle(met);
  for (;;) {
    const Nanos b = next_event();
    if (b == kNever || b > t) break;
    progress(b - last_);
    last_ = b;
    settle(met);
  }
  if (t > last_) {
    progress(t - last_);
    last_ = t;
  }
}

Nanos Link::completion_time(std::uint64_t id) const {
  Link copy(p_);
  copy.last_ = last_;
  std::shared_ptr<Flow> target;
  for (const auto& f : flows_) {
    auto c = std::make_shared<Flow>();
    c->id = f->id;
    c->size = f->size;
    c->body_start = f->body_start;
    c->delivered = f->delivered;
    c->receiving = f->receiving;
    copy.flows_.push_back(c);
    if (f->id == id) target = c;
  }
  if (!target) return last_;
  while (!target->complete) {
    const Nanos b = copy.next_event();
    if (b == kNever) break;
    copy.advance_to(b);
  }
  return copy.last_;
}

}  // namespace ls::net
