// The timeline's second pass: paints the draw list the model built. Each state has
// its own shape as well as its colour (see theme.h), so the legend reuses the same
// functions to draw its swatches.
#pragma once

#include <imgui.h>

#include "fonts.h"
#include "model/draw_list.h"
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

// Text drawn only if it fits within `max_width`; otherwise cut with "…".
void fitted_text(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, const std::string& text,
                 float max_width);

}  // namespace ls::app::paint
