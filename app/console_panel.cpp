#include "console_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "loop_panel.h"
#include "model/loop_view.h"
#include "theme.h"

namespace ls::app {

void ConsolePanel::draw(PanelContext& ctx) {
  const std::size_t n = ctx.session.runs().size();
  shown_.assign(n, 0);
  last_.assign(n, std::string());
  followed_.resize(n, static_cast<std::size_t>(-1));
  if (n == 0) return;
  const std::size_t run = LoopPanel::focused_run(ctx);
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted("Console");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette::kTextDim), "%s",
                     ctx.session.runs()[run].title.c_str());
  draw_run(ctx, run, 0.0f);
  // The other runs are counted too, so tests (and a later split view) can read them.
  for (std::size_t i = 0; i < n; ++i) {
    if (i == run) continue;
    const SessionRun& r = ctx.session.runs()[i];
    shown_[i] = r.console.lines_at(ctx.session.player().position());
    if (shown_[i] > 0) {
      last_[i] = std::string(visible_text(r.console.lines()[shown_[i] - 1], ctx.session.player().position()));
    }
  }
}

// Up to this many lines, output wraps; past it, lines are clipped to one row each.
constexpr std::size_t kWrapUpTo = 200;

void ConsolePanel::draw_run(PanelContext& ctx, std::size_t i, float height) {
  const SessionRun& r = ctx.session.runs()[i];
  const trace::Nanos now = ctx.session.player().position();
  const std::size_t count = r.console.lines_at(now);
  shown_[i] = count;
  ImGui::PushID(static_cast<int>(i));
  ImGui::BeginChild("##out", ImVec2(0.0f, height), false);
  ImGui::PushFont(ctx.fonts.mono);
  if (count == 0) ImGui::TextDisabled("(nothing printed yet)");
  const auto draw_line = [&](std::size_t k) {
    const ConsoleLine& line = r.console.lines()[k];
    const std::string when = format_seconds2(line.time);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette::kTextDim), "%s", when.c_str());
    ImGui::SameLine();
    const std::string_view text = visible_text(line, now);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
  };
  if (count <= kWrapUpTo) {
    // A lesson's few lines wrap in the narrow column, so the class reads them whole.
    ImGui::PushTextWrapPos(0.0f);
    for (std::size_t k = 0; k < count; ++k) draw_line(k);
    ImGui::PopTextWrapPos();
  } else {
    // Long output: one row a line, so only the visible rows cost anything.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step()) {
      for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) draw_line(static_cast<std::size_t>(k));
    }
  }
  if (count > 0) last_[i] = std::string(visible_text(r.console.lines()[count - 1], now));
  // New output scrolls into view, as a terminal does; scrolling back by hand is
  // left alone until the next line arrives.
  if (followed_[i] != count) {
    ImGui::SetScrollHereY(1.0f);
    followed_[i] = count;
  }
  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopID();
}

}  // namespace ls::app
