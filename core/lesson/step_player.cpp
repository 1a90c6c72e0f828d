#include "lesson/step_player.h"

#include <algorithm>

namespace ls::lesson {

StepPlayer::StepPlayer(const Lesson& lesson) : lesson_(&lesson) { restart(); }

void StepPlayer::restart() {
  step_ = 0;
  answers_.clear();
  for (const auto& s : lesson_->steps) answers_.emplace_back(s.questions.size());
}

bool StepPlayer::next() {
  if (at_last_step()) return false;
  ++step_;
  return true;
}

bool StepPlayer::back() {
  if (step_ == 0) return false;
  --step_;
  return true;
}

void StepPlayer::go_to(std::size_t step) {
  step_ = step_count() == 0 ? 0 : std::min(step, step_count() - 1);
}

std::vector<const Variant*> StepPlayer::shown_variants() const {
  std::vector<const Variant*> out;
  if (step_count() == 0) return out;
  const auto& show = step().show;
  for (const auto& v : lesson_->variants)
    if (show.empty() || std::find(show.begin(), show.end(), v.name) != show.end()) out.push_back(&v);
  return out;
}

const StepPlayer::Answer* StepPlayer::answer(std::size_t question) const {
  if (step_ >= answers_.size() || question >= answers_[step_].size()) return nullptr;
  return &answers_[step_][question];
}

void StepPlayer::choose(std::size_t question, int choice) {
  const Answer* a = answer(question);
  if (!a || a->revealed) return;
  const auto& q = step().questions[question];
  if (choice < 0 || choice >= static_cast<int>(q.choices.size())) return;
  answers_[step_][question].chosen = choice;
}

std::optional<int> StepPlayer::chosen(std::size_t question) const {
  const Answer* a = answer(question);
  return a ? a->chosen : std::nullopt;
}

bool StepPlayer::revealed(std::size_t question) const {
  const Answer* a = answer(question);
  return a && a->revealed;
}

std::optional<bool> StepPlayer::predicted_right(std::size_t question) const {
  const Answer* a = answer(question);
  if (!a || !a->revealed || !a->chosen) return std::nullopt;
  return *a->chosen == step().questions[question].correct;
}

void StepPlayer::reveal(std::size_t question) {
  if (answer(question)) answers_[step_][question].revealed = true;
}

void StepPlayer::reveal_all() {
  if (step_ < answers_.size())
    for (auto& a : answers_[step_]) a.revealed = true;
}

std::optional<double> StepPlayer::next_pause(double t) const {
  if (step_count() == 0) return std::nullopt;
  for (double p : step().pauses)
    if (p > t) return p;
  return std::nullopt;
}

std::optional<double> StepPlayer::pause_between(double from, double to) const {
  const auto p = next_pause(from);
  if (p && *p <= to) return p;
  return std::nullopt;
}

void StepPlayer::on_playhead(double t, double runs_end) {
  if (t >= runs_end) reveal_all();
}

}  // namespace ls::lesson
