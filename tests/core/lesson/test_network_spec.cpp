// network.json: parsed into NetworkSpec with file:line problems, and handed on
// to core/net in its own profile form.
#include <catch2/catch.hpp>

#include "lesson/lesson.h"
#include "lesson/network_spec.h"
#include "net/profile.h"

using namespace ls::lesson;

TEST_CASE("a network profile with every setting is read", "[lesson][network]") {
  std::vector<Problem> p;
  const auto spec = parse_network_spec(R"({
  "Files.Example.com": {
    "latency_s": 0.25,
    "bandwidth_bytes_per_s": 1000000,
    "shared_cap_bytes_per_s": 2000000,
    "sizes": {"/a.bin": 1500000},
    "json": {"/todo/1": {"id": 1, "title": "caf\u00e9", "done": false}}
  }
})",
                                       "network.json", p);
  REQUIRE(p.empty());
  REQUIRE(spec);
  const HostSpec& h = spec->hosts.at("files.example.com");
  CHECK(h.latency_s == 0.25);
  CHECK(h.bandwidth_bytes_per_s == 1e6);
  CHECK(*h.shared_cap_bytes_per_s == 2e6);
  CHECK(h.sizes.at("/a.bin") == 1500000);
  CHECK(h.json.at("/todo/1") == "{\"done\":false,\"id\":1,\"title\":\"caf\xc3\xa9\"}");
  CHECK(h.line == 2);
}

TEST_CASE("core/net reads the profile the lesson hands it", "[lesson][network]") {
  std::vector<Problem> p;
  const auto spec = parse_network_spec(R"({"backup.example.com": {"latency_s": 0.1,
    "bandwidth_bytes_per_s": 1000000, "shared_cap_bytes_per_s": 2000000,
    "sizes": {"/parts/part1.bin": 1000000}, "json": {"/x.json": [1, 2]}}})",
                                       "network.json", p);
  REQUIRE(spec);
  const auto profile = ls::net::NetworkProfile::parse(to_net_profile_json(*spec), "network.json");
  const auto params = profile.params("backup.example.com");
  CHECK(params.latency == 100'000'000);
  CHECK(params.bandwidth == 1e6);
  CHECK(params.shared_cap == 2e6);
  const auto res = profile.resource(ls::net::parse_url("https://backup.example.com/parts/part1.bin"));
  CHECK(res.size == 1000000);
  const auto body = profile.resource(ls::net::parse_url("https://backup.example.com/x.json"));
  REQUIRE(body.body);
  CHECK(*body.body == "[1,2]");
}

TEST_CASE("network.json problems name their lines", "[lesson][network]") {
  std::vector<Problem> p;
  CHECK_FALSE(parse_network_spec("[1, 2]", "n.json", p));
  REQUIRE(p.size() == 1);
  CHECK(p[0].to_string() == "n.json:1: network.json must be an object of host name -> settings");
  p.clear();
  CHECK_FALSE(parse_network_spec("{\n\"a.example.com\": {\"latency_s\": 0.1,\n \"bandwidth_bytes_per_s\": 10}}", "n.json", p));
  REQUIRE(p.size() == 1);
  CHECK(p[0].line == 3);
  CHECK(p[0].message == "bandwidth_bytes_per_s must be between 1000 and 1e+12 bytes per second");
  p.clear();
  CHECK_FALSE(parse_network_spec("{\"a\": 1,\n \"a\": 2}", "n.json", p));
  CHECK(p.at(0).to_string() == "n.json:2: not valid JSON: the key \"a\" appears twice");
  p.clear();
  CHECK_FALSE(parse_network_spec("{}", "n.json", p));
  CHECK(p.size() == 1);
}

TEST_CASE("deeply nested or truncated JSON is an error, not a crash", "[lesson][network]") {
  std::vector<Problem> p;
  CHECK_FALSE(parse_network_spec(std::string(10000, '['), "n.json", p));
  CHECK_FALSE(parse_network_spec("{\"a.com\": {\"latency_s\": 1e999}}", "n.json", p));
  CHECK_FALSE(parse_network_spec("{\"a.com\": \"\\ud800\"}", "n.json", p));
  CHECK_FALSE(parse_network_spec("{\"a.com", "n.json", p));
  CHECK(p.size() == 4);
}
