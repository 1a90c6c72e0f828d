// NetworkProfile lookups, built-in defaults and unit parsing. The two profile
// syntaxes are parsed in profile_parse.cpp.
#include "net/profile.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace ls::net {

ProfileError::ProfileError(std::string file, int line, const std::string& msg)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + msg),
      file_(std::move(file)),
      line_(line),
      msg_(msg) {}

namespace {

struct ExtensionDefault {
  const char* ext;
  std::int64_t size;
  const char* content_type;
};

// Issue 3's table: images 200 KB, JSON 1 KB, HTML 50 KB, text 10 KB, archives
// 1 MB, anything else 10 KB.
constexpr ExtensionDefault kExtensions[] = {
    {".jpg", 200'000, "image/jpeg"},
    {".jpeg", 200'000, "image/jpeg"},
    {".png", 200'000, "image/png"},
    {".json", 1'000, "application/json"},
    {".html", 50'000, "text/html; charset=utf-8"},
    {".txt", 10'000, "text/plain; charset=utf-8"},
    {".zip", 1'000'000, "application/zip"},
    {".bin", 1'000'000, "application/octet-stream"},
    {".tar.gz", 1'000'000, "application/gzip"},
};
constexpr std::int64_t kOtherSize = 10'000;

const ExtensionDefault* find_extension(std::string_view path) {
  const std::string ext = path_extension(path);
  for (const auto& e : kExtensions)
    if (ext == e.ext) return &e;
  return nullptr;
}

// Finds the rule for `path` in one section: an exact path first, then patterns.
const ResourceRule* find_rule(const std::vector<ResourceRule>& rules, std::string_view path,
                              bool exact) {
  for (const auto& r : rules) {
    const bool is_pattern = r.pattern.find('*') != std::string::npos || r.pattern.front() != '/';
    if (exact ? (!is_pattern && r.pattern == path) : (is_pattern && pattern_matches(r.pattern, path)))
      return &r;
  }
  return nullptr;
}

// Glob match with '*' only; iterative with one backtrack point.
bool glob(std::string_view p, std::string_view s) {
  std::size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = si;
    } else if (pi < p.size() && p[pi] == s[si]) {
      ++pi;
      ++si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits "12.5 MB/s" into the number and the (trimmed, lower-case) unit.
bool number_and_unit(std::string_view s, double& value, std::string& unit) {
  s = trim(s);
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, value);
  if (ec != std::errc() || !std::isfinite(value)) return false;
  unit.clear();
  for (char c : trim(std::string_view(ptr, static_cast<std::size_t>(end - ptr))))
    unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return true;
}

std::optional<double> byte_multiplier(std::string_view unit) {
  if (unit.empty() || unit == "b" || unit == "bytes") return 1.0;
  if (unit == "kb") return 1e3;
  if (unit == "mb") return 1e6;
  if (unit == "gb") return 1e9;
  if (unit == "kib") return 1024.0;
  if (unit == "mib") return 1024.0 * 1024.0;
  if (unit == "gib") return 1024.0 * 1024.0 * 1024.0;
  return std::nullopt;
}

}  // namespace

bool pattern_matches(std::string_view pattern, std::string_view path) {
  if (pattern.find('/') == std::string_view::npos) {
    const auto slash = path.rfind('/');
    if (slash != std::string_view::npos) path = path.substr(slash + 1);
  }
  return glob(pattern, path);
}

std::int64_t default_size(std::string_view path) {
  const auto* e = find_extension(path);
  return e ? e->size : kOtherSize;
}

std::string default_content_type(std::string_view path) {
  const auto* e = find_extension(path);
  return e ? e->content_type : "application/octet-stream";
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
  }
}

HostParams NetworkProfile::params(std::string_view host) const {
  const HostProfile* h = nullptr;
  if (auto it = hosts.find(std::string(host)); it != hosts.end()) h = &it->second;
  auto pick = [&](std::optional<double> HostProfile::*field, double builtin) {
    if (h && (h->*field)) return *(h->*field);
    if (defaults.*field) return *(defaults.*field);
    return builtin;
  };
  HostParams p;
  p.latency = trace::from_seconds(pick(&HostProfile::latency, kDefaultLatency));
  p.bandwidth = pick(&HostProfile::bandwidth, kDefaultBandwidth);
  p.shared_cap = pick(&HostProfile::shared_cap, 0.0);
  return p;
}

Resource NetworkProfile::resource(const Url& url) const {
  // The rules that apply, most specific first: the host's exact path, its
  // patterns, then the default section's exact path and patterns.
  std::vector<const ResourceRule*> chain;
  const HostProfile* h = nullptr;
  if (auto it = hosts.find(url.host); it != hosts.end()) h = &it->second;
  for (const HostProfile* sec : {h, &defaults}) {
    if (!sec) continue;
    for (bool exact : {true, false})
      if (const auto* r = find_rule(sec->rules, url.path, exact)) chain.push_back(r);
  }
  Resource res;
  std::optional<std::int64_t> size;
  std::optional<int> status;
  std::optional<std::string> type;
  for (const auto* r : chain) {
    if (!size && r->size) size = r->size;
    if (!status && r->status) status = r->status;
    if (!res.body && r->body) res.body = r->body;
    if (!type && r->content_type) type = r->content_type;
  }
  res.status = status.value_or(200);
  const bool ok = res.status >= 200 && res.status < 300;
  if (!res.body && !ok && !size) {
    // An error page nobody described: a short text saying what it is.
    res.body = std::to_string(res.status) + " " + std::string(reason_phrase(res.status)) + "\n";
    if (!type) type = "text/plain; charset=utf-8";
  }
  res.size = res.body ? static_cast<std::int64_t>(res.body->size()) : size.value_or(default_size(url.path));
  res.content_type = type.value_or(default_content_type(url.path));
  return res;
}

std::optional<double> parse_duration(std::string_view s) {
  double v = 0;
  std::string unit;
  if (!number_and_unit(s, v, unit) || v < 0) return std::nullopt;
  if (unit.empty() || unit == "s") return v;
  if (unit == "ms") return v / 1e3;
  if (unit == "us") return v / 1e6;
  return std::nullopt;
}

std::optional<double> parse_rate(std::string_view s) {
  double v = 0;
  std::string unit;
  if (!number_and_unit(s, v, unit) || v <= 0) return std::nullopt;
  if (unit.ends_with("/s")) unit.resize(unit.size() - 2);
  auto m = byte_multiplier(unit);
  if (!m) return std::nullopt;
  return v * *m;
}

std::optional<std::int64_t> parse_size(std::string_view s) {
  double v = 0;
  std::string unit;
  if (!number_and_unit(s, v, unit) || v < 0) return std::nullopt;
  auto m = byte_multiplier(unit);
  if (!m || v * *m > 1e12) return std::nullopt;
  return static_cast<std::int64_t>(std::llround(v * *m));
}

}  // namespace ls::net
