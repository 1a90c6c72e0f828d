// Network profiles: the text and JSON forms, what they resolve to, and the
// "file:line: what is wrong" errors a lesson author sees.
#include <catch2/catch.hpp>

#include "net_helpers.h"

using ls::net::NetworkProfile;
using ls::net::ProfileError;
using ls::net::parse_url;

namespace {
// The message a bad profile gives (or "" if it parses).
std::string error_of(const std::string& text, int first_line = 1) {
  try {
    NetworkProfile::parse(text, "lessons/09/README.md", first_line);
  } catch (const ProfileError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("the text form sets per-host latency, bandwidth, shared cap and resources", "[net][profile]") {
  const auto p = NetworkProfile::parse(R"(# lesson 9: one shared link
default
latency: 200ms
host files.example.com
  latency 50ms
  bandwidth 2MB/s
  shared 1 MB/s
  size *.bin 5MB
  size /big.zip 3MiB
  status /gone.txt 410
  text /hello.txt Hello, # not a comment
  type /hello.txt text/x-greeting
)");
  const auto f = p.params("files.example.com");
  CHECK(f.latency == ls::loop::seconds(0.05));
  CHECK(f.bandwidth == 2e6);
  CHECK(f.shared_cap == 1e6);
  const auto other = p.params("other.org");
  CHECK(other.latency == ls::loop::seconds(0.2));  // from the default section
  CHECK(other.bandwidth == 1e6);
  CHECK(other.shared_cap == 0);
  CHECK(p.resource(parse_url("http://files.example.com/x/y.bin")).size == 5'000'000);
  CHECK(p.resource(parse_url("http://files.example.com/big.zip")).size == 3 * 1024 * 1024);
  CHECK(p.resource(parse_url("http://other.org/y.bin")).size == 1'000'000);
  const auto gone = p.resource(parse_url("http://files.example.com/gone.txt"));
  CHECK(gone.status == 410);
  CHECK(*gone.body == "410 \n");  // no reason phrase known: the code alone
  const auto hello = p.resource(parse_url("http://files.example.com/hello.txt"));
  CHECK(*hello.body == "Hello, # not a comment");
  CHECK(hello.content_type == "text/x-greeting");
  CHECK(hello.size == 22);
}

TEST_CASE("exact paths win over patterns, a host's rules over the default section's", "[net][profile]") {
  const auto p = NetworkProfile::parse("size *.jpg 1KB\nsize /a/special.jpg 2KB\n"
                                       "host h.com\nsize /a/* 3KB\n");
  CHECK(p.resource(parse_url("http://x.com/p.jpg")).size == 1000);
  CHECK(p.resource(parse_url("http://x.com/a/special.jpg")).size == 2000);
  CHECK(p.resource(parse_url("http://h.com/a/p.jpg")).size == 3000);
  CHECK(p.resource(parse_url("http://h.com/b/p.jpg")).size == 1000);
  CHECK(p.resource(parse_url("http://h.com/a/special.jpg")).size == 3000);
  CHECK(p.resource(parse_url("http://h.com/b/p.png")).size == 200'000);  // built in
}

TEST_CASE("the JSON form says the same things", "[net][profile]") {
  const auto p = NetworkProfile::parse(R"({
  "default": {"latency": 0.2},
  "hosts": {
    "Files.Example.com": {
      "bandwidth": "2MB/s", "shared_cap": 1000000,
      "sizes": {"*.bin": "5MB"},
      "paths": {"/user.json": {"json": {"name": "Ada"}}, "/gone": {"status": 404}}
    }
  }
})");
  const auto f = p.params("files.example.com");
  CHECK(f.latency == ls::loop::seconds(0.2));
  CHECK(f.bandwidth == 2e6);
  CHECK(f.shared_cap == 1e6);
  CHECK(p.resource(parse_url("http://files.example.com/a.bin")).size == 5'000'000);
  CHECK(*p.resource(parse_url("http://files.example.com/user.json")).body == R"({"name":"Ada"})");
  CHECK(p.resource(parse_url("http://files.example.com/gone")).status == 404);
}

TEST_CASE("bad text profiles say file:line: what is wrong", "[net][profile]") {
  CHECK(error_of("host a.com\nlatency fast\n") ==
        "lessons/09/README.md:2: latency 'fast' is not a duration (e.g. 100ms, 0.25s)");
  CHECK(error_of("bandwidth 0MB/s") ==
        "lessons/09/README.md:1: bandwidth '0MB/s' is not a rate (e.g. 1MB/s, 500KB/s)");
  CHECK(error_of("\n\nspeed 3", 10) ==
        "lessons/09/README.md:12: unknown directive 'speed' (expected default, host, latency, bandwidth, "
        "shared, size, status, json, text or type)");
  CHECK(error_of("size a.jpg 1KB") ==
        "lessons/09/README.md:1: 'a.jpg' is neither a path (starting with /) nor a pattern with *");
  CHECK(error_of("status /x 999") == "lessons/09/README.md:1: status '999' is not an HTTP status code (100-599)");
  CHECK(error_of("host bad/host") == "lessons/09/README.md:1: 'bad/host' is not a host name");
  CHECK(error_of("size *.bin") == "lessons/09/README.md:1: size needs a size after the path, e.g. size *.jpg 200KB");
  CHECK(error_of("size *.bin 2TB") ==
        "lessons/09/README.md:1: size '2TB' is not a size (e.g. 200KB, 1MB, 1024)");
  CHECK(error_of("size *.bin 1GB") == "lessons/09/README.md:1: size '1GB' is too large (the limit is 256MB)");
  CHECK(error_of("json /a.json {\"a\": }").rfind("lessons/09/README.md:1: the body of /a.json is not valid JSON (", 0) == 0);
}

TEST_CASE("bad JSON profiles point at the offending line", "[net][profile]") {
  CHECK(error_of("{\n  \"hosts\": {\n    \"a.com\": {\n      \"latency\": \"soon\"\n    }\n  }\n}") ==
        "lessons/09/README.md:4: latency 'soon' is not a duration (e.g. 100ms, 0.25s)");
  CHECK(error_of("{\n  \"hosts\": {\"a.com\": {\"speed\": 1}}\n}") ==
        "lessons/09/README.md:2: unknown setting \"speed\" (expected latency, bandwidth, shared_cap, sizes or paths)");
  CHECK(error_of("{\n \"default\": {\n}\n,,}").rfind("lessons/09/README.md:4: not valid JSON (", 0) == 0);
  CHECK(error_of("{\"hosts\": {\"a.com\": {\"latency\": [1]}}}") ==
        "lessons/09/README.md:1: \"latency\" must be a number or a string such as \"100ms\" or \"1MB/s\"");
}

TEST_CASE("units: durations, rates and sizes", "[net][profile]") {
  using namespace ls::net;
  CHECK(*parse_duration("100ms") == Approx(0.1));
  CHECK(*parse_duration("0.25 s") == Approx(0.25));
  CHECK(*parse_duration("2") == 2.0);
  CHECK_FALSE(parse_duration("-1s"));
  CHECK_FALSE(parse_duration("1h"));
  CHECK(*parse_rate("1MB/s") == 1e6);
  CHECK(*parse_rate("500 KB/s") == 5e5);
  CHECK(*parse_rate("1MiB/s") == 1048576.0);
  CHECK(*parse_rate("2000") == 2000.0);
  CHECK_FALSE(parse_rate("fast"));
  CHECK(*parse_size("200KB") == 200'000);
  CHECK(*parse_size("1 KiB") == 1024);
  CHECK(*parse_size("0") == 0);
  CHECK_FALSE(parse_size("1.5 parsecs"));
}
