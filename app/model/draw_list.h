// The timeline's first pass (as in Tracy): from a lane's spans, the list of what is
// actually visible, in pixels. Binary search finds the visible time range, and runs
// of spans narrower than a few pixels fold into one "×N" block, so a lane costs
// about as much as the pixels it covers, not as many spans as it holds.
// The second pass (app/timeline_painter) only paints this list.
#pragma once

#include <cstdint>
#include <vector>

#include "model/time_axis.h"
#include "trace/timeline.h"

namespace ls::app {

enum class ItemKind : std::uint8_t {
  State,  // one StateSpan of the lane (index into Lane::states)
  Call,   // one CallSpan (index into Lane::calls)
  Fold,   // `count` consecutive tiny spans of one row, drawn as a single block
};

struct DrawItem {
  float x0 = 0.0f;          // left and right edge in pixels, clipped to the view
  float x1 = 0.0f;
  std::uint32_t first = 0;  // the span's index (for Fold: the first folded span)
  std::uint32_t count = 1;  // how many spans the item stands for
  std::uint16_t row = 0;    // 0: the state row; 1 + depth: call rows
  ItemKind kind = ItemKind::State;
  bool open = false;        // the span goes on past the clip time (still happening)
};

struct DrawListOptions {
  float min_px = 3.0f;  // spans narrower than this fold into "×N" blocks
  // Nothing at or after `clip` is drawn and spans are cut there: the playhead, so
  // the timeline grows as the animation plays. kOpenEnd draws everything.
  trace::Nanos clip = trace::kOpenEnd;
};

// Lane::calls sorted by start holds nested frames, so their ends are not monotonic
// and one binary search cannot find the visible range. Split by depth, each row
// is non-overlapping and sorted by both start and end. Built incrementally,
// because the Timeline only ever appends call spans.
class CallRows {
 public:
  void update(const trace::Lane& lane);
  const std::vector<std::vector<std::uint32_t>>& rows() const { return rows_; }

 private:
  std::vector<std::vector<std::uint32_t>> rows_;  // depth -> indices into lane.calls
  std::size_t indexed_ = 0;
};

// Appends the visible items of one lane to `out`: the state row first, then each
// call row by depth. `rows` must have been updated for `lane`.
void build_lane_items(const trace::Lane& lane, const CallRows& rows, const TimeAxis& axis,
                      const DrawListOptions& opts, std::vector<DrawItem>& out);

// The item under pixel x on `row`, or nullptr; items of a row are sorted by x.
const DrawItem* hit_test(const std::vector<DrawItem>& items, std::uint16_t row, float x);

// ---- wake-up arrows ------------------------------------------------------------

constexpr std::uint32_t kNoLane = UINT32_MAX;

// One wake-up (Timeline::wakeups()) to draw: its head on the woken lane at the
// wake time, its tail on the waker's lane, or, when a timer, I/O or a thread woke
// the task, on no lane (kNoLane): the painter draws a short arrow with a mark.
struct ArrowItem {
  float x_from = 0.0f;           // the tail's x (the waker's Done mark, or x_to)
  float x_to = 0.0f;             // the head's x: the wake time
  std::uint32_t wakeup = 0;      // index into Timeline::wakeups()
  std::uint32_t count = 1;       // wake-ups of this lane within min_px it stands for
  std::uint32_t from_lane = kNoLane;  // lane index of the waker
  std::uint32_t to_lane = 0;     // lane index of the woken task
};

struct ArrowOptions {
  float min_px = 3.0f;  // arrows landing closer than this on one lane: keep the first
  // Wake-ups after the playhead have not happened yet; one at the clip has.
  trace::Nanos clip = trace::kOpenEnd;
  // Lanes on screen, [lane_lo, lane_hi) in Timeline::lanes(): an arrow is drawn if
  // either end is on one of them.
  std::size_t lane_lo = 0;
  std::size_t lane_hi = SIZE_MAX;
};

// Appends the arrows whose head time is in view (binary search in each visible
// lane's wake-ups): first those landing on visible lanes, thinned per lane; then
// those from a visible lane to one off screen, thinned per waker lane. The cost
// follows the visible lanes and pixels, not the number of wake-ups.
void build_arrows(const trace::Timeline& timeline, const TimeAxis& axis,
                  const ArrowOptions& opts, std::vector<ArrowItem>& out);

// The arrow whose head is nearest pixel x on lane `lane`, within `slop` pixels.
const ArrowItem* hit_arrow(const std::vector<ArrowItem>& arrows, std::uint32_t lane, float x,
                           float slop);

}  // namespace ls::app
