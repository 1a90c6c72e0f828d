// Test-only: a small lessons folder written to a temporary directory (two good
// lessons and a broken one), and a run factory that gives each variant a native
// loop with a known length, so Workspace tests need no interpreter.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "model/programs.h"
#include "model/workspace.h"

namespace ls::app::test {

class LessonFolder {
 public:
  LessonFolder() {
    static int serial = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("loopscope-lessons-" + std::to_string(::getpid()) + "-" + std::to_string(serial++));
    std::filesystem::remove_all(dir_);
    write_lesson("02-beta", "beta", "Second lesson", 2, kBetaSteps);
    write_lesson("01-alpha", "alpha", "First lesson", 1, kAlphaSteps);
    // No front matter: the loader reports it at line 1; the others still load.
    write("03-broken/lesson.md", "Just some text.\n");
  }
  ~LessonFolder() { std::filesystem::remove_all(dir_); }
  LessonFolder(const LessonFolder&) = delete;
  LessonFolder& operator=(const LessonFolder&) = delete;

  std::string path() const { return dir_.string(); }

  // Steps of "alpha": both variants with a question; blocking alone with two
  // pauses; blocking again; async alone.
  static constexpr const char* kAlphaSteps = R"(--- Both runs
point: blocking.py:4

Two **runs** of the `same` jobs.

question: Which run is faster?
- [ ] blocking
- [x] async
explain: The async one overlaps its waits.

--- Blocking alone
show: blocking
pause: 1.0, 2.5

Look at the blocking run.

--- Blocking again
show: blocking

Still the blocking run.

--- Async alone
show: async

Now the async run.
)";
  static constexpr const char* kBetaSteps = R"(--- Only step
show: async

The async run alone.
)";

 private:
  void write(const std::string& rel, const std::string& text) {
    const auto file = dir_ / rel;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << text;
  }
  void write_lesson(const std::string& folder, const std::string& id, const std::string& title,
                    int order, const char* steps) {
    write(folder + "/lesson.md", "---\nid: " + id + "\ntitle: " + title + "\nsource: doc-" + id +
                                     ".txt\norder: " + std::to_string(order) +
                                     "\nvariants:\n  blocking: blocking.py\n  async: async.py\n---\n\n" +
                                     steps);
    write(folder + "/blocking.py", "import time\n\n\ndef main():\n    time.sleep(1)\n    print(\"done\")\n\n\nmain()\n");
    write(folder + "/async.py", "import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    print(\"done\")\n\n\nasyncio.run(main())\n");
  }

  std::filesystem::path dir_;
};

// blocking -> the demo's downloads one after another (6 s), async -> gathered (3 s).
inline RunSpec native_runs(const lesson::Lesson&, const lesson::Variant& v, const std::string&) {
  if (v.name == "blocking") return {v.name, [] { return programs::downloads_one_after_another(); }};
  if (v.name == "async") return {v.name, [] { return programs::downloads_gathered(); }};
  throw std::runtime_error("no native run for " + v.name);
}

}  // namespace ls::app::test
