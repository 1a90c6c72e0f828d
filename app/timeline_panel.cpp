#include "timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include "key_button.h"
#include "keys.h"
#include "model/totals.h"
#include "theme.h"
#include "timeline_painter.h"

namespace ls::app {

namespace {

// Vertical sizes in units of the font's pixel size, so presenter mode scales all.
LayoutMetrics metrics_for(float px) {
  LayoutMetrics m;
  m.header = std::round(px * 1.7f);
  // Compact enough that a projector at presenter size still shows five lanes or more.
  m.state_row = std::round(px * 1.35f);
  m.call_row = std::round(px * 1.2f);
  m.lane_gap = std::round(px * 0.35f);
  m.section_gap = std::round(px * 0.9f);
  return m;
}

std::string span_times(trace::Nanos start, trace::Nanos end) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.3f s → %.3f s  (%.3f s)", trace::to_seconds(start),
                trace::to_seconds(end), trace::to_seconds(end - start));
  return buf;
}

// "line 23 of async.py" for a hover: where in the program the span began.
void source_line(const trace::Trace& trace, trace::LocId loc) {
  if (loc == 0) return;
  const trace::SourceLocation at = trace.location_of(loc);
  if (at.line <= 0) return;
  const std::string file = std::filesystem::path(at.file).filename().string();
  if (file.empty()) ImGui::TextDisabled("line %d", at.line);
  else ImGui::TextDisabled("line %d of %s", at.line, file.c_str());
}

const std::string& lane_label(const trace::Lane& lane) {
  return lane.label.empty() ? lane.name : lane.label;
}

ImDrawList* draw_list() { return ImGui::GetWindowDrawList(); }

// The key of each view button, in TimelinePanel::ViewButton's order.
constexpr keys::Key kViewKeys[] = {keys::Key::ZoomOut, keys::Key::ZoomIn, keys::Key::PanLeft,
                                   keys::Key::PanRight, keys::Key::Fit};

}  // namespace

float TimelinePanel::widest_label(const PanelContext& ctx) {
  // Measured again only when lanes appear or the font changes, not every frame:
  // with thousands of lanes, measuring every label would dominate the frame.
  std::size_t lanes = 0;
  for (const SessionRun& r : ctx.session.runs()) lanes += r.run.timeline().lanes().size();
  if (lanes == label_cache_.lanes && ctx.fonts.px == label_cache_.px) return label_cache_.widest;
  float widest = ctx.fonts.px * 8.0f;
  for (const SessionRun& r : ctx.session.runs()) {
    for (const trace::Lane& lane : r.run.timeline().lanes()) {
      widest = std::max(widest, ImGui::CalcTextSize(lane_label(lane).c_str()).x);
    }
  }
  label_cache_ = {lanes, ctx.fonts.px, widest};
  return widest;
}

TimelinePanel::Frame TimelinePanel::measure(const PanelContext& ctx) {
  const float px = ctx.fonts.px;
  Frame f;
  f.left = ImGui::GetCursorScreenPos().x;
  const float width = ImGui::GetContentRegionAvail().x;
  // Wide enough for the longest lane label, but the time axis keeps most of the room.
  f.label_w = std::min(widest_label(ctx) + px * 1.2f, width * 0.34f);
  f.time_x0 = f.left + f.label_w;
  // Room on the right for the last task's ✓ and the scrollbar.
  f.time_w = std::max(width - f.label_w - px * 1.6f, 10.0f);
  f.ruler_h = std::round(px * 1.9f);
  f.playhead = ctx.session.player().position();
  return f;
}

void TimelinePanel::draw(PanelContext& ctx) {
  Frame f = measure(ctx);
  axis_.set_pixels(f.time_x0, f.time_w);
  // New runs (another lesson step) have another length: show them whole.
  const std::uint64_t generation = ctx.workspace ? ctx.workspace->generation() : 0;
  if (!fitted_ || generation != fitted_generation_) {
    fit(ctx);
    fitted_ = true;
    fitted_generation_ = generation;
  }
  handle_keys(ctx, f);
  draw_header(ctx, f);
  draw_ruler(ctx, f);
  draw_lanes(ctx, f);
}

void TimelinePanel::draw_header(const PanelContext& ctx, const Frame& f) {
  // Above the lanes they sum up: "blocking 6.0 s · async …" while a run goes on,
  // with the speed-up once every run has ended.
  const std::string line = totals_line(ctx.session.totals());
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(line.empty() ? " " : line.c_str());
  ImGui::PopFont();
  view_buttons(ctx, f);
}

