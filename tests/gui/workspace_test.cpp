// The Workspace: the lesson library, steps, pauses and questions driving the
// Session, with native loops standing in for the lessons' programs.
#include "model/workspace.h"

#include <catch2/catch.hpp>

#include "lesson_fixture.h"
#include "model/lesson_code.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

using namespace ls::app;
using ls::trace::from_seconds;
using ls::trace::to_seconds;

namespace {

struct Rig {
  test::LessonFolder folder;
  Workspace ws{load_library(folder.path()), test::native_runs};

  double playhead() const { return to_seconds(ws.session().player().position()); }
  std::vector<std::string> run_titles() const {
    std::vector<std::string> out;
    for (const SessionRun& r : ws.session().runs()) out.push_back(r.title);
    return out;
  }
};

}  // namespace

TEST_CASE("The library lists lessons in their order and keeps a broken one with its problem",
          "[app][workspace][library]") {
  test::LessonFolder folder;
  const auto lib = load_library(folder.path());
  REQUIRE(lib.size() == 3);
  CHECK(lib[0].lesson->id == "alpha");
  CHECK(lib[1].lesson->id == "beta");
  CHECK(lib[0].lesson->source == "doc-alpha.txt");
  CHECK(lib[0].problems.empty());
  CHECK_FALSE(lib[2].usable());
  CHECK(lib[2].name() == "03-broken");
  REQUIRE_FALSE(lib[2].problems.empty());
  const std::string where = lib[2].problems[0].to_string();
  CHECK(where.find("03-broken/lesson.md:1:") != std::string::npos);
}

TEST_CASE("A missing lessons folder gives an empty library and says why", "[app][workspace][library]") {
  std::string why;
  CHECK(load_library("/nonexistent/lessons", &why).empty());
  CHECK(why == "/nonexistent/lessons: no such folder");
}

TEST_CASE("Restoring without a remembered lesson opens the first one with the runs its step shows",
          "[app][workspace]") {
  Rig rig;
  CHECK(rig.ws.lesson() == nullptr);
  CHECK(rig.ws.session().runs().empty());
  REQUIRE(rig.ws.restore(Settings{}));
  CHECK(rig.ws.lesson()->id == "alpha");
  CHECK(rig.ws.steps()->step_index() == 0);
  CHECK(rig.run_titles() == std::vector<std::string>{"blocking", "async"});
  CHECK(rig.ws.session().duration() == from_seconds(6.0));
  CHECK(rig.playhead() == 0.0);
  CHECK(rig.ws.run_error().empty());
}

TEST_CASE("A step that shows other variants rebuilds the session; one that shows the same does not",
          "[app][workspace][steps]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  Session* const same_object = &rig.ws.session();
  const auto g0 = rig.ws.generation();
  REQUIRE(rig.ws.next_step());  // blocking alone, pauses at 1.0 and 2.5
  CHECK(rig.run_titles() == std::vector<std::string>{"blocking"});
  CHECK(rig.ws.generation() == g0 + 1);
  CHECK(&rig.ws.session() == same_object);  // panels' references stay valid
  CHECK(rig.playhead() == Approx(1.0));     // at the step's first pause
  CHECK_FALSE(rig.ws.session().player().playing());
  // The run was taken as far as the playhead: the first download (0-1 s) is done.
  CHECK(rig.ws.session().runs()[0].run.now() >= from_seconds(1.0));

  rig.ws.session().player().seek(from_seconds(4.0));
  REQUIRE(rig.ws.next_step());  // blocking again: same runs, playhead back to the start
  CHECK(rig.ws.generation() == g0 + 1);
  CHECK(rig.playhead() == 0.0);
  REQUIRE(rig.ws.next_step());  // async alone
  CHECK(rig.run_titles() == std::vector<std::string>{"async"});
  CHECK(rig.ws.session().duration() == from_seconds(3.0));
  CHECK_FALSE(rig.ws.next_step());  // the last step
  REQUIRE(rig.ws.prev_step());
  CHECK(rig.run_titles() == std::vector<std::string>{"blocking"});
  rig.ws.go_to_step(0);
  CHECK_FALSE(rig.ws.prev_step());
  CHECK(rig.ws.steps()->step_index() == 0);
}

