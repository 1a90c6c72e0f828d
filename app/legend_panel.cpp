#include "legend_panel.h"

#include <imgui.h>

#include <cmath>
#include <vector>

#include "theme.h"
#include "timeline_painter.h"

namespace ls::app {

namespace {

// Swatch width, the gap to its text, and the gap to the next entry, in font sizes.
constexpr float kSwatchW = 1.7f;
constexpr float kTextGap = 0.4f;
constexpr float kEntryGap = 0.9f;

float entry_width(const LegendItem& e, float px) {
  return px * (kSwatchW + kTextGap + kEntryGap) + ImGui::CalcTextSize(e.text).x;
}

int line_count(const std::vector<LegendItem>& items, float width, float px) {
  int lines = 1;
  float x = 0.0f;
  for (const LegendItem& e : items) {
    const float w = entry_width(e, px);
    if (x > 0.0f && x + w > width) {
      ++lines;
      x = 0.0f;
    }
    x += w;
  }
  return lines;
}

void swatch(ImDrawList* dl, const LegendItem& e, paint::Rect r, const Fonts& fonts) {
  switch (e.shape) {
    case LegendShape::State: paint::state_shape(dl, r, e.state, e.wait); break;
    case LegendShape::Call: paint::call_shape(dl, r, 0); break;
    case LegendShape::Fold: paint::fold_shape(dl, r); break;
    case LegendShape::Outcome:
      // Centred in the swatch box; outcome_mark itself starts just right of x.
      paint::outcome_mark(dl, e.outcome, (r.min.x + r.max.x - fonts.bold->FontSize) * 0.5f,
                          r.min.y, r.max.y, fonts);
      break;
    case LegendShape::WakeFromTask: paint::wake_swatch(dl, r, true, fonts.px); break;
    case LegendShape::WakeFromTimer: paint::wake_swatch(dl, r, false, fonts.px); break;
  }
}

}  // namespace

float LegendPanel::preferred_height(float width, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  const float line = fonts.px * 1.5f;
  return static_cast<float>(line_count(items_, width - s.WindowPadding.x * 2.0f, fonts.px)) * line +
         s.WindowPadding.y * 2.0f;
}

void LegendPanel::prepare(PanelContext& ctx) {
  trace::ShapesSeen seen;
  for (const SessionRun& r : ctx.session.runs()) seen.merge(r.run.timeline().shapes_seen());
  items_ = legend_items(seen);
}

void LegendPanel::draw(PanelContext& ctx) {
  const float px = ctx.fonts.px;
  const float line = px * 1.5f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = 0.0f;
  float y = 0.0f;
  for (const LegendItem& e : items_) {
    const float w = entry_width(e, px);
    if (x > 0.0f && x + w > width) {
      x = 0.0f;
      y += line;
    }
    const float top = std::round(origin.y + y + (line - px * 1.1f) * 0.5f);
    const paint::Rect r{ImVec2(origin.x + x, top),
                        ImVec2(origin.x + x + px * kSwatchW, top + px * 1.1f)};
    swatch(dl, e, r, ctx.fonts);
    dl->AddText(ImVec2(r.max.x + px * kTextGap, std::round(origin.y + y + (line - px) * 0.5f)),
                palette::kText, e.text);
    x += w;
  }
  // The last export's outcome, right-aligned on the last line when it fits.
  const std::string& status = ctx.ui.status;
  const float sw = ImGui::CalcTextSize(status.c_str()).x;
  if (!status.empty() && x + sw + px <= width) {
    dl->AddText(ImVec2(origin.x + width - sw, std::round(origin.y + y + (line - px) * 0.5f)),
                palette::kTextDim, status.c_str());
  }
  ImGui::Dummy(ImVec2(width, y + line));
}

}  // namespace ls::app