void TimelinePanel::view_buttons(const PanelContext& ctx, const Frame& f) {
  // Right-aligned on the totals' row; they zoom about the playhead, as the keys
  // do when the pointer is not over the lanes.
  static constexpr const char* kLabels[] = {"−##zoom", "+##zoom", "◂##pan", "▸##pan", "Fit"};
  static constexpr const char* kTips[] = {"Zoom out", "Zoom in", "Pan left", "Pan right",
                                          "Show the whole run"};
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  float width = 0.0f;
  for (const char* label : kLabels) width += button_width(label) + gap;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width + gap));
  const float anchor = axis_.to_px(f.playhead);
  for (int i = 0; i < static_cast<int>(ViewButton::Count); ++i) {
    if (i > 0) ImGui::SameLine();
    const bool clicked = key_button(kLabels[i], kTips[i], kViewKeys[i]);
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    view_buttons_[i] = ImVec2((lo.x + hi.x) * 0.5f, (lo.y + hi.y) * 0.5f);
    if (clicked) view_action(ctx, f, static_cast<ViewButton>(i), anchor);
  }
}

void TimelinePanel::fit(const PanelContext& ctx) {
  axis_.fit(0.0, trace::to_seconds(ctx.session.duration()));
}

void TimelinePanel::view_action(const PanelContext& ctx, const Frame& f, ViewButton b, float anchor) {
  switch (b) {
    case ViewButton::ZoomOut: axis_.zoom_at(anchor, 0.8); break;
    case ViewButton::ZoomIn: axis_.zoom_at(anchor, 1.25); break;
    case ViewButton::PanLeft: axis_.pan_px(f.time_w * 0.1f); break;
    case ViewButton::PanRight: axis_.pan_px(-f.time_w * 0.1f); break;
    case ViewButton::Fit: fit(ctx); break;
    case ViewButton::Count: break;
  }
}

void TimelinePanel::handle_keys(PanelContext& ctx, const Frame& f) {
  // W/S zoom about the pointer when it is over the lanes, else about the playhead.
  const float mouse_x = ImGui::GetIO().MousePos.x;
  const bool mouse_in = mouse_x >= f.time_x0 && mouse_x <= f.time_x0 + f.time_w;
  const float anchor = mouse_in ? mouse_x : axis_.to_px(f.playhead);
  for (int i = 0; i < static_cast<int>(ViewButton::Count); ++i) {
    if (keys::pressed(kViewKeys[i])) view_action(ctx, f, static_cast<ViewButton>(i), anchor);
  }
}

void TimelinePanel::draw_ruler(PanelContext& ctx, const Frame& f) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float bottom = top.y + f.ruler_h;
  ruler_y_ = top.y + f.ruler_h * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(f.time_x0, top.y));
  ImGui::InvisibleButton("##ruler", ImVec2(f.time_w, f.ruler_h));
  if (ImGui::IsItemActive()) {  // click or drag on the ruler scrubs
    ctx.session.player().seek(axis_.to_nanos(ImGui::GetIO().MousePos.x));
    ctx.session.sync();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click or drag to move the playhead");

  ImDrawList* dl = draw_list();
  const float px = ctx.fonts.px;
  dl->AddText(ctx.fonts.regular, px, ImVec2(f.left, top.y + (f.ruler_h - px) * 0.5f),
              palette::kTextDim, "time");
  dl->PushClipRect(ImVec2(f.time_x0 - 1.0f, top.y), ImVec2(f.time_x0 + f.time_w + px, bottom),
                   true);
  dl->AddLine(ImVec2(f.time_x0, bottom - 1.0f), ImVec2(f.time_x0 + f.time_w, bottom - 1.0f),
              palette::kTextDim, 1.0f);
  const auto [tag_min, tag_max] = playhead_tag(ctx, f, top.y);
  for (const RulerTick& t : ruler_ticks(axis_, px * 5.0f)) {
    dl->AddLine(ImVec2(t.px, bottom - px * 0.45f), ImVec2(t.px, bottom), palette::kTextDim, 2.0f);
    // A tick label the playhead's tag would cover is left out rather than overprinted.
    const float lx = t.px + px * 0.2f;
    const float lw = ImGui::CalcTextSize(t.label.c_str()).x;
    if (lx + lw > tag_min.x - px * 0.2f && lx < tag_max.x + px * 0.2f) continue;
    dl->AddText(ctx.fonts.regular, px, ImVec2(lx, top.y + px * 0.1f), palette::kText,
                t.label.c_str());
  }
  draw_playhead_head(ctx, f, tag_min, tag_max, bottom);
  dl->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
}

