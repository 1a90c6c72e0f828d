#include "legend_panel.h"

#include <imgui.h>

#include <cmath>
#include <vector>

#include "theme.h"
#include "timeline_painter.h"

namespace ls::app {

namespace {

enum class Swatch { State, Call, Fold, Done };

struct Entry {
  Swatch swatch;
  trace::SpanState state;
  trace::WaitKind wait;
  const char* text;
};

const std::vector<Entry>& entries() {
  using trace::SpanState;
  using trace::WaitKind;
  static const std::vector<Entry> e{
      {Swatch::State, SpanState::Running, WaitKind::None, "running"},
      {Swatch::State, SpanState::Ready, WaitKind::None, "ready (queued)"},
      {Swatch::State, SpanState::Waiting, WaitKind::Timer, "waiting on a timer"},
      {Swatch::State, SpanState::Waiting, WaitKind::Task, "waiting on tasks"},
      {Swatch::State, SpanState::Waiting, WaitKind::Io, "waiting on I/O"},
      {Swatch::State, SpanState::Blocking, WaitKind::None, "blocking the loop"},
      {Swatch::Call, SpanState::Running, WaitKind::None, "function call"},
      {Swatch::Fold, SpanState::Running, WaitKind::None, "×N short spans"},
      {Swatch::Done, SpanState::Running, WaitKind::None, "task done"},
  };
  return e;
}

// Swatch width, the gap to its text, and the gap to the next entry, in font sizes.
constexpr float kSwatchW = 1.7f;
constexpr float kTextGap = 0.4f;
constexpr float kEntryGap = 1.0f;

float entry_width(const Entry& e, float px) {
  return px * (kSwatchW + kTextGap + kEntryGap) + ImGui::CalcTextSize(e.text).x;
}

int line_count(float width, float px) {
  int lines = 1;
  float x = 0.0f;
  for (const Entry& e : entries()) {
    const float w = entry_width(e, px);
    if (x > 0.0f && x + w > width) {
      ++lines;
      x = 0.0f;
    }
    x += w;
  }
  return lines;
}

void swatch(ImDrawList* dl, const Entry& e, paint::Rect r, const Fonts& fonts) {
  switch (e.swatch) {
    case Swatch::State: paint::state_shape(dl, r, e.state, e.wait); break;
    case Swatch::Call: paint::call_shape(dl, r, 0); break;
    case Swatch::Fold: paint::fold_shape(dl, r); break;
    case Swatch::Done:
      // Centred in the swatch box; outcome_mark itself starts just right of x.
      paint::outcome_mark(dl, trace::Outcome::Done,
                          (r.min.x + r.max.x - fonts.bold->FontSize) * 0.5f, r.min.y, r.max.y,
                          fonts);
      break;
  }
}

}  // namespace

float LegendPanel::preferred_height(float width, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  const float line = fonts.px * 1.5f;
  return static_cast<float>(line_count(width - s.WindowPadding.x * 2.0f, fonts.px)) * line +
         s.WindowPadding.y * 2.0f;
}

void LegendPanel::draw(PanelContext& ctx) {
  const float px = ctx.fonts.px;
  const float line = px * 1.5f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = 0.0f;
  float y = 0.0f;
  for (const Entry& e : entries()) {
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
