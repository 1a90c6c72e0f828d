// Every folder in tests/lessons_bad/ is a lesson with known mistakes; the loader
// must report exactly the problems its expected.txt lists, and never crash.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "lesson/loader.h"
#include "lesson_helpers.h"

using namespace ls::lesson;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) lines.push_back(l);
  return lines;
}

}  // namespace

TEST_CASE("each broken lesson folder reports exactly the problems it expects", "[lesson][loader]") {
  const std::string root = test::source_path("tests/lessons_bad");
  int folders = 0;
  for (const auto& e : fs::directory_iterator(root)) {
    if (!e.is_directory()) continue;
    ++folders;
    const std::string folder = e.path().string();
    SECTION(e.path().filename().string()) {
      const auto expected = read_lines(folder + "/expected.txt");
      REQUIRE_FALSE(expected.empty());
      const LoadResult r = load_lesson(folder);
      CHECK_FALSE(r.lesson.has_value());
      auto got = test::relative(r.problems, folder + "/");
      auto want = expected;
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      CHECK(got == want);
    }
  }
  CHECK(folders >= 10);
}

TEST_CASE("an empty folder is reported as empty, not as a crash", "[lesson][loader]") {
  const fs::path dir = fs::temp_directory_path() / "loopscope-empty-lesson-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const LoadResult r = load_lesson(dir.string());
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].to_string() == dir.string() +
                                         ": the folder is empty: a lesson needs lesson.md and the programs it names");
  CHECK(check_path(dir.string()).size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("one bad lesson does not stop the others from loading", "[lesson][loader]") {
  const fs::path dir = fs::temp_directory_path() / "loopscope-mixed-catalog-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(test::source_path("lessons/01-hello-world"), dir / "01-good");
  fs::copy(test::source_path("tests/lessons_bad/unknown-variant"), dir / "02-bad");
  const Catalog c = load_catalog(dir.string());
  REQUIRE(c.lessons.size() == 1);
  CHECK(c.lessons[0].id == "hello-world");
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].file == (dir / "02-bad" / "lesson.md").string());
  fs::remove_all(dir);
}

TEST_CASE("a missing path and a file that is not a program are reported", "[lesson][loader]") {
  auto p = check_path("/nonexistent/loopscope/lesson");
  REQUIRE(p.size() == 1);
  CHECK(p[0].message == "no such file or folder");
  p = check_path(test::source_path("tests/lessons_bad/README.md"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].message == "is neither a lesson folder nor a .py program");
}

TEST_CASE("a single program is checked for syntax, UTF-8 and imports", "[lesson][loader]") {
  CHECK(check_program_text("ok.py", "import asyncio\nprint('hi')\n").empty());
  auto p = check_program_text("bad.py", "x = (1,\n");
  REQUIRE(p.size() == 1);
  CHECK(p[0].line >= 1);
  CHECK(p[0].message.rfind("SyntaxError: ", 0) == 0);
  p = check_program_text("bytes.py", "print('a')\nprint('\xff')\n");
  REQUIRE(p.size() == 1);
  CHECK(p[0].to_string() == "bytes.py:2: is not valid UTF-8 (the first bad byte is on this line); save it as UTF-8");
  bool stdlib = true;
  CHECK(check_program_text("net.py", "import asyncio\nfrom aiohttp import ClientSession\n", &stdlib).empty());
  CHECK_FALSE(stdlib);
  p = check_program_text("os.py", "from os import path\n");
  REQUIRE(p.size() == 1);
  CHECK(p[0].line == 1);
}