std::pair<ImVec2, ImVec2> TimelinePanel::playhead_tag(const PanelContext& ctx, const Frame& f,
                                                      float top) const {
  // The playhead's time on a tag just right of it, kept inside the axis at the end.
  const float px = ctx.fonts.px;
  const float x = std::round(axis_.to_px(f.playhead));
  const std::string now = format_seconds(f.playhead);
  const ImVec2 size = ctx.fonts.mono->CalcTextSizeA(px, FLT_MAX, 0.0f, now.c_str());
  const float pad = px * 0.25f;
  const float text_x = std::min(x + pad, f.time_x0 + f.time_w - size.x - pad);
  return {ImVec2(text_x - pad, top), ImVec2(text_x + size.x + pad, top + size.y)};
}

void TimelinePanel::draw_playhead_head(const PanelContext& ctx, const Frame& f, ImVec2 tag_min,
                                       ImVec2 tag_max, float bottom) {
  ImDrawList* dl = draw_list();
  const float px = ctx.fonts.px;
  const std::string now = format_seconds(f.playhead);
  dl->AddRectFilled(tag_min, tag_max, palette::kPlayhead, 4.0f);
  dl->AddText(ctx.fonts.mono, px, ImVec2(tag_min.x + px * 0.25f, tag_min.y),
              palette::kTextOnColour, now.c_str());
  const float x = std::round(axis_.to_px(f.playhead));
  const float s = px * 0.4f;
  dl->AddTriangleFilled(ImVec2(x - s, bottom - s), ImVec2(x + s, bottom - s), ImVec2(x, bottom),
                        palette::kPlayhead);
}

StackLayout TimelinePanel::layout_runs(const PanelContext& ctx) const {
  std::vector<std::vector<int>> rows;
  for (const SessionRun& r : ctx.session.runs()) {
    auto& sec = rows.emplace_back();
    for (const trace::Lane& lane : r.run.timeline().lanes()) sec.push_back(lane.max_depth);
  }
  return stack_lanes(rows, metrics_for(ctx.fonts.px));
}

void TimelinePanel::draw_lanes(PanelContext& ctx, const Frame& f) {
  const ImGuiIO& io = ImGui::GetIO();
  // Ctrl+wheel zooms and Shift+wheel pans here, so the wheel must not also scroll.
  const ImGuiWindowFlags flags =
      (io.KeyCtrl || io.KeyShift) ? ImGuiWindowFlags_NoScrollWithMouse : ImGuiWindowFlags_None;
  ImGui::BeginChild("##lanes", ImVec2(0.0f, 0.0f), false, flags);
  layout_ = layout_runs(ctx);
  const StackLayout& layout = layout_;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  lanes_origin_y_ = origin.y;
  const float view_h = ImGui::GetWindowHeight();
  const float scroll = ImGui::GetScrollY();
  ImGui::SetCursorScreenPos(ImVec2(f.time_x0, origin.y));
  ImGui::InvisibleButton("##lanes-area", ImVec2(f.time_w, std::max(layout.height, view_h - 1.0f)));
  handle_lane_mouse(ctx, f);

  const float top = origin.y + scroll;  // the child's visible band, in screen pixels
  const auto [first, last] = layout.visible(scroll, scroll + view_h);
  for (std::size_t i = first; i < last; ++i) draw_lane_band(f, layout.lanes[i], origin);
  // Grid and playhead stop where the lanes do, not at the panel's bottom.
  const float end = std::min(top + view_h, origin.y + layout.height);
  draw_grid(f, top, end);
  draw_section_headers(ctx, f, layout, origin);
  for (std::size_t i = first; i < last; ++i) draw_lane(ctx, f, layout, layout.lanes[i], origin);
  for (std::size_t s = 0; s < ctx.session.runs().size(); ++s) {  // wake-up arrows
    const std::string woken = paint::wake_arrows(draw_list(), {ctx.session.runs()[s].run.timeline(),
        layout, s, first, last, origin.y, axis_, f.playhead, ImVec2(f.time_x0, top),
        ImVec2(f.time_x0 + f.time_w, end), ctx.fonts.px, io.MousePos, ImGui::IsWindowHovered()});
    if (woken.empty()) continue;
    ImGui::BeginTooltip();  // adds a line under a span's tooltip, if one is open
    ImGui::TextUnformatted(woken.c_str());
    ImGui::EndTooltip();
  }
  draw_playhead_line(f, top, end);
  ImGui::EndChild();
}

