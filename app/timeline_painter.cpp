#include "timeline_painter.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "theme.h"

namespace ls::app::paint {

namespace {

using trace::SpanState;

ImU32 darker(ImU32 c, float k) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(v.x * k, v.y * k, v.z * k, v.w));
}

void hatch(ImDrawList* dl, Rect r, ImU32 col, float spacing, float thickness) {
  const float h = r.max.y - r.min.y;
  dl->PushClipRect(r.min, r.max, true);
  for (float x = r.min.x - h; x < r.max.x; x += spacing) {
    dl->AddLine(ImVec2(x, r.max.y), ImVec2(x + h, r.min.y), col, thickness);
  }
  dl->PopClipRect();
}

// Removes one UTF-8 character: continuation bytes, then the byte that led them.
void drop_last_char(std::string& s) {
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s.back());
    s.pop_back();
    if ((c & 0xC0) != 0x80) break;
  }
}

// Text inside a span, left-aligned, vertically centred. Too long, it is cut with
// "…" ("say_wor…": the ellipsis says it is cut, so a half-visible word never
// passes for a whole label); skipped when not even a few letters would fit.
void label_inside(ImDrawList* dl, ImFont* font, Rect r, ImU32 col, const std::string& text) {
  const float pad = font->FontSize * 0.3f;
  const float room = r.max.x - r.min.x - 2.0f * pad;
  const auto width = [&](const char* b, const char* e) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, b, e).x;
  };
  const float full = width(text.data(), text.data() + text.size());
  if (font->FontSize > r.max.y - r.min.y + 2.0f) return;
  std::string cut;
  const std::string* shown = &text;
  float w = full;
  if (full > room) {
    if (room < font->FontSize * 2.2f) return;
    // Start from the share of the text that fits, then back off whole characters.
    std::size_t n = static_cast<std::size_t>(static_cast<float>(text.size()) * room / full);
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    cut.assign(text, 0, n);
    cut += "…";
    while (cut.size() > 3 && width(cut.data(), cut.data() + cut.size()) > room) {
      cut.resize(cut.size() - 3);  // the ellipsis
      drop_last_char(cut);
      cut += "…";
    }
    if (cut.size() <= 3) return;
    shown = &cut;
    w = width(cut.data(), cut.data() + cut.size());
  }
  const float y = (r.min.y + r.max.y - font->FontSize) * 0.5f;
  // Keep the label in view when the span's start is scrolled off to the left.
  const float clip_left = dl->GetClipRectMin().x + pad;
  const float x = std::min(std::max(r.min.x + pad, clip_left), r.max.x - pad - w);
  dl->AddText(font, font->FontSize, ImVec2(std::floor(x), std::floor(y)), col, shown->c_str());
}

// The span a narrow state-row item stands for: a fold at one instant (queued, then
// run) shows what the task ended up doing there, its last span.
const trace::StateSpan& last_state(const DrawItem& it, const trace::Lane& lane) {
  return lane.states[it.first + it.count - 1];
}

std::string fold_text(std::uint32_t n) { return "×" + std::to_string(n); }

}  // namespace

void state_shape(ImDrawList* dl, Rect r, SpanState s, trace::WaitKind w) {
  const ImU32 c = palette::state_colour(s, w);
  const float h = r.max.y - r.min.y;
  const float line = std::max(2.0f, std::round(h * 0.08f));
  switch (s) {
    case SpanState::Running:
      dl->AddRectFilled(r.min, r.max, c);
      break;
    case SpanState::Ready: {
      // Half height: queued, not yet doing anything.
      const float inset = h * 0.25f;
      dl->AddRectFilled(ImVec2(r.min.x, r.min.y + inset), ImVec2(r.max.x, r.max.y - inset), c);
      break;
    }
    case SpanState::Waiting:
      // Outline only: the task exists but is not using the loop. No faint wash
      // inside: waiting is most of a lesson's area, and filling it costs software
      // OpenGL a blended pass over nearly the whole timeline.
      dl->AddRect(r.min, r.max, c, 0.0f, 0, line);
      break;
    case SpanState::Blocking:
      // Hatched: the task holds the whole loop, nothing else can run.
      dl->AddRectFilled(r.min, r.max, c);
      hatch(dl, r, darker(c, 0.55f), std::max(6.0f, h * 0.35f), line);
      break;
  }
}

