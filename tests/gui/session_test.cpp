// The app's runs against the real event loop and the built-in demo.
#include "model/session.h"

#include <map>
#include <utility>

#include "model/exports.h"
#include "model/programs.h"

#include <catch2/catch.hpp>

#include "loop/demo.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {
LazyRun sequential() { return LazyRun(ls::demo::make_download_demo(ls::demo::Variant::Sequential)); }
}  // namespace

TEST_CASE("A lazy run steps the loop only as far as the playhead", "[app][session][lazy]") {
  LazyRun run = sequential();
  run.advance_to(from_seconds(1.5));
  CHECK_FALSE(run.finished());
  // The clock may pass the playhead by the one step that crossed it, never more:
  // the second download (1 s to 3 s) has started but not finished.
  CHECK(run.now() > from_seconds(1.5));
  CHECK(run.now() <= from_seconds(3.0));
  REQUIRE_FALSE(run.timeline().lanes().empty());
  run.advance_to(from_seconds(10.0));
  CHECK(run.finished());
  CHECK(run.total() == from_seconds(6.0));
}

TEST_CASE("Moving a lazy run's target back runs nothing", "[app][session][lazy]") {
  LazyRun run = sequential();
  run.advance_to(from_seconds(2.0));
  const auto events = run.trace().size();
  CHECK_FALSE(run.advance_to(from_seconds(0.5)));
  CHECK(run.trace().size() == events);
}

TEST_CASE("The demo session knows both totals before playing and reveals them as it plays", "[app][session]") {
  Session s = make_demo_session();
  CHECK(s.duration() == from_seconds(6.0));
  CHECK(totals_line(s.totals()) == "one after another … · gathered …");
  s.player().seek(from_seconds(3.5));
  s.sync();
  CHECK(totals_line(s.totals()) == "one after another … · gathered 3.0 s");
  s.player().play();
  s.tick(10.0);
  CHECK(s.player().at_end());
  CHECK(totals_line(s.totals()) == "one after another 6.0 s · gathered 3.0 s · 2.0× faster");
}

TEST_CASE("The gathered run has a lane per download, labelled with its call", "[app][session]") {
  Session s = make_demo_session();
  s.player().jump_to_end();
  s.sync();
  const auto& lanes = s.runs()[1].run.timeline().lanes();
  REQUIRE(lanes.size() == 4);
  CHECK(lanes[1].label == "Task-2 · download(1)");
  CHECK(lanes[3].label == "Task-4 · download(3)");
  CHECK(lanes[3].outcome == ls::trace::Outcome::Done);
}

TEST_CASE("The merged Chrome trace keeps each run's wake-up flows to that run", "[app][session][export]") {
  // The gathered demo twice: both runs' flows are numbered from 1.
  Session s({{"first", [] { return programs::downloads_gathered(); }},
             {"second", [] { return programs::downloads_gathered(); }}});
  s.player().jump_to_end();
  s.sync(RunSource::kNoBudget);
  const nlohmann::json doc = merged_chrome_trace(s.runs());
  // id -> (pid of its start, pid of its finish); each id one start and one finish.
  std::map<std::uint64_t, std::pair<int, int>> flows;
  std::size_t n = 0;
  for (const auto& e : doc["traceEvents"]) {
    if (e["ph"] != "s" && e["ph"] != "f") continue;
    ++n;
    auto& f = flows[e["id"].get<std::uint64_t>()];
    (e["ph"] == "s" ? f.first : f.second) = e["pid"].get<int>();
  }
  REQUIRE(n > 0);
  CHECK(flows.size() * 2 == n);
  std::map<int, int> per_run;
  for (const auto& [id, ends] : flows) {
    CHECK(ends.first == ends.second);
    ++per_run[ends.first];
  }
  CHECK(per_run.size() == 2);  // both runs have arrows, none joins the two
}
