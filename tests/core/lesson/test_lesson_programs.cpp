// The shipped lessons' programs really run. Those that use only CPython's own
// modules are run with python3 (when it is installed) and must succeed; their
// output is what Loopscope must print too.
//
// LOOPSCOPE SIDE: when core/python/run.h lands, lesson/runner.cpp's
// interpreter_runner() stops being empty and the checks below marked
// "with the interpreter" switch on: same stdout as python3, and the totals of
// issue 4 (lesson 3: 6.0 s and 2.0 s, lesson 1: 3.0 and 2.0, ...).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>

#include "lesson/loader.h"
#include "lesson/runner.h"
#include "lesson_helpers.h"

using namespace ls::lesson;
namespace fs = std::filesystem;

namespace {

struct Python3Run {
  int status = -1;
  std::string output;
};

bool have_python3() { return std::system("python3 -c pass >/dev/null 2>&1") == 0; }

// Runs `file` with python3 in its own folder; stdout only.
Python3Run run_python3(const std::string& folder, const std::string& file) {
  const std::string cmd = "cd '" + folder + "' && python3 '" + file + "' 2>/dev/null";
  Python3Run r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.output.append(buf, n);
  r.status = pclose(pipe);
  return r;
}

}  // namespace

TEST_CASE("stdlib-only lesson programs run under python3", "[lesson][programs][python3]") {
  if (!have_python3()) {
    WARN("python3 is not installed; skipped");
    return;
  }
  const Catalog c = load_catalog(test::source_path("lessons"));
  REQUIRE(c.problems.empty());
  // Most programs mostly sleep, so they run side by side: the test takes as long
  // as the slowest program, not the sum.
  std::map<std::string, std::future<Python3Run>> runs;
  for (const auto& l : c.lessons)
    for (const auto& v : l.variants)
      if (v.stdlib_only) runs[v.path] = std::async(std::launch::async, run_python3, l.folder, v.file);
  CHECK(runs.size() >= 15);
  const ProgramRunner interpreter = interpreter_runner();
  for (auto& [path, f] : runs) {
    const Python3Run r = f.get();
    INFO(path);
    CHECK(r.status == 0);
    CHECK_FALSE(r.output.empty());
    if (interpreter) {  // with the interpreter
      // Elapsed times are printed to 0.1 s; python3's real clock adds a few
      // milliseconds, which a loaded machine can push past a rounding edge.
      // The golden tests compare byte for byte; here a mismatch is shown.
      RunRequest req;
      req.path = path;
      std::ifstream in(path);
      req.text.assign(std::istreambuf_iterator<char>(in), {});
      const RunOutcome o = interpreter(req);
      CHECK(o.ok);
      CHECK(o.output == r.output);
    }
  }
}

TEST_CASE("each variant's total, from really running it", "[lesson][programs][totals]") {
  const ProgramRunner interpreter = interpreter_runner();
  if (!interpreter) {
    WARN("totals not checked: " << runner_unavailable_reason());
    return;
  }
  const Catalog c = load_catalog(test::source_path("lessons"));
  std::map<std::string, std::map<std::string, double>> totals;
  for (const auto& l : c.lessons) {
    std::map<std::string, double> by_name;
    for (const auto& t : compute_totals(l, interpreter)) {
      INFO(l.id << " " << t.name << ": " << t.error);
      REQUIRE(t.total_seconds);
      by_name[t.name] = *t.total_seconds;
    }
    for (const auto& p : check_pauses(l, by_name)) FAIL_CHECK(p.to_string());
    totals[l.id] = by_name;
  }
  using Catch::Detail::Approx;
  CHECK(totals["hello-world"]["blocking"] == Approx(3.0).margin(0.05));
  CHECK(totals["hello-world"]["async"] == Approx(2.0).margin(0.05));
  CHECK(totals["first-coroutines"]["blocking"] == Approx(2.0).margin(0.05));
  CHECK(totals["first-coroutines"]["async"] == Approx(1.0).margin(0.05));
  CHECK(totals["first-coroutines"]["sync_inside"] == Approx(2.0).margin(0.05));
  CHECK(totals["gather-order"]["blocking"] == Approx(6.0).margin(0.05));
  CHECK(totals["gather-order"]["async"] == Approx(2.0).margin(0.05));
  CHECK(totals["gather-order"]["uneven"] == Approx(3.0).margin(0.05));
  // Lesson 4: one download is 0.2 s + 800 KB at 1 MB/s = 1.0 s.
  CHECK(totals["requests-blocks"]["blocking"] == Approx(3.0).margin(0.15));
  CHECK(totals["requests-blocks"]["fixed"] == Approx(1.0).margin(0.15));
  CHECK(totals["requests-blocks"]["threaded"] == Approx(1.0).margin(0.15));
  CHECK(totals["download-class"]["blocking"] == Approx(6.3).margin(0.1));
  CHECK(totals["download-class"]["async"] == Approx(3.1).margin(0.1));
  CHECK(totals["task-scheduling"]["awaited"] == Approx(2.0).margin(0.05));
  CHECK(totals["task-scheduling"]["tasks"] == Approx(1.0).margin(0.05));
  CHECK(totals["gather-exceptions"]["fail_fast"] == Approx(4.0).margin(0.05));
  CHECK(totals["gather-exceptions"]["collect"] == Approx(3.0).margin(0.05));
  CHECK(totals["cancel-timeout"]["cancel"] == Approx(1.0).margin(0.05));
  CHECK(totals["cancel-timeout"]["wait_for"] == Approx(1.0).margin(0.05));
  CHECK(totals["cancel-timeout"]["timeout"] == Approx(1.5).margin(0.05));
  // Lesson 9: the shared 2 MB/s link, not the number of connections, sets the pace.
  CHECK(totals["semaphore-shared-link"]["one_by_one"] == Approx(6.6).margin(0.1));
  CHECK(totals["semaphore-shared-link"]["all_at_once"] == Approx(3.1).margin(0.1));
  CHECK(totals["semaphore-shared-link"]["limited"] == Approx(3.3).margin(0.1));
}
