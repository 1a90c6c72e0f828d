#include "model/totals.h"

#include <catch2/catch.hpp>

using namespace ls::app;
using ls::trace::from_seconds;

TEST_CASE("The totals line names both runs, their times and the speed-up", "[app][totals]") {
  const std::vector<RunTotal> runs{{"one after another", from_seconds(6.0), true},
                                   {"gathered", from_seconds(3.0), true}};
  CHECK(totals_line(runs) == "one after another 6.0 s · gathered 3.0 s · 2.0× faster");
}

TEST_CASE("A run the playhead has not finished shows an ellipsis and no speed-up", "[app][totals]") {
  const std::vector<RunTotal> runs{{"one after another", from_seconds(6.0), false},
                                   {"gathered", from_seconds(3.0), true}};
  CHECK(totals_line(runs) == "one after another … · gathered 3.0 s");
}

TEST_CASE("A slower second run is called slower, not a fraction faster", "[app][totals]") {
  const std::vector<RunTotal> runs{{"a", from_seconds(1.0), true}, {"b", from_seconds(4.0), true}};
  CHECK(totals_line(runs) == "a 1.0 s · b 4.0 s · 4.0× slower");
  CHECK(format_seconds(from_seconds(2.96)) == "3.0 s");
}
