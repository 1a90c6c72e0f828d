// The code panel's model (model/code_view.h): editing, Run through the
// interpreter's front end, Reset, errors in place, the book of shown variants.
#include "model/code_view.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "python/run.h"
#include "trace/timeline.h"

using namespace ls::app;

namespace {

constexpr const char* kLesson =
    "import asyncio\n"
    "\n"
    "async def main():\n"
    "    await asyncio.sleep(1)\n"
    "\n"
    "asyncio.run(main())\n";

struct Reruns {
  std::vector<std::pair<std::size_t, std::string>> calls;
  RerunFn fn() {
    return [this](std::size_t v, std::string text) { calls.emplace_back(v, std::move(text)); };
  }
};

}  // namespace

TEST_CASE("A syntax error is reported at CPython's line and column and editing goes on", "[app][code][edit]") {
  CodeView view("async", "async.py", kLesson);
  Reruns reruns;
  view.set_editing(true);
  REQUIRE(view.draft() == kLesson);
  // CPython 3.11 (compile(...)): line 3, offset 16, "invalid syntax".
  view.draft() = "import asyncio\n\nasync def main(:\n    pass\n";
  CHECK_FALSE(view.run(0, reruns.fn()));
  CHECK(reruns.calls.empty());
  CHECK(view.editing());
  REQUIRE(view.error().has_value());
  CHECK(view.error()->kind == CodeError::Kind::Syntax);
  CHECK(view.error()->line == 3);
  CHECK(view.error()->col == 16);
  CHECK(view.error()->headline() == "SyntaxError: invalid syntax");
  CHECK(view.error()->where() == "line 3:16");
  CHECK(view.text() == kLesson);  // what runs is unchanged
  CHECK_FALSE(view.error_stale());
  view.draft() += "x";
  CHECK(view.error_stale());
}

TEST_CASE("Other syntax errors map to CPython's positions too", "[app][code][edit]") {
  // Positions and messages from python3.11's compile() on the same texts.
  struct Case {
    const char* text;
    std::uint32_t line, col;
    const char* message;
  };
  const Case cases[] = {
      {"x = 1\nif x\n    print(x)\n", 2, 5, "expected ':'"},
      {"print(\"hi)\n", 1, 7, "unterminated string literal (detected at line 1)"},
      {"def f():\n    x = (1,\n    return x\n", 2, 9, "'(' was never closed"},
  };
  for (const Case& c : cases) {
    CodeView view("v", "v.py", "pass\n");
    view.set_editing(true);
    view.draft() = c.text;
    CHECK_FALSE(view.run(0, nullptr));
    REQUIRE(view.error().has_value());
    CHECK(view.error()->line == c.line);
    CHECK(view.error()->col == c.col);
    CHECK(view.error()->message == c.message);
  }
}

TEST_CASE("An edit that parses becomes the text and is handed to the re-run", "[app][code][edit]") {
  CodeView view("async", "async.py", kLesson);
  Reruns reruns;
  view.set_editing(true);
  view.draft() = "import asyncio\n\nasync def main():\n    await asyncio.sleep(2)\n\nasyncio.run(main())\n";
  REQUIRE(view.run(1, reruns.fn()));
  CHECK_FALSE(view.editing());
  CHECK_FALSE(view.error().has_value());
  CHECK(view.edited());
  CHECK(view.text() == view.draft());
  REQUIRE(reruns.calls.size() == 1);
  CHECK(reruns.calls[0].first == 1);
  CHECK(reruns.calls[0].second == view.text());
  CHECK(view.lines().size() == 6);
  CHECK(view.lines()[3].text == "    await asyncio.sleep(2)");
}

TEST_CASE("Reset restores the lesson's text and re-runs only if an edit ran", "[app][code][edit]") {
  CodeView view("async", "async.py", kLesson);
  Reruns reruns;
  SECTION("after an edit that ran") {
    view.set_editing(true);
    view.draft() = "print('changed')\n";
    REQUIRE(view.run(0, reruns.fn()));
    view.reset(0, reruns.fn());
    CHECK(view.text() == kLesson);
    CHECK(view.draft() == kLesson);
    CHECK_FALSE(view.edited());
    REQUIRE(reruns.calls.size() == 2);
    CHECK(reruns.calls[1].second == kLesson);
  }
  SECTION("after a draft with a syntax error that never ran") {
    view.set_editing(true);
    view.draft() = "def (:\n";
    CHECK_FALSE(view.run(0, reruns.fn()));
    view.reset(0, reruns.fn());
    CHECK(view.draft() == kLesson);
    CHECK_FALSE(view.error().has_value());
    CHECK_FALSE(view.editing());
    CHECK(reruns.calls.empty());
  }
}