TEST_CASE("Playing stops at each pause point of the step and goes on when played again",
          "[app][workspace][pause]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  rig.ws.next_step();  // pauses at 1.0 and 2.5; the playhead starts on 1.0
  Player& p = rig.ws.session().player();
  p.play();
  rig.ws.tick(1.0);  // 1.0 -> 2.0: no pause in between
  CHECK(rig.playhead() == Approx(2.0));
  CHECK(p.playing());
  CHECK_FALSE(rig.ws.held_at().has_value());
  rig.ws.tick(1.0);  // would reach 3.0: stops on 2.5
  CHECK(rig.playhead() == Approx(2.5));
  CHECK_FALSE(p.playing());
  CHECK(rig.ws.held_at() == 2.5);
  rig.ws.tick(1.0);  // paused: stays
  CHECK(rig.playhead() == Approx(2.5));
  p.play();
  rig.ws.tick(0.5);  // from a pause, play goes on past it
  CHECK(rig.playhead() == Approx(3.0));
  CHECK(p.playing());
  CHECK_FALSE(rig.ws.held_at().has_value());
}

TEST_CASE("Reaching the end of the runs reveals the step's questions", "[app][workspace][questions]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  const auto* steps = rig.ws.steps();
  REQUIRE(steps->question_count() == 1);
  rig.ws.choose(0, 0);  // "blocking": wrong
  CHECK(steps->chosen(0) == 0);
  rig.ws.session().player().play();
  rig.ws.tick(3.0);
  CHECK_FALSE(steps->revealed(0));  // 3 s of 6: not yet
  rig.ws.choose(0, 1);  // a prediction can still change
  rig.ws.tick(5.0);
  CHECK(rig.ws.session().player().at_end());
  CHECK(steps->revealed(0));
  CHECK(steps->predicted_right(0) == true);
  rig.ws.choose(0, 0);  // frozen once revealed
  CHECK(steps->chosen(0) == 1);
}

TEST_CASE("A question can be revealed before the run ends", "[app][workspace][questions]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  rig.ws.reveal(0);
  CHECK(rig.ws.steps()->revealed(0));
  CHECK_FALSE(rig.ws.steps()->predicted_right(0).has_value());  // nothing was chosen
}

TEST_CASE("The settings remember the lesson and step, and restoring goes back there",
          "[app][workspace][settings]") {
  Rig rig;
  REQUIRE(rig.ws.open(*rig.ws.find("beta")));
  Settings s;
  rig.ws.remember(s);
  CHECK(s.last_lesson == "beta");
  CHECK(s.last_step == 0);
  rig.ws.open(*rig.ws.find("alpha"), 2);
  rig.ws.remember(s);
  CHECK(s.last_lesson == "alpha");
  CHECK(s.last_step == 2);

  Workspace again(load_library(rig.folder.path()), test::native_runs);
  REQUIRE(again.restore(s));
  CHECK(again.lesson()->id == "alpha");
  CHECK(again.steps()->step_index() == 2);
  // A lesson that is gone (renamed, deleted) falls back to the first one.
  s.last_lesson = "gone";
  REQUIRE(again.restore(s));
  CHECK(again.lesson()->id == "alpha");
  CHECK(again.steps()->step_index() == 0);
}

TEST_CASE("A broken lesson cannot be opened and leaves the open one as it was", "[app][workspace]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  CHECK_FALSE(rig.ws.open(2));
  CHECK_FALSE(rig.ws.open(99));
  CHECK(rig.ws.lesson()->id == "alpha");
  CHECK_FALSE(rig.ws.find("broken").has_value());
}