void call_shape(ImDrawList* dl, Rect r, int depth) {
  dl->AddRectFilled(r.min, r.max, palette::kCallFill[depth % 2], 3.0f);
  dl->AddRect(r.min, r.max, palette::kCallEdge, 3.0f, 0, 1.0f);
}

void fold_shape(ImDrawList* dl, Rect r) {
  dl->AddRectFilled(r.min, r.max, palette::kGrey);
  const float h = r.max.y - r.min.y;
  hatch(dl, r, darker(palette::kGrey, 0.7f), std::max(4.0f, h * 0.2f), 1.0f);
}

std::string state_text(const trace::StateSpan& s, const trace::Trace& trace) {
  const std::string& what = trace.text_of(s.text);
  switch (s.state) {
    case SpanState::Running: return "running";
    case SpanState::Ready: return "ready";
    case SpanState::Waiting:
      if (!what.empty()) return what;
      return "waiting on " + std::string(trace::to_string(s.wait));
    case SpanState::Blocking:
      return what.empty() ? std::string("blocking the loop") : "blocking: " + what;
  }
  return std::string(trace::to_string(s.state));
}

bool is_instant(const DrawItem& it, const trace::Lane& lane, float min_px) {
  if (it.row != 0 || it.kind == ItemKind::Call || it.x1 - it.x0 >= min_px) return false;
  const SpanState s = last_state(it, lane).state;
  return s == SpanState::Running || s == SpanState::Blocking;
}

void instant(ImDrawList* dl, const DrawItem& it, const trace::Lane& lane, float y0, float y1,
             float width) {
  const trace::StateSpan& s = last_state(it, lane);
  const float x = std::round((it.x0 + it.x1) * 0.5f - width * 0.5f);
  dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + width, y1), palette::state_colour(s.state, s.wait));
}

void item(ImDrawList* dl, const DrawItem& it, const trace::Lane& lane, const trace::Trace& trace,
          float y0, float y1, const Fonts& fonts) {
  // At least a pixel wide: a span that happened must never vanish.
  const Rect r{ImVec2(it.x0, y0), ImVec2(std::max(it.x1, it.x0 + 1.0f), y1)};
  switch (it.kind) {
    case ItemKind::State: {
      const trace::StateSpan& s = lane.states[it.first];
      state_shape(dl, r, s.state, s.wait);
      const bool filled = s.state == SpanState::Running || s.state == SpanState::Blocking;
      const ImU32 text = filled ? palette::kTextOnColour : palette::state_colour(s.state, s.wait);
      if (s.state != SpanState::Ready) {
        label_inside(dl, fonts.regular, r, text, state_text(s, trace));
      }
      break;
    }
    case ItemKind::Call: {
      const trace::CallSpan& c = lane.calls[it.first];
      call_shape(dl, r, c.depth);
      label_inside(dl, fonts.regular, r, palette::kText, trace.text_of(c.name));
      break;
    }
    case ItemKind::Fold:
      fold_shape(dl, r);
      label_inside(dl, fonts.regular, r, palette::kTextOnColour, fold_text(it.count));
      break;
  }
}

void outcome_mark(ImDrawList* dl, trace::Outcome o, float x, float y0, float y1,
                  const Fonts& fonts) {
  const char* mark = o == trace::Outcome::Done ? "✓"
                     : o == trace::Outcome::Failed ? "✗"
                     : o == trace::Outcome::Cancelled ? "⊘" : nullptr;
  if (!mark) return;
  ImFont* f = fonts.bold;
  const float y = (y0 + y1 - f->FontSize) * 0.5f;
  dl->AddText(f, f->FontSize, ImVec2(std::floor(x + f->FontSize * 0.2f), std::floor(y)),
              palette::outcome_colour(o), mark);
}

