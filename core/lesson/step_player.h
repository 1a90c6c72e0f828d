// The lesson side of playback: which step the class is on, the predictions made
// and revealed, and where the playhead should stop next. The timeline cursor
// itself (position, speed, play/pause) is app/model/player.h; the app asks this
// class where to stop and tells it where the playhead got to.
//
// A question's life: open (a prediction can be chosen and changed) -> revealed
// (the answer and explanation show; the prediction is frozen). Revealing happens
// when the playhead reaches the end of the runs the step shows, or on demand.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "lesson/lesson.h"

namespace ls::lesson {

class StepPlayer {
 public:
  // `lesson` must outlive the player.
  explicit StepPlayer(const Lesson& lesson);

  const Lesson& lesson() const { return *lesson_; }
  std::size_t step_index() const { return step_; }
  std::size_t step_count() const { return lesson_->steps.size(); }
  const Step& step() const { return lesson_->steps[step_]; }
  bool at_first_step() const { return step_ == 0; }
  bool at_last_step() const { return step_ + 1 >= step_count(); }

  // PgDn / PgUp. Return false (and do nothing) at either end. Predictions and
  // reveals are kept per step, so going back shows them as they were.
  bool next();
  bool back();
  void go_to(std::size_t step);  // clamped to the last step
  // Back to the first step with every question open again.
  void restart();

  // The variants this step shows, in front-matter order.
  std::vector<const Variant*> shown_variants() const;

  // Questions of the current step, by index.
  std::size_t question_count() const { return step().questions.size(); }
  // Records a prediction; ignored once revealed or if out of range.
  void choose(std::size_t question, int choice);
  std::optional<int> chosen(std::size_t question) const;
  bool revealed(std::size_t question) const;
  // Whether the prediction matched; nullopt until revealed or with no prediction.
  std::optional<bool> predicted_right(std::size_t question) const;
  void reveal(std::size_t question);
  void reveal_all();

  // The first pause of this step strictly after `t` (seconds), if any.
  std::optional<double> next_pause(double t) const;
  // The playhead moves from `from` to `to` in one frame: the pause it crosses
  // or lands on, where it should stop instead. Strictly after `from`, so play
  // resumes from a pause without stopping there again.
  std::optional<double> pause_between(double from, double to) const;
  // Tells the player where the playhead is and where the shown runs end;
  // reaching the end reveals the step's questions (the run answered them).
  void on_playhead(double t, double runs_end);

 private:
  struct Answer {
    std::optional<int> chosen;
    bool revealed = false;
  };
  const Answer* answer(std::size_t question) const;

  const Lesson* lesson_;
  std::size_t step_ = 0;
  std::vector<std::vector<Answer>> answers_;  // [step][question]
};

}  // namespace ls::lesson