TEST_CASE("Turning editing off keeps the draft for next time", "[app][code][edit]") {
  CodeView view("async", "async.py", kLesson);
  view.set_editing(true);
  view.draft() = "print(1)\n";
  view.set_editing(false);
  CHECK(view.text() == kLesson);
  CHECK(view.draft_pending());
  view.set_editing(true);
  CHECK(view.draft() == "print(1)\n");
}

TEST_CASE("A runtime traceback from the interpreter marks the innermost line", "[app][code][errors]") {
  const std::string program =
      "import asyncio\n"                 // 1
      "\n"                               // 2
      "\n"                               // 3
      "async def divide(a, b):\n"        // 4
      "    await asyncio.sleep(0.5)\n"   // 5
      "    return a / b\n"               // 6
      "\n"                               // 7
      "\n"                               // 8
      "async def main():\n"              // 9
      "    total = await divide(1, 0)\n"  // 10
      "    print(total)\n"               // 11
      "\n"                               // 12
      "asyncio.run(main())\n";           // 13
  std::ostringstream out, err;
  const auto r = ls::py::run_source("divide.py", program, ls::py::RunOptions{}, out, err);
  REQUIRE(r.exit_code == 1);
  CodeView view("async", "divide.py", program);
  view.set_runtime_error(err.str());
  REQUIRE(view.error().has_value());
  CHECK(view.error()->kind == CodeError::Kind::Runtime);
  CHECK(view.error()->line == 6);
  CHECK(view.error()->type == "ZeroDivisionError");
  CHECK(view.error()->message == "division by zero");
  view.set_runtime_error("");
  CHECK_FALSE(view.error().has_value());
}

TEST_CASE("The program's failure shows once the playhead reaches it", "[app][code][errors]") {
  // The same failing program; python3 reports the same innermost line (6).
  const std::string program =
      "import asyncio\n\n\nasync def divide(a, b):\n    await asyncio.sleep(0.5)\n    return a / b\n\n\n"
      "async def main():\n    total = await divide(1, 0)\n    print(total)\n\nasyncio.run(main())\n";
  std::ostringstream out, err;
  const auto r = ls::py::run_source("divide.py", program, ls::py::RunOptions{}, out, err);
  REQUIRE(r.loop != nullptr);
  const auto timeline = ls::trace::Timeline::fold(r.loop->trace());
  CodeView view("async", "divide.py", program);
  view.follow(&r.loop->trace(), &timeline);
  CHECK_FALSE(view.error_at(ls::trace::from_seconds(0.25)).has_value());
  const auto e = view.error_at(ls::trace::from_seconds(0.75));
  REQUIRE(e.has_value());
  CHECK(e->kind == CodeError::Kind::Runtime);
  CHECK(e->line == 6);
  CHECK(e->headline() == "ZeroDivisionError: division by zero");
  CHECK(e->col == 0);
  // With the traceback given too, its column joins the trace's line.
  view.set_runtime_error(
      "Traceback (most recent call last):\n  File \"divide.py\", line 6, in divide\n    return a / b\n"
      "           ~~^~~\nZeroDivisionError: division by zero\n");
  CHECK(view.error_at(ls::trace::from_seconds(0.75))->col == 12);
  CHECK_FALSE(view.error_at(ls::trace::from_seconds(0.25)).has_value());
}

TEST_CASE("A failed task whose exception the program handles is no error", "[app][code][errors]") {
  const std::string program =
      "import asyncio\n\nasync def bad():\n    raise ValueError('no')\n\n"
      "async def main():\n    r = await asyncio.gather(bad(), return_exceptions=True)\n    print(r)\n\n"
      "asyncio.run(main())\n";
  std::ostringstream out, err;
  const auto r = ls::py::run_source("ok.py", program, ls::py::RunOptions{}, out, err);
  REQUIRE(r.exit_code == 0);
  CodeView view("async", "ok.py", program);
  view.follow(&r.loop->trace(), nullptr);
  CHECK_FALSE(view.error_at(ls::trace::from_seconds(10.0)).has_value());
}