void TimelinePanel::draw_lane_band(const Frame& f, const LaneBox& b, ImVec2 origin) {
  // A lane's extent, told by a thin rule under it rather than a filled band: in
  // software OpenGL (Xvfb, projector laptops) every filled pixel is blended, and
  // bands under thousands of lanes doubled the pixels each frame fills.
  const float y = std::round(origin.y + b.y1 + layout_.metrics.lane_gap * 0.5f);
  draw_list()->AddLine(ImVec2(f.left, y), ImVec2(f.time_x0 + f.time_w, y), palette::kLaneBg, 2.0f);
}

void TimelinePanel::handle_lane_mouse(const PanelContext& ctx, const Frame& f) {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
    axis_.pan_px(io.MouseDelta.x);
  }
  if (!ImGui::IsItemHovered()) return;
  if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) fit(ctx);
  if (io.MouseWheel != 0.0f && io.KeyCtrl) {
    axis_.zoom_at(io.MousePos.x, std::pow(1.2, static_cast<double>(io.MouseWheel)));
  } else if (io.MouseWheel != 0.0f && io.KeyShift) {
    axis_.pan_px(io.MouseWheel * f.time_w * 0.05f);
  }
}

void TimelinePanel::draw_grid(const Frame& f, float y0, float y1) {
  ImDrawList* dl = draw_list();
  for (const RulerTick& t : ruler_ticks(axis_, ImGui::GetFontSize() * 5.0f)) {
    if (t.px < f.time_x0 || t.px > f.time_x0 + f.time_w) continue;
    dl->AddLine(ImVec2(t.px, y0), ImVec2(t.px, y1), palette::kGridLine, 1.0f);
  }
}

void TimelinePanel::draw_section_headers(PanelContext& ctx, const Frame& f,
                                         const StackLayout& layout, ImVec2 origin) {
  ImDrawList* dl = draw_list();
  const auto totals = ctx.session.totals();
  for (std::size_t s = 0; s < layout.sections.size() && s < totals.size(); ++s) {
    const SectionBox& sec = layout.sections[s];
    const float y = origin.y + sec.y0 + (layout.metrics.header - ctx.fonts.bold->FontSize) * 0.5f;
    dl->AddText(ctx.fonts.bold, ctx.fonts.bold->FontSize, ImVec2(f.left, y), palette::kText,
                totals[s].name.c_str());
    if (totals[s].finished) draw_run_end(ctx, f, layout.metrics, sec, origin, totals[s].total);
  }
}

void TimelinePanel::draw_run_end(const PanelContext& ctx, const Frame& f, const LayoutMetrics& m,
                                 const SectionBox& sec, ImVec2 origin, trace::Nanos total) {
  // Where this run ended: a dashed line down its lanes, labelled with its total.
  const float x = std::round(axis_.to_px(total));
  if (x < f.time_x0 || x > f.time_x0 + f.time_w) return;
  ImDrawList* dl = draw_list();
  const float px = ctx.fonts.px;
  const float dash = px * 0.3f;
  const float bottom = origin.y + sec.y1;
  for (float y = origin.y + sec.y0 + px * 0.2f; y < bottom; y += dash * 2.0f) {
    dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, bottom)), palette::kText, 2.0f);
  }
  const std::string label = "ended at " + format_seconds(total);
  const float w = ImGui::CalcTextSize(label.c_str()).x;
  // Right of the line if it fits, else left of it.
  const float lx = x + w + px * 0.4f < f.time_x0 + f.time_w ? x + px * 0.4f : x - w - px * 0.4f;
  const float ly = origin.y + sec.y0 + (m.header - px) * 0.5f;
  dl->AddText(ctx.fonts.regular, px, ImVec2(lx, ly), palette::kText, label.c_str());
}