TEST_CASE("A variant that cannot be made into a run shows why and leaves an empty session",
          "[app][workspace]") {
  test::LessonFolder folder;
  Workspace ws(load_library(folder.path()), [](const ls::lesson::Lesson&, const ls::lesson::Variant& v, const std::string&) -> RunSpec {
    throw std::runtime_error(v.path + ": cannot be read");
  });
  REQUIRE(ws.restore(Settings{}));
  CHECK(ws.run_error().find("blocking.py: cannot be read") != std::string::npos);
  CHECK(ws.session().runs().empty());
  ws.session().player().play();
  ws.tick(1.0);  // nothing to run, nothing breaks
  CHECK(ws.steps()->revealed(0) == false);
}

TEST_CASE("A workspace without lessons plays its fixed session", "[app][workspace]") {
  Workspace ws(make_demo_session());
  CHECK(ws.library().empty());
  CHECK(ws.steps() == nullptr);
  CHECK_FALSE(ws.next_step());
  CHECK_FALSE(ws.restore(Settings{}));
  ws.session().player().play();
  ws.tick(2.0);
  CHECK(to_seconds(ws.session().player().position()) == Approx(2.0));
}

TEST_CASE("An edited program runs in place of the file's until Reset gives the file back",
          "[app][workspace][edit]") {
  test::LessonFolder folder;
  auto given = std::make_shared<std::vector<std::string>>();
  Workspace ws(load_library(folder.path()),
               [given](const ls::lesson::Lesson& l, const ls::lesson::Variant& v, const std::string& src) {
                 given->push_back(v.name + ":" + src);
                 return test::native_runs(l, v, src);
               });
  REQUIRE(ws.restore(Settings{}));
  REQUIRE(ws.shown() == std::vector<std::string>{"blocking", "async"});
  const std::string file_text = ws.lesson_source("async");
  CHECK(file_text.find("asyncio.sleep(1)") != std::string::npos);
  CHECK(given->back() == "async:" + file_text);
  const auto g = ws.generation();
  ws.rerun(1, "print('edited')\n");
  CHECK(ws.generation() == g + 1);
  CHECK(given->back() == "async:print('edited')\n");
  CHECK(ws.source("async") == "print('edited')\n");
  CHECK(ws.source("blocking") == ws.lesson_source("blocking"));
  ws.next_step();  // blocking alone; the edit is kept for when async shows again
  ws.go_to_step(3);
  CHECK(given->back() == "async:print('edited')\n");
  ws.rerun(0, file_text);  // Reset
  CHECK(ws.source("async") == file_text);
  CHECK(given->back() == "async:" + file_text);
  ws.rerun(5, "ignored");  // no such shown variant: nothing happens
  CHECK(ws.source("async") == file_text);
}

TEST_CASE("The code panel gets the step's variants in the session's order with their pointed lines",
          "[app][workspace][code]") {
  Rig rig;
  REQUIRE(rig.ws.restore(Settings{}));
  const auto sources = code_sources(rig.ws);
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].title == "blocking");
  CHECK(sources[0].file.ends_with("01-alpha/blocking.py"));
  CHECK(sources[0].text.find("time.sleep(1)") != std::string::npos);
  REQUIRE(sources[0].points.size() == 1);  // point: blocking.py:4
  CHECK(sources[0].points[0].first == 4);
  CHECK(sources[0].points[0].last == 4);
  CHECK(sources[1].title == "async");
  CHECK(sources[1].points.empty());
}

TEST_CASE("A folder named lessons that holds no lessons is not taken for the lessons folder",
          "[app][workspace][library]") {
  // ctest runs the GUI tests where a test writes its lesson pictures to "lessons/".
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("loopscope-cwd-" + std::to_string(::getpid()));
  fs::create_directories(dir / "lessons" / "shots");
  std::ofstream(dir / "lessons" / "shots" / "hello.png") << "not a lesson";
  const fs::path before = fs::current_path();
  ::unsetenv("LOOPSCOPE_LESSONS");
  fs::current_path(dir);
  const std::string pictures = default_lessons_dir();
  fs::create_directories(dir / "lessons" / "01-hello");
  std::ofstream(dir / "lessons" / "01-hello" / "lesson.md") << "id: hello\n";
  const std::string real = default_lessons_dir();
  fs::current_path(before);
  fs::remove_all(dir);
  CHECK(pictures != "lessons");
  CHECK(real == "lessons");
}
