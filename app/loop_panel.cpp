#include "loop_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "theme.h"
#include "timeline_painter.h"

namespace ls::app {

namespace {

ImVec4 colour(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// The swatch in front of a row: the shape its state has on the timeline.
void row_swatch(const LoopRow& row, ImVec2 at, float px) {
  using trace::SpanState;
  const paint::Rect r{ImVec2(at.x, at.y + px * 0.15f), ImVec2(at.x + px * 1.2f, at.y + px * 1.05f)};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  switch (row.kind) {
    case LoopRowKind::Running: paint::state_shape(dl, r, SpanState::Running, row.wait); break;
    case LoopRowKind::Blocking: paint::state_shape(dl, r, SpanState::Blocking, row.wait); break;
    case LoopRowKind::Ready: paint::state_shape(dl, r, SpanState::Ready, row.wait); break;
    case LoopRowKind::Timer:
    case LoopRowKind::Wait: paint::state_shape(dl, r, SpanState::Waiting, row.wait); break;
    case LoopRowKind::Empty:
    case LoopRowKind::More: break;
  }
}

// Text cut with "…" at the panel's right edge instead of running under it.
void fitted(const std::string& text, ImU32 col, ImFont* font) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float room = ImGui::GetContentRegionAvail().x;
  paint::fitted_text(ImGui::GetWindowDrawList(), font, at, col, text, room);
  ImGui::Dummy(ImVec2(std::min(room, ImGui::CalcTextSize(text.c_str()).x), font->FontSize));
}

}  // namespace

std::size_t LoopPanel::focused_run(const PanelContext& ctx) {
  const std::size_t n = ctx.session.runs().size();
  if (n == 0) return 0;
  if (ctx.ui.focus_run < n) return ctx.ui.focus_run;  // the class chose one
  // Otherwise the last run still going at the playhead (the async one while both
  // run; the blocking one once the async one has ended), or the last of all.
  const std::vector<RunTotal> totals = ctx.session.totals();
  for (std::size_t i = totals.size(); i-- > 0;) {
    if (!totals[i].finished) return i;
  }
  return n - 1;
}

void LoopPanel::draw(PanelContext& ctx) {
  text_.clear();
  if (ctx.session.runs().empty()) return;
  run_selector(ctx);
  ImGui::BeginChild("##loop");
  draw_run(ctx, focused_run(ctx));
  ImGui::EndChild();
}

void LoopPanel::run_selector(PanelContext& ctx) {
  // One button per run, the shown one lit: the console below follows the choice.
  const std::size_t focus = focused_run(ctx);
  for (std::size_t i = 0; i < ctx.session.runs().size(); ++i) {
    if (i > 0) ImGui::SameLine();
    const bool on = i == focus;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
      ImGui::PushFont(ctx.fonts.bold);
    }
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Button(ctx.session.runs()[i].title.c_str())) ctx.ui.focus_run = i;
    ImGui::PopID();
    if (on) {
      ImGui::PopFont();
      ImGui::PopStyleColor();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this run's loop and console");
  }
}

void LoopPanel::draw_run(PanelContext& ctx, std::size_t run) {
  const SessionRun& r = ctx.session.runs()[run];
  const trace::Nanos now = ctx.session.player().position();
  const LoopView v = loop_view(ctx.session.snapshot(run), now, lane_namer(r.run.timeline()));
  const float px = ctx.fonts.px;
  text_.push_back(r.title);
  // The headline: a blocked loop is the lesson's point, so it is shouted: a swatch
  // hatched like the blocking span (never colour alone), then the words in the
  // blocking colour. Text over the hatch itself would not read on a projector.
  if (v.blocked) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float side = std::round(px * 1.1f);
    const float y = at.y + std::round((ImGui::GetTextLineHeight() - side) * 0.5f);
    paint::state_shape(ImGui::GetWindowDrawList(), {ImVec2(at.x, y), ImVec2(at.x + side, y + side)},
                       trace::SpanState::Blocking, trace::WaitKind::None);
    ImGui::SetCursorScreenPos(ImVec2(at.x + side + px * 0.4f, at.y));
  }
  ImGui::PushFont(ctx.fonts.bold);
  // Wrapped, not cut: "for 0.50 s more" at the end is what the class waits for.
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(v.blocked ? palette::kOrange : palette::kText));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(v.headline.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  text_.push_back(v.headline);
  for (const LoopRow& row : v.rows) draw_row(ctx, row);
}

void LoopPanel::draw_row(PanelContext& ctx, const LoopRow& row) {
  const float px = ctx.fonts.px;
  // Each list's name on a line of its own: the column is too narrow for a label
  // column beside the entries at presenter sizes.
  if (row.kind == LoopRowKind::Empty) {
    // An empty list takes one line: its name and a dash.
    ImGui::TextColored(colour(palette::kTextDim), "%s  —", row.section.c_str());
    text_.push_back(row.section + " " + row.text);
    return;
  }
  if (!row.section.empty()) ImGui::TextColored(colour(palette::kTextDim), "%s", row.section.c_str());
  const float indent = px * 0.8f;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
  row_swatch(row, ImGui::GetCursorScreenPos(), px);
  const bool swatch = row.kind != LoopRowKind::Empty && row.kind != LoopRowKind::More;
  if (swatch) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + px * 1.5f);
  std::string line = row.section + " " + row.text;
  if (row.kind == LoopRowKind::Timer) {
    // The countdown first: it is what changes as the playhead moves. A late timer
    // says LATE in words as well as in colour: the blocked loop could not fire it.
    ImGui::PushFont(ctx.fonts.bold);
    if (row.late) ImGui::TextColored(colour(palette::kVermilion), "%s LATE", row.note.c_str());
    else ImGui::TextUnformatted(row.note.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    fitted(row.text, palette::kTextDim, ctx.fonts.regular);
    line += "  " + row.note;
  } else {
    fitted(row.note.empty() ? row.text : row.text + "  " + row.note, palette::kText,
           ctx.fonts.regular);
    if (!row.note.empty()) line += "  " + row.note;
  }
  text_.push_back(std::move(line));
}

}  // namespace ls::app
