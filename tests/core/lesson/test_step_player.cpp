// The lesson-step player: steps, predictions, reveals and pause points.
#include <catch2/catch.hpp>

#include "lesson/step_player.h"

using namespace ls::lesson;

namespace {

Lesson sample() {
  Lesson l;
  l.variants = {Variant{"blocking", "blocking.py", "", 1, true}, Variant{"async", "async.py", "", 2, true}};
  Step a;
  a.title = "one";
  a.show = {"async"};
  a.pauses = {0.5, 1.0};
  Question q;
  q.prompt = "How long?";
  q.choices = {"1 s", "2 s", "3 s"};
  q.correct = 1;
  q.explanation = "Overlap.";
  a.questions = {q, q};
  Step b;
  b.title = "two";
  l.steps = {a, b};
  return l;
}

}  // namespace

TEST_CASE("next and back move between steps and stop at either end", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  CHECK(p.at_first_step());
  CHECK_FALSE(p.back());
  CHECK(p.next());
  CHECK(p.step().title == "two");
  CHECK(p.at_last_step());
  CHECK_FALSE(p.next());
  CHECK(p.back());
  p.go_to(99);
  CHECK(p.step_index() == 1);
}

TEST_CASE("a step shows its listed variants, or all of them", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  REQUIRE(p.shown_variants().size() == 1);
  CHECK(p.shown_variants()[0]->name == "async");
  p.next();
  CHECK(p.shown_variants().size() == 2);
}

TEST_CASE("a prediction can change until revealed, then it is frozen", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  CHECK_FALSE(p.chosen(0));
  p.choose(0, 2);
  p.choose(0, 0);
  p.choose(0, 7);  // out of range: ignored
  CHECK(*p.chosen(0) == 0);
  CHECK_FALSE(p.predicted_right(0));  // not revealed yet
  p.reveal(0);
  p.choose(0, 1);
  CHECK(*p.chosen(0) == 0);
  CHECK(*p.predicted_right(0) == false);
  CHECK_FALSE(p.revealed(1));
  CHECK_FALSE(p.revealed(5));
}

TEST_CASE("reaching the end of the runs reveals the step's questions", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  p.choose(1, 1);
  p.on_playhead(1.5, 2.0);
  CHECK_FALSE(p.revealed(1));
  p.on_playhead(2.0, 2.0);
  CHECK(p.revealed(0));
  CHECK(*p.predicted_right(1));
}

TEST_CASE("reveals are kept per step and cleared by restart", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  p.reveal_all();
  p.next();
  CHECK(p.question_count() == 0);
  p.back();
  CHECK(p.revealed(0));
  p.restart();
  CHECK_FALSE(p.revealed(0));
  CHECK(p.step_index() == 0);
}

TEST_CASE("the playhead stops at each pause once, in order", "[lesson][player]") {
  const Lesson l = sample();
  StepPlayer p(l);
  CHECK(*p.next_pause(0) == 0.5);
  CHECK_FALSE(p.pause_between(0.0, 0.4));
  CHECK(*p.pause_between(0.4, 0.6) == 0.5);
  // Resuming from the pause itself does not stop there again.
  CHECK(*p.pause_between(0.5, 2.0) == 1.0);
  CHECK_FALSE(p.pause_between(1.0, 3.0));
  p.next();
  CHECK_FALSE(p.next_pause(0));
}

TEST_CASE("a lesson without steps is safe to play", "[lesson][player]") {
  Lesson l;
  StepPlayer p(l);
  CHECK(p.step_count() == 0);
  CHECK_FALSE(p.next());
  CHECK(p.shown_variants().empty());
  CHECK_FALSE(p.next_pause(0));
  p.choose(0, 0);
  p.reveal_all();
  CHECK_FALSE(p.revealed(0));
}
