#include "model/draw_list.h"

#include <algorithm>
#include <cmath>

namespace ls::app {

namespace {

using trace::Nanos;

// One row of spans seen through an index map: k-th span -> index in the lane's vector.
// Spans of a row do not overlap and are sorted, so both start and end grow with k.
template <class Spans, class Index>
struct RowView {
  const Spans& spans;
  Index index;  // k -> position in `spans`
  std::size_t n;
  Nanos clip;

  Nanos start(std::size_t k) const { return spans[index(k)].start; }
  Nanos end(std::size_t k) const { return std::min(spans[index(k)].end, clip); }
  bool open(std::size_t k) const { return spans[index(k)].end > clip; }

  // First k in [from, n) for which pred(k) is false; pred must be true then false.
  template <class Pred>
  std::size_t partition(std::size_t from, std::size_t to, Pred pred) const {
    while (from < to) {
      const std::size_t mid = from + (to - from) / 2;
      if (pred(mid)) from = mid + 1; else to = mid;
    }
    return from;
  }
};

struct RowContext {
  const TimeAxis& axis;
  float min_px;
  double min_dt;  // min_px expressed in nanoseconds at the current zoom
  std::uint16_t row;
  ItemKind kind;
  std::vector<DrawItem>& out;
};

void push_item(RowContext& c, float x0, float x1, std::uint32_t first, std::uint32_t count,
               bool open, ItemKind kind) {
  // Clipped to a pixel beyond the view, so borders of cut spans stay off-screen.
  const float left = c.axis.x0() - 1.0f;
  const float right = c.axis.x0() + c.axis.width() + 1.0f;
  c.out.push_back({std::max(x0, left), std::min(x1, right), first, count, c.row, kind, open});
}

// Extends a block that starts with tiny span `j` over every following span that is
// itself tiny and no more than min_dt away; returns the block's last span.
template <class View>
std::size_t extend_fold(const View& v, std::size_t j, std::size_t hi, double min_dt) {
  Nanos block_end = v.end(j);
  for (;;) {
    // Every span ending within min_dt of the block lies inside it: jump over them all
    // at once, which keeps a million tiny spans from costing a million steps.
    const double limit = static_cast<double>(block_end) + min_dt;
    const std::size_t m = v.partition(j + 1, hi, [&](std::size_t k) {
      return static_cast<double>(v.end(k)) < limit;
    });
    if (m > j + 1) {
      j = m - 1;
      block_end = v.end(j);
      continue;
    }
    const std::size_t next = j + 1;
    if (next >= hi) break;
    const bool gap = static_cast<double>(v.start(next) - block_end) > min_dt;
    const bool wide = static_cast<double>(v.end(next) - v.start(next)) >= min_dt;
    if (gap || wide) break;
    j = next;
    block_end = v.end(j);
  }
  return j;
}

template <class View>
void build_row(const View& v, RowContext& c, Nanos clip) {
  const Nanos t0 = c.axis.to_nanos(c.axis.x0());
  const Nanos t1 = std::min(c.axis.to_nanos(c.axis.x0() + c.axis.width()), clip);
  if (t1 <= t0 || v.n == 0) return;
  // Spans that ended by t0 are out of view, except those of no length at t0 itself:
  // in virtual time a task runs in no time at all, and that instant must show.
  const std::size_t lo = v.partition(0, v.n, [&](std::size_t k) {
    return v.end(k) < t0 || (v.end(k) == t0 && v.start(k) < t0);
  });
  const std::size_t hi = v.partition(lo, v.n, [&](std::size_t k) { return v.start(k) < t1; });
  for (std::size_t k = lo; k < hi;) {
    const float x0 = c.axis.to_px(v.start(k));
    const float x1 = c.axis.to_px(v.end(k));
    if (x1 - x0 >= c.min_px) {
      push_item(c, x0, x1, static_cast<std::uint32_t>(v.index(k)), 1, v.open(k), c.kind);
      ++k;
      continue;
    }
    const std::size_t last = extend_fold(v, k, hi, c.min_dt);
    const auto count = static_cast<std::uint32_t>(last - k + 1);
    push_item(c, x0, c.axis.to_px(v.end(last)), static_cast<std::uint32_t>(v.index(k)), count,
              v.open(last), count == 1 ? c.kind : ItemKind::Fold);
    k = last + 1;
  }
}

}  // namespace

void CallRows::update(const trace::Lane& lane) {
  for (; indexed_ < lane.calls.size(); ++indexed_) {
    const std::size_t depth = lane.calls[indexed_].depth;
    if (rows_.size() <= depth) rows_.resize(depth + 1);
    rows_[depth].push_back(static_cast<std::uint32_t>(indexed_));
  }
}

void build_lane_items(const trace::Lane& lane, const CallRows& rows, const TimeAxis& axis,
                      const DrawListOptions& opts, std::vector<DrawItem>& out) {
  const double min_dt = static_cast<double>(opts.min_px) * axis.seconds_per_pixel() * 1e9;
  RowContext states{axis, opts.min_px, min_dt, 0, ItemKind::State, out};
  auto identity = [](std::size_t k) { return k; };
  build_row(RowView<std::vector<trace::StateSpan>, decltype(identity)>{
                lane.states, identity, lane.states.size(), opts.clip},
            states, opts.clip);
  for (std::size_t d = 0; d < rows.rows().size(); ++d) {
    const auto& row = rows.rows()[d];
    auto via_row = [&row](std::size_t k) { return static_cast<std::size_t>(row[k]); };
    RowContext calls{axis, opts.min_px, min_dt, static_cast<std::uint16_t>(d + 1), ItemKind::Call,
                     out};
    build_row(RowView<std::vector<trace::CallSpan>, decltype(via_row)>{
                  lane.calls, via_row, row.size(), opts.clip},
              calls, opts.clip);
  }
}

const DrawItem* hit_test(const std::vector<DrawItem>& items, std::uint16_t row, float x) {
  // A lane holds at most a few items per pixel column, so a scan is cheap enough.
  for (const DrawItem& it : items) {
    // Sub-pixel items still get one pixel to point at.
    if (it.row == row && x >= it.x0 && x < std::max(it.x1, it.x0 + 1.0f)) return &it;
  }
  return nullptr;
}

namespace {

std::uint32_t lane_number(const trace::Timeline& t, trace::TaskId task) {
  const trace::Lane* lane = task == trace::kLoopTask ? nullptr : t.lane_of(task);
  return lane ? static_cast<std::uint32_t>(lane - t.lanes().data()) : kNoLane;
}

}  // namespace

void build_arrows(const trace::Timeline& timeline, const TimeAxis& axis,
                  const ArrowOptions& opts, std::vector<ArrowItem>& out) {
  const auto& all = timeline.wakeups();
  const auto& lanes = timeline.lanes();
  const std::size_t lo = std::min(opts.lane_lo, lanes.size());
  const std::size_t hi = std::min(opts.lane_hi, lanes.size());
  const Nanos t0 = axis.to_nanos(axis.x0());
  const Nanos t1 = std::min(axis.to_nanos(axis.x0() + axis.width()), opts.clip);
  if (t1 < t0 || lo >= hi || all.empty()) return;
  auto visible = [&](std::uint32_t lane) { return lane >= lo && lane < hi; };
  auto make = [&](std::uint32_t index, std::uint32_t to_lane) {
    const trace::Wakeup& w = all[index];
    ArrowItem a;
    a.wakeup = index;
    a.x_to = axis.to_px(w.time);
    a.x_from = w.waker ? axis.to_px(w.from_time) : a.x_to;
    a.from_lane = w.waker ? lane_number(timeline, w.waker) : kNoLane;
    a.to_lane = to_lane;
    return a;
  };

  // Arrows landing on a visible lane: after each one kept, jump (binary search)
  // past every wake-up of the lane within min_px, so a lane woken a million
  // times costs about one step per few pixels.
  for (std::size_t l = lo; l < hi; ++l) {
    const std::vector<std::uint32_t>& list = lanes[l].woken;
    const std::size_t n = list.size();
    std::size_t k = timeline.first_wakeup_at_or_after(list, t0);
    while (k < n && all[list[k]].time <= t1) {
      ArrowItem a = make(list[k], static_cast<std::uint32_t>(l));
      const Nanos next = std::min(axis.to_nanos(a.x_to + opts.min_px), t1 + 1);
      const std::size_t after = std::max(k + 1, timeline.first_wakeup_at_or_after(list, next));
      a.count = static_cast<std::uint32_t>(after - k);
      out.push_back(a);
      k = after;
    }
  }
  // Arrows from a visible waker lane to a lane off screen (the others are drawn
  // above). A task wakes few others, so a scan with a last-kept x thins enough.
  for (std::size_t l = lo; l < hi; ++l) {
    const std::vector<std::uint32_t>& list = lanes[l].woke;
    float last = 0.0f;
    std::size_t kept = SIZE_MAX;  // index in `out`: pushing may move the items
    for (std::size_t k = timeline.first_wakeup_at_or_after(list, t0);
         k < list.size() && all[list[k]].time <= t1; ++k) {
      const std::uint32_t to = lane_number(timeline, all[list[k]].task);
      if (to == kNoLane || visible(to)) continue;
      const float x = axis.to_px(all[list[k]].time);
      if (kept != SIZE_MAX && x - last < opts.min_px) {
        ++out[kept].count;
        continue;
      }
      kept = out.size();
      out.push_back(make(list[k], to));
      last = x;
    }
  }
}

const ArrowItem* hit_arrow(const std::vector<ArrowItem>& arrows, std::uint32_t lane, float x,
                           float slop) {
  const ArrowItem* best = nullptr;
  float best_d = slop;
  for (const ArrowItem& a : arrows) {
    const float d = std::abs(a.x_to - x);
    if (a.to_lane == lane && d <= best_d) {
      best = &a;
      best_d = d;
    }
  }
  return best;
}

}  // namespace ls::app