void fitted_text(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, const std::string& text,
                 float max_width) {
  auto width = [&](const std::string& s) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s.c_str()).x;
  };
  std::string shown = text;
  if (width(shown) > max_width) {
    // Cut whole UTF-8 characters until the text and its ellipsis fit.
    while (!shown.empty() && width(shown + "…") > max_width) drop_last_char(shown);
    shown += "…";
  }
  dl->AddText(font, font->FontSize, pos, col, shown.c_str());
}

namespace {

// The colour of an arrow: the colour of what the woken task was waiting on, so the
// arrow matches the outline it ends; a cancel is told apart in grey.
ImU32 arrow_colour(const trace::Wakeup& w) {
  if (w.cause == trace::WakeCause::Cancel) return palette::kGrey;
  if (w.cause == trace::WakeCause::Timer) return palette::wait_colour(trace::WaitKind::Timer);
  if (w.cause == trace::WakeCause::Io) return palette::wait_colour(trace::WaitKind::Io);
  return palette::wait_colour(w.wait);
}

void arrow_head(ImDrawList* dl, ImVec2 tip, float dir_y, float size, ImU32 col) {
  // dir_y: +1 points down, -1 up. Slim, so a head on a busy lane hides little.
  const float half = size * 0.45f;
  dl->AddTriangleFilled(ImVec2(tip.x - half, tip.y - dir_y * size),
                        ImVec2(tip.x + half, tip.y - dir_y * size), tip, col);
}

// The mark at the tail of an arrow with no lane behind it: a clock for a timer,
// a socket (a box with a gap) for I/O, two strands for a thread, ✕ for a timeout.
void source_mark(ImDrawList* dl, trace::WakeCause cause, ImVec2 c, float r, ImU32 col,
                 float line) {
  switch (cause) {
    case trace::WakeCause::Timer:
      dl->AddCircleFilled(c, r, palette::kLaneFuture, 16);
      dl->AddCircle(c, r, col, 16, line);
      dl->AddLine(c, ImVec2(c.x, c.y - r * 0.65f), col, line);
      dl->AddLine(c, ImVec2(c.x + r * 0.5f, c.y), col, line);
      break;
    case trace::WakeCause::Io:
      dl->AddRectFilled(ImVec2(c.x - r, c.y - r * 0.8f), ImVec2(c.x + r, c.y + r * 0.8f), col, r * 0.25f);
      dl->AddRectFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.2f), ImVec2(c.x + r * 0.35f, c.y + r * 0.8f),
                        palette::kLaneFuture);
      break;
    case trace::WakeCause::Thread:
      dl->AddLine(ImVec2(c.x - r * 0.4f, c.y - r), ImVec2(c.x - r * 0.4f, c.y + r), col, line);
      dl->AddLine(ImVec2(c.x + r * 0.4f, c.y - r), ImVec2(c.x + r * 0.4f, c.y + r), col, line);
      break;
    default:
      dl->AddLine(ImVec2(c.x - r * 0.7f, c.y - r * 0.7f), ImVec2(c.x + r * 0.7f, c.y + r * 0.7f), col, line);
      dl->AddLine(ImVec2(c.x - r * 0.7f, c.y + r * 0.7f), ImVec2(c.x + r * 0.7f, c.y - r * 0.7f), col, line);
      break;
  }
}

}  // namespace

