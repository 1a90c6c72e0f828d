// The simulated network a lesson's programs talk to, read from the lesson's
// network.json. Parsed and checked here into plain data; the run hands it to
// core/net as that library's own JSON profile form (to_net_profile_json), so
// the two never depend on each other's types.
//
// network.json maps host names to their settings:
//   {
//     "files.example.com": {
//       "latency_s": 0.1,                  seconds before the first byte
//       "bandwidth_bytes_per_s": 1000000,  each connection's speed
//       "shared_cap_bytes_per_s": 2000000, optional: all transfers to the host together
//       "sizes": {"/a.bin": 1000000},      optional: bytes per exact path
//       "json": {"/todo/1": {"id": 1}}     optional: fixed JSON bodies per path
//     }
//   }
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ls::lesson {

struct Problem;

struct HostSpec {
  double latency_s = 0;
  double bandwidth_bytes_per_s = 0;
  std::optional<double> shared_cap_bytes_per_s;
  std::map<std::string, std::int64_t> sizes;     // path -> bytes
  std::map<std::string, std::string> json;       // path -> body (compact JSON text)
  int line = 0;                                   // where the host's name is
};

struct NetworkSpec {
  std::map<std::string, HostSpec> hosts;  // by lower-case host name
};

// Limits that catch typos (a bandwidth of 1 byte/s would make a lesson run for
// days of virtual time; a size beyond core/net's 256 MB cap cannot be generated).
constexpr double kMaxLatency = 60.0;
constexpr std::int64_t kMaxSize = 256'000'000;

// Parses and checks network.json. Every problem found is appended to `problems`
// with `file` and its line; returns nullopt if there was any.
std::optional<NetworkSpec> parse_network_spec(std::string_view text, const std::string& file,
                                              std::vector<Problem>& problems);

// The same profile in core/net's JSON form ({"hosts": {...}}, numbers in
// seconds, bytes/s and bytes), for net::NetworkProfile::parse.
std::string to_net_profile_json(const NetworkSpec& spec);

}  // namespace ls::lesson