TEST_CASE("CPython's traceback markers give the error's column", "[app][code][errors]") {
  // python3.11's stderr for the program above, its library frames shortened.
  const std::string cpython =
      "Traceback (most recent call last):\n"
      "  File \"divide.py\", line 13, in <module>\n"
      "    asyncio.run(main())\n"
      "  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n"
      "    return runner.run(main)\n"
      "           ^^^^^^^^^^^^^^^^\n"
      "  File \"divide.py\", line 10, in main\n"
      "    total = await divide(1, 0)\n"
      "            ^^^^^^^^^^^^^^^^^^\n"
      "  File \"divide.py\", line 6, in divide\n"
      "    return a / b\n"
      "           ~~^~~\n"
      "ZeroDivisionError: division by zero\n";
  const std::string program = "\n\n\n\n\n    return a / b\n";
  const auto e = parse_traceback(cpython, "divide.py", program);
  REQUIRE(e.has_value());
  CHECK(e->line == 6);
  CHECK(e->col == 12);  // the a of a / b
  CHECK(e->headline() == "ZeroDivisionError: division by zero");
}

TEST_CASE("A message with no frame of this program marks no line", "[app][code][errors]") {
  const auto limit = parse_traceback("loopscope: time limit of 30 s exceeded: the program was stopped\n", "a.py");
  REQUIRE(limit.has_value());
  CHECK(limit->line == 0);
  CHECK(limit->type.empty());
  CHECK(limit->where().empty());
  CHECK(limit->headline() == "loopscope: time limit of 30 s exceeded: the program was stopped");
  const auto elsewhere = parse_traceback("Traceback (most recent call last):\n  File \"lib.py\", line 3, in f\nValueError: bad\n", "a.py");
  REQUIRE(elsewhere.has_value());
  CHECK(elsewhere->line == 0);
  CHECK(elsewhere->type == "ValueError");
  CHECK_FALSE(parse_traceback("", "a.py").has_value());
}

TEST_CASE("A step's pointers highlight their lines", "[app][code]") {
  CodeView view("async", "async.py", kLesson);
  view.set_points({{4, 4}, {6, 6}});
  CHECK(view.pointed(4));
  CHECK_FALSE(view.pointed(5));
  CHECK(view.pointed(6));
  CHECK(view.first_pointed() == 4);
}

TEST_CASE("The running task's line is the one to keep in view", "[app][code]") {
  std::vector<TaskMarker> ms(3);
  ms[0].line = 9;
  ms[0].since = 10;
  ms[0].has_state = true;
  ms[0].state = ls::trace::SpanState::Waiting;
  ms[1].line = 5;
  ms[1].since = 30;  // the latest to move
  ms[2].line = 12;
  ms[2].since = 20;
  CHECK(CodeView::focus_line(ms) == 5);
  ms[2].has_state = true;
  ms[2].state = ls::trace::SpanState::Running;
  CHECK(CodeView::focus_line(ms) == 12);
  CHECK(CodeView::focus_line({}) == 0);
}

TEST_CASE("Showing a variant again brings back its edits", "[app][code][book]") {
  CodeBook book;
  const CodeSource blocking{"blocking", "blocking.py", "print(1)\n", {}};
  const CodeSource async{"async", "async.py", kLesson, {{4, 4}}};
  book.show({blocking, async});
  REQUIRE(book.size() == 2);
  Reruns reruns;
  book.set_rerun(reruns.fn());
  book.view(1).set_editing(true);
  book.view(1).draft() = "print(2)\n";
  REQUIRE(book.run(1));
  REQUIRE(reruns.calls.size() == 1);
  CHECK(reruns.calls[0].first == 1);
  book.show({blocking});  // the next step shows one variant
  REQUIRE(book.size() == 1);
  CHECK(book.view(0).title() == "blocking");
  book.show({async, blocking});
  CHECK(book.view(0).text() == "print(2)\n");
  CHECK(book.view(0).pointed(4));
  book.reset(0);
  CHECK(book.view(0).text() == kLesson);
  REQUIRE(reruns.calls.size() == 2);
  CHECK(reruns.calls[1].first == 0);
}

TEST_CASE("An edit run without a session to re-run it hides the old run's markers", "[app][code][book]") {
  std::ostringstream out, err;
  const auto r = ls::py::run_source("async.py", kLesson, ls::py::RunOptions{}, out, err);
  REQUIRE(r.loop != nullptr);
  CodeView view("async", "async.py", kLesson);
  view.follow(&r.loop->trace(), nullptr);
  CHECK(view.markers_at(ls::trace::from_seconds(0.5)).size() == 1);
  view.set_editing(true);
  view.draft() = "print('other')\n";
  REQUIRE(view.run(0, nullptr));
  view.follow(&r.loop->trace(), nullptr);
  CHECK(view.markers_at(ls::trace::from_seconds(0.5)).empty());
  view.reset(0, nullptr);  // the lesson's text again: that run is its run
  view.follow(&r.loop->trace(), nullptr);
  CHECK(view.markers_at(ls::trace::from_seconds(0.5)).size() == 1);
}