void wake_swatch(ImDrawList* dl, Rect r, bool from_task, float px) {
  const float line = std::max(1.5f, std::round(px * 0.1f));
  const float head = std::max(7.0f, std::round(px * 0.6f));
  const float mark = std::max(4.0f, std::round(px * 0.3f));
  const float y = std::round((r.min.y + r.max.y) * 0.5f);
  if (from_task) {
    // Sideways here (the legend is one row): a dot, a line, a head.
    const ImU32 col = palette::wait_colour(trace::WaitKind::Task);
    const ImVec2 tail(r.min.x + line * 2.0f, y), tip(r.max.x, y);
    dl->AddLine(tail, ImVec2(tip.x - head * 0.9f, y), col, line);
    dl->AddCircleFilled(tail, line * 1.6f, col, 10);
    const float half = head * 0.45f;
    dl->AddTriangleFilled(ImVec2(tip.x - head, y - half), ImVec2(tip.x - head, y + half), tip, col);
    return;
  }
  const ImU32 col = palette::wait_colour(trace::WaitKind::Timer);
  const float x = std::round((r.min.x + r.max.x) * 0.5f);
  const ImVec2 c(x, r.min.y + mark);
  const ImVec2 tip(x, r.max.y);
  dl->AddLine(ImVec2(x, c.y + mark), ImVec2(x, tip.y - head * 0.9f), col, line);
  arrow_head(dl, tip, 1.0f, head, col);
  source_mark(dl, trace::WakeCause::Timer, c, mark, col, std::max(1.5f, line * 0.8f));
}

