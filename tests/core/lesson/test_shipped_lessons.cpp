// The lessons in lessons/ are what a class sees: each must load without a single
// problem and keep to the shape issue 4 asks for.
#include <catch2/catch.hpp>

#include <set>

#include "lesson/loader.h"
#include "lesson_helpers.h"

using namespace ls::lesson;

TEST_CASE("every shipped lesson passes the validator", "[lesson][shipped]") {
  const Catalog c = load_catalog(test::source_path("lessons"));
  for (const auto& p : c.problems) UNSCOPED_INFO(p.to_string());
  CHECK(c.problems.empty());
  CHECK(c.lessons.size() == 10);
  CHECK(check_path(test::source_path("lessons")).empty());
}

TEST_CASE("shipped lessons have 4 to 8 steps, a question, two variants and unique order", "[lesson][shipped]") {
  const Catalog c = load_catalog(test::source_path("lessons"));
  std::set<int> orders;
  for (const auto& l : c.lessons) {
    INFO(l.id);
    CHECK(l.steps.size() >= 4);
    CHECK(l.steps.size() <= 8);
    CHECK(l.variants.size() >= 2);
    std::size_t questions = 0;
    for (const auto& s : l.steps) questions += s.questions.size();
    CHECK(questions >= 1);
    orders.insert(l.order);
  }
  CHECK(orders == std::set<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
}

TEST_CASE("the five source documents each become a lesson", "[lesson][shipped]") {
  const Catalog c = load_catalog(test::source_path("lessons"));
  std::set<std::string> sources;
  for (const auto& l : c.lessons)
    if (!l.source.empty()) sources.insert(l.source);
  CHECK(sources == std::set<std::string>{"000_a2a53426d19225e9.txt", "001_f76f24240d8b7a11.txt",
                                         "002_276294d0a15e61fd.txt", "003_c905cf9630628030.txt",
                                         "004_1c783674b5af82d7.txt"});
}

TEST_CASE("lessons whose programs use the network describe it in network.json", "[lesson][shipped]") {
  const Catalog c = load_catalog(test::source_path("lessons"));
  for (const auto& l : c.lessons) {
    bool uses_network = false;
    for (const auto& v : l.variants) uses_network = uses_network || !v.stdlib_only;
    INFO(l.id);
    CHECK(uses_network == l.network.has_value());
  }
  // Lesson 9's point: one link whose capacity every download shares.
  for (const auto& l : c.lessons) {
    if (l.id != "semaphore-shared-link") continue;
    REQUIRE(l.network);
    const auto& host = l.network->hosts.at("backup.example.com");
    REQUIRE(host.shared_cap_bytes_per_s);
    CHECK(*host.shared_cap_bytes_per_s < 6 * host.bandwidth_bytes_per_s);
  }
}