void TimelinePanel::draw_lane(PanelContext& ctx, const Frame& f, const StackLayout& layout,
                              const LaneBox& box, ImVec2 origin) {
  const LazyRun& run = ctx.session.runs()[box.section].run;
  const trace::Lane& lane = run.timeline().lanes()[box.lane];
  ImDrawList* dl = draw_list();
  const float px = ctx.fonts.px;
  const float label_y = origin.y + box.y0 + (layout.metrics.state_row - px) * 0.5f;
  paint::fitted_text(dl, ctx.fonts.regular, ImVec2(f.left + px * 0.6f, label_y), palette::kText,
                     lane_label(lane), f.label_w - px * 0.9f);

  items_.clear();
  DrawListOptions opts;
  opts.clip = f.playhead;
  build_lane_items(lane, run.call_rows()[box.lane], axis_, opts, items_);
  dl->PushClipRect(ImVec2(f.time_x0, origin.y + box.y0),
                   ImVec2(f.time_x0 + f.time_w + px * 1.5f, origin.y + box.y1), true);
  const float gap = std::max(1.0f, std::round(px * 0.08f));  // separates nested rows
  const float tick = std::max(3.0f, std::round(px * 0.2f));
  for (const DrawItem& it : items_) {
    if (paint::is_instant(it, lane, tick)) continue;
    const auto [y0, y1] = layout.row_span(box, it.row);
    paint::item(dl, it, lane, run.trace(), origin.y + y0 + (it.row ? gap : 0.0f), origin.y + y1,
                ctx.fonts);
  }
  for (const DrawItem& it : items_) {  // on top, so neighbouring outlines do not hide them
    if (!paint::is_instant(it, lane, tick)) continue;
    const auto [y0, y1] = layout.row_span(box, it.row);
    paint::instant(dl, it, lane, origin.y + y0, origin.y + y1, tick);
  }
  if (lane.outcome != trace::Outcome::Pending && lane.finished <= f.playhead) {
    const auto [y0, y1] = layout.row_span(box, 0);
    paint::outcome_mark(dl, lane.outcome, axis_.to_px(lane.finished), origin.y + y0,
                        origin.y + y1, ctx.fonts);
  }
  dl->PopClipRect();

  const ImVec2 m = ImGui::GetIO().MousePos;
  if (!ImGui::IsWindowHovered() || m.x < f.time_x0 || m.x > f.time_x0 + f.time_w) return;
  for (int row = 0; row <= box.call_rows; ++row) {
    const auto [y0, y1] = layout.row_span(box, row);
    if (m.y < origin.y + y0 || m.y >= origin.y + y1) continue;
    if (const DrawItem* hit = hit_test(items_, static_cast<std::uint16_t>(row), m.x)) {
      show_tooltip(*hit, lane, run.trace(), f.playhead);
    }
  }
}

void TimelinePanel::show_tooltip(const DrawItem& it, const trace::Lane& lane,
                                 const trace::Trace& trace, trace::Nanos now) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(lane_label(lane).c_str());
  if (it.kind == ItemKind::State) {
    const trace::StateSpan& s = lane.states[it.first];
    std::string what(trace::to_string(s.state));
    if (s.state == trace::SpanState::Waiting) {
      what += " on " + std::string(trace::to_string(s.wait));
    }
    const std::string detail = paint::state_text(s, trace);
    if (detail != what) what += ": " + detail;
    ImGui::TextUnformatted(what.c_str());
    ImGui::TextUnformatted(span_times(s.start, std::min(s.end, now)).c_str());
    source_line(trace, s.loc);
  } else if (it.kind == ItemKind::Call) {
    const trace::CallSpan& c = lane.calls[it.first];
    ImGui::Text("in %s", trace.text_of(c.name).c_str());
    ImGui::TextUnformatted(span_times(c.start, std::min(c.end, now)).c_str());
    source_line(trace, c.loc);
  } else {
    ImGui::Text("%u spans too short to see here", it.count);
    ImGui::TextDisabled("Zoom in: Ctrl+wheel or W");
  }
  ImGui::EndTooltip();
}

void TimelinePanel::draw_playhead_line(const Frame& f, float y0, float y1) {
  const float x = std::round(axis_.to_px(f.playhead));
  if (x < f.time_x0 - 1.0f || x > f.time_x0 + f.time_w + 1.0f) return;
  const float w = std::max(2.0f, std::round(ImGui::GetFontSize() * 0.1f));
  draw_list()->AddLine(ImVec2(x, y0), ImVec2(x, y1), palette::kPlayhead, w);
}

}  // namespace ls::app