std::string wake_arrows(ImDrawList* dl, const ArrowFrame& f) {
  const auto& boxes = f.layout.lanes;
  // This run's lanes are one contiguous block of the layout.
  const auto begin = static_cast<std::size_t>(
      std::partition_point(boxes.begin(), boxes.end(),
                           [&](const LaneBox& b) { return b.section < f.section; }) -
      boxes.begin());
  ArrowOptions opts;
  opts.clip = f.clip;
  opts.lane_lo = std::max(f.first, begin) - begin;
  opts.lane_hi = f.last > begin ? f.last - begin : 0;
  if (opts.lane_lo >= opts.lane_hi) return {};
  std::vector<ArrowItem> arrows;
  build_arrows(f.timeline, f.axis, opts, arrows);
  if (arrows.empty()) return {};

  // The state row of lane l of this run, on screen; false if the layout has not
  // caught up with a lane that appeared this frame.
  auto row = [&](std::uint32_t l, float& y0, float& y1) {
    const std::size_t i = begin + l;
    if (l == kNoLane || i >= boxes.size() || boxes[i].section != f.section) return false;
    const auto [a, b] = f.layout.row_span(boxes[i], 0);
    y0 = f.origin_y + a;
    y1 = f.origin_y + b;
    return true;
  };
  const float line = std::max(1.5f, std::round(f.px * 0.1f));
  const float head = std::max(7.0f, std::round(f.px * 0.6f));
  const float mark = std::max(4.0f, std::round(f.px * 0.3f));
  // A dark edge either side of every line, so an arrow stays readable where it
  // runs along a span's outline or through a running tick at the same instant.
  const ImU32 halo = palette::kLaneFuture;
  // Arrows closer than this on one lane would pile their heads into a solid band
  // (a download woken by every chunk it reads): such a run is drawn as one comb.
  const float crowd = head * 1.5f;
  // Marks need more room than heads: on a busy lane an arrow close behind the last
  // mark goes without one (the colour still says what woke it).
  std::uint32_t mark_lane = kNoLane;
  float mark_x = 0.0f;
  // From the waker's lane edge facing the woken lane into the woken lane's edge:
  // straight down when the waker ended at the wake time (virtual time, mostly),
  // otherwise slanting from the waker's end to the wake time.
  struct Ends {
    ImVec2 tail, neck, tip;
    float dir;  // +1 down, -1 up
  };
  auto ends = [&](const ArrowItem& a, Ends& e) {
    float to0 = 0, to1 = 0, from0 = 0, from1 = 0;
    if (!row(a.to_lane, to0, to1) || !row(a.from_lane, from0, from1)) return false;
    const bool down = from0 < to0;
    e.dir = down ? 1.0f : -1.0f;
    e.tail = ImVec2(std::round(a.x_from), down ? from1 : from0);
    e.tip = ImVec2(std::round(a.x_to), down ? to0 + head * 0.6f : to1 - head * 0.6f);
    e.neck = ImVec2(e.tip.x, e.tip.y - e.dir * head);
    return true;
  };
  dl->PushClipRect(f.clip_min, f.clip_max, true);
  // Lines that cross lanes first, heads after: in virtual time several arrows
  // share one x, and a later line's dark edge must not cut an earlier head.
  for (const ArrowItem& a : arrows) {
    Ends e;
    if (a.from_lane == kNoLane || !ends(a, e)) continue;
    dl->AddLine(e.tail, e.neck, halo, line + 2.0f);
    dl->AddLine(e.tail, e.neck, arrow_colour(f.timeline.wakeups()[a.wakeup]), line);
  }
  for (std::size_t i = 0; i < arrows.size(); ++i) {
    const ArrowItem& a = arrows[i];
    const trace::Wakeup& w = f.timeline.wakeups()[a.wakeup];
    const ImU32 col = arrow_colour(w);
    float to0 = 0, to1 = 0;
    if (!row(a.to_lane, to0, to1)) continue;
    const float x = std::round(a.x_to);
    if (a.from_lane != kNoLane) {
      Ends e;
      if (!ends(a, e)) continue;
      dl->AddCircleFilled(e.tail, line * 1.6f, col, 10);
      arrow_head(dl, e.tip, e.dir, head, col);
      continue;
    }
    // A short drop into the lane's top, under the mark of what woke it. Arrows of
    // a lane come in time order, so a crowd is the run of arrows that follow.
    std::size_t j = i;
    while (j + 1 < arrows.size() && arrows[j + 1].to_lane == a.to_lane &&
           arrows[j + 1].from_lane == kNoLane && arrows[j + 1].x_to - arrows[j].x_to < crowd &&
           f.timeline.wakeups()[arrows[j + 1].wakeup].cause == w.cause) {
      ++j;
    }
    const ImVec2 tip(x, to0 + (to1 - to0) * 0.4f);
    const ImVec2 c(x, to0 - mark * 0.9f);
    const bool marked = a.to_lane != mark_lane || x - mark_x >= mark * 10.0f;
    const float top = marked ? c.y + mark : to0 - mark * 0.6f;
    dl->AddLine(ImVec2(x, top), ImVec2(x, tip.y - head * 0.9f), halo, line + 2.0f);
    dl->AddLine(ImVec2(x, top), ImVec2(x, tip.y - head * 0.9f), col, line);
    arrow_head(dl, tip, 1.0f, head, col);
    if (marked) {
      source_mark(dl, w.cause, c, mark, col, std::max(1.5f, line * 0.8f));
      mark_lane = a.to_lane;
      mark_x = x;
    }
    if (j > i) {
      // The comb: a rule along the lane's top edge with a fine tooth per wake-up.
      const float last = std::round(arrows[j].x_to);
      const float y = std::round(to0);
      dl->AddLine(ImVec2(x, y), ImVec2(last, y), col, line);
      for (std::size_t k = i + 1; k <= j; ++k) {
        const float tx = std::round(arrows[k].x_to);
        dl->AddLine(ImVec2(tx, y), ImVec2(tx, y + head * 0.5f), col, 1.0f);
      }
    }
    i = j;
  }
  dl->PopClipRect();

  if (!f.hovered) return {};
  // The head under the pointer: on the woken lane's state row or the mark above it.
  for (std::uint32_t l = static_cast<std::uint32_t>(opts.lane_lo); l < opts.lane_hi; ++l) {
    float y0 = 0, y1 = 0;
    if (!row(l, y0, y1) || f.mouse.y < y0 - mark * 2.0f || f.mouse.y >= y1) continue;
    const ArrowItem* hit = hit_arrow(arrows, l, f.mouse.x, head * 0.6f);
    if (hit == nullptr) return {};
    const trace::Wakeup& w = f.timeline.wakeups()[hit->wakeup];
    const trace::Lane* waker = w.waker ? f.timeline.lane_of(w.waker) : nullptr;
    std::string text = trace::describe(w, waker ? waker->name : std::string());
    if (hit->count > 1) text += " (and " + std::to_string(hit->count - 1) + " more wake-ups here)";
    return text;
  }
  return {};
}

}  // namespace ls::app::paint
