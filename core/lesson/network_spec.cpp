// Reading network.json: every value is checked and every problem reported with
// its line, so a teacher who mistypes a number sees exactly where.
#include "lesson/network_spec.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <cstdio>

#include "lesson/json_lines.h"
#include "lesson/lesson.h"

namespace ls::lesson {

namespace {

using json::Value;

// Slower than 1 KB/s would make a lesson's run last hours of virtual time:
// almost certainly a typo (a missing "000").
constexpr double kMinRate = 1000.0;

bool valid_host(std::string_view h) {
  if (h.empty() || h.front() == '.' || h.back() == '.') return false;
  for (char c : h)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.')) return false;
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class SpecReader {
 public:
  SpecReader(std::string_view text, const std::string& file, std::vector<Problem>& out)
      : text_(text), file_(file), out_(out) {}

  std::optional<NetworkSpec> read() {
    Value doc;
    json::Error err;
    if (!json::parse(text_, doc, err)) {
      report(err.line, "not valid JSON: " + err.message);
      return std::nullopt;
    }
    if (doc.kind != Value::Kind::Object) {
      report(doc.line, "network.json must be an object of host name -> settings");
      return std::nullopt;
    }
    if (doc.members.empty()) report(doc.line, "network.json names no host; delete it if the programs use no URLs");
    NetworkSpec spec;
    for (std::size_t i = 0; i < doc.members.size(); ++i) {
      const auto& [name, settings] = doc.members[i];
      const int line = doc.key_lines[i];
      if (!valid_host(name)) {
        report(line, "\"" + name + "\" is not a host name (letters, digits, '-' and '.', e.g. files.example.com)");
        continue;
      }
      HostSpec h;
      h.line = line;
      if (host(settings, line, h)) spec.hosts[lower(name)] = std::move(h);
    }
    if (failed_) return std::nullopt;
    return spec;
  }

 private:
  void report(int line, std::string msg) {
    out_.push_back(Problem{file_, line, 0, std::move(msg)});
    failed_ = true;
  }

  // A number within [min, max]; `what` names it in the message.
  std::optional<double> number(const Value& v, int line, const std::string& what, double min, double max,
                               const char* unit) {
    if (v.kind != Value::Kind::Number) {
      report(line, what + " must be a number (" + unit + "), not " + json::kind_name(v.kind));
      return std::nullopt;
    }
    if (!(v.number >= min && v.number <= max)) {
      char buf[160];
      std::snprintf(buf, sizeof buf, " must be between %g and %g %s", min, max, unit);
      report(line, what + buf);
      return std::nullopt;
    }
    return v.number;
  }

  bool host(const Value& v, int line, HostSpec& h) {
    if (v.kind != Value::Kind::Object) {
      report(line, "the settings of a host must be an object");
      return false;
    }
    bool has_latency = false, has_bandwidth = false;
    const bool before = failed_;
    for (std::size_t i = 0; i < v.members.size(); ++i) {
      const auto& [key, value] = v.members[i];
      const int kl = v.key_lines[i];
      if (key == "latency_s") {
        has_latency = true;
        if (auto n = number(value, kl, "latency_s", 0, kMaxLatency, "seconds")) h.latency_s = *n;
      } else if (key == "bandwidth_bytes_per_s") {
        has_bandwidth = true;
        if (auto n = number(value, kl, "bandwidth_bytes_per_s", kMinRate, 1e12, "bytes per second"))
          h.bandwidth_bytes_per_s = *n;
      } else if (key == "shared_cap_bytes_per_s") {
        if (auto n = number(value, kl, "shared_cap_bytes_per_s", kMinRate, 1e12, "bytes per second"))
          h.shared_cap_bytes_per_s = *n;
      } else if (key == "sizes") {
        sizes(value, kl, h);
      } else if (key == "json") {
        bodies(value, kl, h);
      } else {
        report(kl, "unknown setting \"" + key +
                       "\" (expected latency_s, bandwidth_bytes_per_s, shared_cap_bytes_per_s, sizes or json)");
      }
    }
    if (!has_latency) report(line, "the host has no \"latency_s\" (seconds before the first byte)");
    if (!has_bandwidth) report(line, "the host has no \"bandwidth_bytes_per_s\" (each connection's speed)");
    return failed_ == before;
  }

  bool path_ok(const std::string& path, int line) {
    if (!path.empty() && path.front() == '/') return true;
    report(line, "\"" + path + "\" is not a path; paths start with '/', e.g. \"/photos/cat.jpg\"");
    return false;
  }

  void sizes(const Value& v, int line, HostSpec& h) {
    if (v.kind != Value::Kind::Object) return report(line, "\"sizes\" must be an object of path -> bytes");
    for (std::size_t i = 0; i < v.members.size(); ++i) {
      const auto& [path, size] = v.members[i];
      const int l = v.key_lines[i];
      if (!path_ok(path, l)) continue;
      auto n = number(size, l, "the size of " + path, 0, static_cast<double>(kMaxSize), "bytes");
      if (!n) continue;
      if (!size.integral) {
        report(l, "the size of " + path + " must be a whole number of bytes");
        continue;
      }
      h.sizes[path] = static_cast<std::int64_t>(*n);
    }
  }

  void bodies(const Value& v, int line, HostSpec& h) {
    if (v.kind != Value::Kind::Object) return report(line, "\"json\" must be an object of path -> JSON body");
    for (std::size_t i = 0; i < v.members.size(); ++i) {
      const auto& [path, body] = v.members[i];
      if (!path_ok(path, v.key_lines[i])) continue;
      // Re-serialised compactly; the slice was already checked by our reader.
      h.json[path] = nlohmann::json::parse(text_.substr(body.begin, body.end - body.begin)).dump();
    }
  }

  std::string_view text_;
  const std::string& file_;
  std::vector<Problem>& out_;
  bool failed_ = false;
};

}  // namespace

std::optional<NetworkSpec> parse_network_spec(std::string_view text, const std::string& file,
                                              std::vector<Problem>& problems) {
  return SpecReader(text, file, problems).read();
}

std::string to_net_profile_json(const NetworkSpec& spec) {
  nlohmann::json hosts = nlohmann::json::object();
  for (const auto& [name, h] : spec.hosts) {
    nlohmann::json o;
    o["latency"] = h.latency_s;
    o["bandwidth"] = h.bandwidth_bytes_per_s;
    if (h.shared_cap_bytes_per_s) o["shared_cap"] = *h.shared_cap_bytes_per_s;
    if (!h.sizes.empty()) o["sizes"] = h.sizes;
    for (const auto& [path, body] : h.json) o["paths"][path]["json"] = nlohmann::json::parse(body);
    hosts[name] = std::move(o);
  }
  return nlohmann::json{{"hosts", hosts}}.dump(2);
}

}  // namespace ls::lesson
