#include "lesson_panel.h"

#include <algorithm>
#include <cstdio>

#include "key_button.h"
#include "keys.h"
#include "markdown_view.h"
#include "theme.h"

namespace ls::app {

namespace {

ImVec4 colour(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }


// Wrapped text in one colour and face, aligned at the cursor.
void wrapped(const std::string& text, ImFont* font, ImU32 col) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour(col));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void LessonPanel::draw(PanelContext& ctx) {
  Workspace& ws = *ctx.workspace;
  hits_ = Hits{};
  position_.clear();
  if (!ws.steps()) {
    wrapped("No lesson is open. Pick one from the list above.", ctx.fonts.regular, palette::kTextDim);
    return;
  }
  shortcuts(ctx);
  navigation(ctx);
  const lesson::StepPlayer& steps = *ws.steps();
  const lesson::Step& step = steps.step();
  if (parsed_for_ != &step) {
    blocks_ = md::parse(step.body);
    parsed_for_ = &step;
  }
  ImGui::Spacing();
  // The title through the Markdown layout too: it wraps like the text below it.
  md::Block heading{md::Kind::Heading, 2, "", {{step.title, md::Style::Plain}}};
  draw_markdown({heading}, ctx.fonts, ImGui::GetContentRegionAvail().x);
  if (const auto held = ws.held_at()) {
    // Why the animation stopped: the step asks the class to look here.
    char line[96];
    std::snprintf(line, sizeof line, "❚❚  Paused at %.1f s for this step: Space plays on", *held);
    wrapped(line, ctx.fonts.bold, palette::kYellow);
  }
  if (!ws.run_error().empty()) {
    wrapped("The runs could not start: " + ws.run_error(), ctx.fonts.regular, palette::kVermilion);
  }
  ImGui::Separator();

  ImGui::BeginChild("##step", ImVec2(0.0f, 0.0f), false);
  // A new step starts at its top, not wherever the last one was scrolled to.
  const std::uint64_t identity = (static_cast<std::uint64_t>(*ws.current()) << 32) | steps.step_index();
  if (identity != scrolled_for_) {
    ImGui::SetScrollY(0.0f);
    scrolled_for_ = identity;
    // As if unrevealed: a step entered with its answers already out (come back
    // to, or shot at its end) opens on them.
    was_revealed_.assign(steps.question_count(), false);
    follow_answer_ = 0;
  }
  // A scrollbar's width kept free, so text never runs under it when one appears.
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  draw_markdown(blocks_, ctx.fonts, width);
  hits_.choices.resize(steps.question_count());
  hits_.reveal.resize(steps.question_count());
  for (std::size_t q = 0; q < steps.question_count(); ++q) question(ctx, q, width);
  ImGui::EndChild();
}

void LessonPanel::shortcuts(PanelContext& ctx) {
  if (keys::pressed(keys::Key::NextStep)) ctx.workspace->next_step();
  if (keys::pressed(keys::Key::PrevStep)) ctx.workspace->prev_step();
}

void LessonPanel::navigation(PanelContext& ctx) {
  Workspace& ws = *ctx.workspace;
  const lesson::StepPlayer& steps = *ws.steps();
  constexpr const char* kBack = "◀  Back";
  constexpr const char* kNext = "Next  ▶";
  if (key_button(kBack, "Previous step", keys::Key::PrevStep, 0.0f, !steps.at_first_step())) {
    ws.prev_step();
  }
  hits_.back = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  const std::string n = std::to_string(ws.steps()->step_index() + 1);
  const std::string of = std::to_string(ws.steps()->step_count());
  position_ = "step " + n + " of " + of;
  // The label centred between the buttons, Next at the right edge where a
  // reader's eye ends the line; "2/6" when the column is too narrow for words.
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float after_back = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  const float next_x = right - button_width(kNext);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const std::string shown = ImGui::CalcTextSize(position_.c_str()).x + gap * 2.0f <= next_x - after_back
                                ? position_
                                : n + "/" + of;
  const float label_w = ImGui::CalcTextSize(shown.c_str()).x;
  ImGui::SameLine(std::max(after_back + (next_x - after_back - label_w) * 0.5f, after_back + gap));
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, colour(palette::kTextDim));
  ImGui::TextUnformatted(shown.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(std::max(next_x, ImGui::GetCursorPosX() + gap));
  if (key_button(kNext, "Next step", keys::Key::NextStep, 0.0f, !ws.steps()->at_last_step())) {
    ws.next_step();
  }
  hits_.next = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void LessonPanel::question(PanelContext& ctx, std::size_t q, float width) {
  Workspace& ws = *ctx.workspace;
  const lesson::StepPlayer& steps = *ws.steps();
  const lesson::Question& question = steps.step().questions[q];
  const bool revealed = steps.revealed(q);
  const std::optional<int> chosen = steps.chosen(q);
  const Fonts& f = ctx.fonts;

  ImGui::Dummy(ImVec2(width, f.px * 0.5f));
  ImGui::PushID(static_cast<int>(q));
  wrapped(revealed ? "Question (answered)" : "Predict", f.small, palette::kOrange);
  draw_markdown({md::Block{md::Kind::Paragraph, 0, "", {{question.prompt, md::Style::Bold}}}}, f, width);
  hits_.choices[q].resize(question.choices.size());
  for (std::size_t c = 0; c < question.choices.size(); ++c) {
    ImGui::PushID(static_cast<int>(c));
    const int ci = static_cast<int>(c);
    const bool mine = chosen == ci;
    if (!revealed) {
      const float wrap_x = ImGui::GetCursorPosX() + width;
      if (ImGui::RadioButton("##choice", mine)) ws.choose(q, ci);
      const ImVec2 radio_min = ImGui::GetItemRectMin();
      ImGui::SameLine();
      ImGui::PushTextWrapPos(wrap_x);
      ImGui::TextUnformatted(question.choices[c].c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::IsItemClicked()) ws.choose(q, ci);  // the words choose too
      hits_.choices[q][c] = ImRect(radio_min, ImGui::GetItemRectMax());
    } else {
      // Marks, not radio buttons: the answer is settled. Shape and colour both.
      const bool right = ci == question.correct;
      const char* mark = right ? "✓" : (mine ? "✗" : " ");
      ImGui::PushFont(f.bold);
      ImGui::TextColored(colour(right ? palette::kGreen : palette::kVermilion), "%s", mark);
      ImGui::PopFont();
      ImGui::SameLine(f.px * 1.6f);
      const std::string text = question.choices[c] + (mine ? "   (your prediction)" : "");
      wrapped(text, right ? f.bold : f.regular, right || mine ? palette::kText : palette::kTextDim);
    }
    ImGui::PopID();
  }
  if (!revealed) {
    ImGui::Spacing();
    if (ImGui::Button("Reveal the answer")) ws.reveal(q);
    hits_.reveal[q] = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Show the answer now; it also shows when the runs reach their end");
    }
  } else {
    ImGui::Spacing();
    const auto right = steps.predicted_right(q);
    if (right) {
      wrapped(*right ? "✓  Your prediction was right." : "✗  Not this time.", f.bold,
              *right ? palette::kGreen : palette::kVermilion);
    }
    draw_markdown({md::Block{md::Kind::Paragraph, 0, "", md::parse_inline(question.explanation)}}, f, width);
    // Revealed just now (the runs reached their end, or Reveal): bring the
    // answer into view, since it usually sits below the step's text.
    if (q < was_revealed_.size() && !was_revealed_[q]) {
      follow_answer_ = 3;
      answer_ = q;
    }
    if (follow_answer_ > 0 && answer_ == q) {
      ImGui::SetScrollHereY(1.0f);
      --follow_answer_;
    }
  }
  if (q < was_revealed_.size()) was_revealed_[q] = revealed;
  ImGui::PopID();
}

}  // namespace ls::app
