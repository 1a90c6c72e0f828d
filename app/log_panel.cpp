#include "log_panel.h"

#include <imgui.h>

#include "theme.h"

namespace ls::app {

namespace {

ImVec4 level_colour(spdlog::level::level_enum l) {
  switch (l) {
    case spdlog::level::err:
    case spdlog::level::critical: return ImGui::ColorConvertU32ToFloat4(palette::kVermilion);
    case spdlog::level::warn: return ImGui::ColorConvertU32ToFloat4(palette::kOrange);
    case spdlog::level::info: return ImGui::ColorConvertU32ToFloat4(palette::kText);
    default: return ImGui::ColorConvertU32ToFloat4(palette::kTextDim);
  }
}

}  // namespace

void LogPanel::draw(PanelContext& ctx) {
  const auto sink = app_log_sink();
  const std::uint64_t v = sink->version();
  const bool grew = v != version_;
  if (grew) {
    lines_ = sink->lines();
    version_ = v;
  }
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted("Log");
  ImGui::PopFont();
  ImGui::BeginChild("##log", ImVec2(0.0f, 0.0f), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(ctx.fonts.mono);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines_.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const LogLine& l = lines_[static_cast<std::size_t>(i)];
      // The level is in the text as a word, not told by colour alone.
      ImGui::TextColored(level_colour(l.level), "%s", l.text.c_str());
    }
  }
  if (grew && ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace ls::app
