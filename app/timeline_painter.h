// The timeline's second pass: paints the draw list the model built. Each state has
// its own shape as well as its colour (see theme.h), so the legend reuses the same
// functions to draw its swatches.
#pragma once

#include <imgui.h>

#include "fonts.h"
#include "model/draw_list.h"
#include "model/lane_layout.h"
#include "model/time_axis.h"
#include "trace/timeline.h"
#include "trace/trace.h"

namespace ls::app::paint {

struct Rect {
  ImVec2 min;
  ImVec2 max;
};

// The shape of a state with no text: running solid, ready a half-height bar,
// waiting an outline over a faint wash, blocking hatched.
void state_shape(ImDrawList* dl, Rect r, trace::SpanState s, trace::WaitKind w);
// A call frame: a neutral block, shade alternating with depth so nesting reads.
void call_shape(ImDrawList* dl, Rect r, int depth);
// Many spans too small to see, folded: grey with a dotted texture.
void fold_shape(ImDrawList* dl, Rect r);

// What a state span is called, short enough to fit inside it: "running",
// "sleep(1)", "waiting on task". Falls back to the state's name.
std::string state_text(const trace::StateSpan& s, const trace::Trace& trace);

// A running or blocking span too short to see (in virtual time, code runs in no
// time at all): painted after the others as a narrow tick, so the class still sees
// the instant the task ran.
bool is_instant(const DrawItem& it, const trace::Lane& lane, float min_px);
void instant(ImDrawList* dl, const DrawItem& it, const trace::Lane& lane, float y0, float y1,
             float width);

// One draw-list item of `lane`, in the row rectangle [y0, y1] at its x range.
void item(ImDrawList* dl, const DrawItem& it, const trace::Lane& lane, const trace::Trace& trace,
          float y0, float y1, const Fonts& fonts);

// The ✓ / ✗ / ⊘ mark just after a task's end, vertically centred on its state row.
void outcome_mark(ImDrawList* dl, trace::Outcome o, float x, float y0, float y1,
                  const Fonts& fonts);

// What the wake-up arrows of one run need to know about the frame.
struct ArrowFrame {
  const trace::Timeline& timeline;
  const StackLayout& layout;   // every run's lanes, top to bottom
  std::size_t section = 0;     // this run's index in the layout
  std::size_t first = 0;       // layout.lanes on screen: [first, last)
  std::size_t last = 0;
  float origin_y = 0.0f;       // screen y of the layout's top
  const TimeAxis& axis;
  trace::Nanos clip = trace::kOpenEnd;  // the playhead: later wake-ups have not happened
  ImVec2 clip_min;             // the lanes' time area on screen
  ImVec2 clip_max;
  float px = 16.0f;            // the font size, which every size here follows
  ImVec2 mouse;                // for the head under the pointer
  bool hovered = false;        // the pointer is over the lanes
};

// Paints one run's wake-up arrows (over the spans, under the playhead): from a
// finished or releasing task a line from its lane to the woken lane with a head;
// from a timer, I/O or a thread a short arrow dropping into the lane under a
// small mark (clock, socket, thread). Returns what the arrow head under the
// pointer says ("woken by Task-3 finishing"), or "" when there is none.
std::string wake_arrows(ImDrawList* dl, const ArrowFrame& f);

// The legend's picture of a wake-up: `from_task` a line from a dot (the waker's
// end) to a head, as between two lanes; otherwise a short drop under a clock
// mark, as a timer's. Same sizes and colours as wake_arrows.
void wake_swatch(ImDrawList* dl, Rect r, bool from_task, float px);

// Text drawn only if it fits within `max_width`; otherwise cut with "…".
void fitted_text(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, const std::string& text,
                 float max_width);

}  // namespace ls::app::paint
