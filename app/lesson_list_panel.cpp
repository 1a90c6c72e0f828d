#include "lesson_list_panel.h"

#include <algorithm>
#include <string>

#include "theme.h"

namespace ls::app {

namespace {

float row_h(const Fonts& f) { return f.px * 1.1f + ImGui::GetStyle().FramePadding.y * 2.0f; }

std::string number_of(const LessonEntry& e) {
  return e.lesson ? std::to_string(e.lesson->order) : "✗";
}

// What the entry's second line says: the source document, or what is wrong.
std::string detail_of(const LessonEntry& e) {
  if (!e.problems.empty()) {
    std::string s = e.problems.front().to_string();
    if (e.problems.size() > 1) s += "  (+" + std::to_string(e.problems.size() - 1) + " more)";
    return s;
  }
  return e.lesson->source.empty() ? std::string("no source document") : "from " + e.lesson->source;
}

}  // namespace

float LessonListPanel::preferred_height(float, const Fonts& fonts) const {
  const ImGuiStyle& s = ImGui::GetStyle();
  const float folded = row_h(fonts) + s.WindowPadding.y * 2.0f;
  if (!expanded_) return folded;
  // Open: as tall as the list, but never more than 40% of the window, so the
  // step text below always has most of the column.
  const float cap = ImGui::GetIO().DisplaySize.y * 0.4f;
  return std::clamp(folded + s.ItemSpacing.y + content_h_, folded, std::max(cap, folded));
}

void LessonListPanel::draw(PanelContext& ctx) {
  expanded_ = ctx.settings.show_lesson_list;
  entries_.assign(ctx.workspace->library().size(), ImRect());
  details_.assign(ctx.workspace->library().size(), std::string());
  header(ctx);
  if (!ctx.settings.show_lesson_list) return;
  ImGui::BeginChild("##lessons", ImVec2(0.0f, 0.0f), false);
  const float width = ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorPosY();
  for (std::size_t i = 0; i < ctx.workspace->library().size(); ++i) entry(ctx, i, width);
  content_h_ = ImGui::GetCursorPosY() - top;
  ImGui::EndChild();
}

void LessonListPanel::header(PanelContext& ctx) {
  Settings& s = ctx.settings;
  const char* label = s.show_lesson_list ? "▾  Lessons" : "▸  Lessons";
  if (ImGui::Button(label)) s.show_lesson_list = !s.show_lesson_list;
  expanded_ = s.show_lesson_list;  // the next frame's height follows at once
  fold_ = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(s.show_lesson_list ? "Fold the list: more room for the lesson text"
                                         : "Show every lesson");
  }
  // Folded, the line still names the open lesson, so the class knows where it is.
  const lesson::Lesson* open = ctx.workspace->lesson();
  if (!s.show_lesson_list && open) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette::kTextDim));
    const std::string name = std::to_string(open->order) + " · " + open->title;
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), 1e9f), true);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopClipRect();
    ImGui::PopStyleColor();
  }
}

void LessonListPanel::entry(PanelContext& ctx, std::size_t i, float width) {
  const LessonEntry& e = ctx.workspace->library()[i];
  const Fonts& f = ctx.fonts;
  const float num_w = ImGui::CalcTextSize("00").x + f.px * 0.6f;
  const float text_w = std::max(width - num_w, f.px * 4.0f);
  const std::string title = e.name();
  const std::string detail = detail_of(e);
  details_[i] = detail;
  // Heights of the wrapped title and detail, so long titles wrap, not vanish.
  const float title_h = f.bold->CalcTextSizeA(f.bold->FontSize, 1e9f, text_w, title.c_str()).y;
  const float detail_h = f.small->CalcTextSizeA(f.small->FontSize, 1e9f, text_w, detail.c_str()).y;
  const float pad = f.px * 0.2f;
  const float h = title_h + detail_h + pad * 2.0f;

  const bool current = ctx.workspace->current() == i;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(static_cast<int>(i));
  ImGui::BeginDisabled(!e.usable());
  if (ImGui::Selectable("##entry", current, 0, ImVec2(width, h)) && !current) ctx.workspace->open(i);
  ImGui::EndDisabled();
  ImGui::PopID();
  entries_[i] = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !e.problems.empty()) {
    std::string all;
    for (const lesson::Problem& p : e.problems) all += p.to_string() + "\n";
    ImGui::SetTooltip("%s", all.c_str());
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (current) {  // a bar in the margin as well as the highlight: not colour alone
    dl->AddRectFilled(ImVec2(at.x, at.y), ImVec2(at.x + f.px * 0.18f, at.y + h), palette::kOrange);
  }
  const ImU32 detail_colour = e.problems.empty() ? palette::kTextDim : palette::kVermilion;
  const std::string num = number_of(e);
  dl->AddText(f.bold, f.bold->FontSize, ImVec2(at.x + f.px * 0.4f, at.y + pad),
              e.usable() ? palette::kText : palette::kVermilion, num.c_str());
  dl->AddText(f.bold, f.bold->FontSize, ImVec2(at.x + num_w, at.y + pad), palette::kText,
              title.c_str(), nullptr, text_w);
  dl->AddText(f.small, f.small->FontSize, ImVec2(at.x + num_w, at.y + pad + title_h), detail_colour,
              detail.c_str(), nullptr, text_w);
}

}  // namespace ls::app
