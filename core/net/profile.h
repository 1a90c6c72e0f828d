// NetworkProfile: what the simulated internet looks like to one run.
//
// Per host: latency, per-connection bandwidth, an optional bandwidth cap that all
// concurrent transfers to the host share, and per-path resources (sizes by exact
// path or glob pattern, status codes, fixed bodies). Anything a profile does not
// say falls back to the defaults of issue 3: 200 OK after 100 ms plus the size at
// 1 MB/s, the size taken from the path's extension.
//
// Units are decimal (1 KB = 1000 bytes, 1 MB/s = 1,000,000 bytes/s) so lesson
// timings come out round; KiB/MiB/GiB are binary.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "net/url.h"
#include "trace/event.h"

namespace ls::net {

using trace::Nanos;

// A bad profile: what() is "file:line: what is wrong".
class ProfileError : public std::runtime_error {
 public:
  ProfileError(std::string file, int line, const std::string& msg);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& message() const { return msg_; }

 private:
  std::string file_;
  int line_;
  std::string msg_;
};

// One resource rule. Exact paths ("/api/user.json") win over patterns; patterns
// ("*.jpg", "/images/*") are tried in profile order. Unset fields fall through to
// the next rule that matches, then to the built-in defaults.
struct ResourceRule {
  std::string pattern;
  std::optional<std::int64_t> size;
  std::optional<int> status;
  std::optional<std::string> body;          // a fixed body (from `json` or `text`)
  std::optional<std::string> content_type;
  int line = 0;                             // where the profile said so (0: built in)
};

struct HostProfile {
  std::optional<double> latency;     // seconds before the first byte
  std::optional<double> bandwidth;   // bytes/s, each connection
  std::optional<double> shared_cap;  // bytes/s, shared fairly by all transfers to the host
  std::vector<ResourceRule> rules;
};

// The numbers the network model uses for one host.
struct HostParams {
  Nanos latency = 0;
  double bandwidth = 0;   // bytes/s per connection, > 0
  double shared_cap = 0;  // bytes/s for the whole host; 0 = no shared cap
};

// What a GET of one URL returns (before the body is generated).
struct Resource {
  int status = 200;
  std::int64_t size = 0;
  std::string content_type;
  std::optional<std::string> body;  // fixed body; otherwise generated from the URL
};

class NetworkProfile {
 public:
  // Built-in defaults of issue 3.
  static constexpr double kDefaultLatency = 0.1;
  static constexpr double kDefaultBandwidth = 1e6;

  HostProfile defaults;                      // the `default` section: every host
  std::map<std::string, HostProfile> hosts;  // by lower-case host name

  HostParams params(std::string_view host) const;
  Resource resource(const Url& url) const;

  // Parses the text form (see profile.cpp) or, when the text starts with '{', the
  // JSON form. `first_line` is the line of `text` within `file` (a profile embedded
  // in a lesson file). Throws ProfileError.
  static NetworkProfile parse(std::string_view text, std::string_view file = "network",
                              int first_line = 1);
};

// The built-in size for a path's extension (.jpg 200 KB, .json 1 KB...).
std::int64_t default_size(std::string_view path);
// The Content-Type for a path's extension.
std::string default_content_type(std::string_view path);
// "OK", "Not Found"... for a status code ("" if unknown).
std::string_view reason_phrase(int status);
// Whether a rule pattern matches a path: '*' matches any run of characters; a
// pattern without '/' is matched against the last path segment ("*.jpg").
bool pattern_matches(std::string_view pattern, std::string_view path);

// Unit parsers shared with the CLI flags; nullopt when the text is not valid.
std::optional<double> parse_duration(std::string_view s);   // "100ms", "0.1s", "0.1"
std::optional<double> parse_rate(std::string_view s);       // "1MB/s", "500 KB/s", "1e6"
std::optional<std::int64_t> parse_size(std::string_view s); // "200KB", "1 MiB", "1024"

}  // namespace ls::net
