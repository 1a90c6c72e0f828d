// The two profile syntaxes. Both build the same NetworkProfile and report errors
// as "file:line: what is wrong".
//
// Text form (one directive a line; '#' starts a comment; "key:" works as "key"):
//
//   default                         # what follows applies to every host
//   latency 100ms
//   host files.example.com          # what follows applies to this host only
//   latency 50ms
//   bandwidth 1MB/s                 # each connection
//   shared 1MB/s                    # all concurrent transfers to the host together
//   size *.bin 1MB                  # by pattern...
//   size /big.zip 5MB               # ...or exact path
//   status /missing.txt 404
//   json /api/user.json {"name": "Ada"}
//   text /hello.txt Hello, world!
//   type /data.csv text/csv
//
// JSON form: {"default": {...}, "hosts": {"files.example.com": {"latency": "50ms",
// "bandwidth": "1MB/s", "shared_cap": "1MB/s", "sizes": {"*.bin": "1MB"},
// "paths": {"/api/user.json": {"status": 200, "json": {...}, "text": "...",
// "size": "2KB", "content_type": "..."}}}}}. Numbers are seconds, bytes/s, bytes.
// JSON is read with its object order kept (ordered_json): size patterns are
// tried in profile order, and a fixed JSON body keeps its key order, which a
// Python program printing the parsed dict shows.
#include <nlohmann/json.hpp>

#include <cctype>
#include <sstream>

#include "net/profile.h"

namespace ls::net {

namespace {

constexpr std::int64_t kMaxSize = 256'000'000;  // generated bodies live in memory

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits off the first whitespace-separated word of s.
std::string_view take_word(std::string_view& s) {
  s = trim(s);
  std::size_t n = 0;
  while (n < s.size() && !std::isspace(static_cast<unsigned char>(s[n]))) ++n;
  std::string_view w = s.substr(0, n);
  s = trim(s.substr(n));
  return w;
}

bool valid_host_name(std::string_view h) {
  if (h.empty()) return false;
  for (char c : h)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_')) return false;
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Builds a profile directive by directive; `fail` knows where the current
// directive came from.
class Builder {
 public:
  Builder(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(int line, const std::string& msg) const { throw ProfileError(file_, line, msg); }

  void section_default() { cur_ = &profile_.defaults; }
  void section_host(int line, std::string_view name) {
    if (name == "*" || name == "default") return section_default();
    if (!valid_host_name(name)) fail(line, "'" + std::string(name) + "' is not a host name");
    cur_ = &profile_.hosts[lower(name)];
  }

  void latency(int line, std::string_view v) {
    auto d = parse_duration(v);
    if (!d) fail(line, "latency '" + std::string(v) + "' is not a duration (e.g. 100ms, 0.25s)");
    cur_->latency = *d;
  }
  void bandwidth(int line, std::string_view v, bool shared) {
    auto r = parse_rate(v);
    const char* what = shared ? "shared cap" : "bandwidth";
    if (!r) fail(line, std::string(what) + " '" + std::string(v) + "' is not a rate (e.g. 1MB/s, 500KB/s)");
    (shared ? cur_->shared_cap : cur_->bandwidth) = *r;
  }
  void size(int line, std::string_view pattern, std::string_view v) {
    auto s = parse_size(v);
    if (!s) fail(line, "size '" + std::string(v) + "' is not a size (e.g. 200KB, 1MB, 1024)");
    if (*s > kMaxSize) fail(line, "size '" + std::string(v) + "' is too large (the limit is 256MB)");
    rule(line, pattern).size = *s;
  }
  void status(int line, std::string_view path, std::string_view v) {
    int code = 0;
    for (char c : v) code = std::isdigit(static_cast<unsigned char>(c)) && code < 1000 ? code * 10 + (c - '0') : -1;
    if (v.empty() || code < 100 || code > 599)
      fail(line, "status '" + std::string(v) + "' is not an HTTP status code (100-599)");
    rule(line, path).status = code;
  }
  void json(int line, std::string_view path, const std::string& body) {
    auto& r = rule(line, path);
    r.body = body;
    if (!r.content_type) r.content_type = "application/json";
  }
  void json_text(int line, std::string_view path, std::string_view v) {
    try {
      json(line, path, nlohmann::ordered_json::parse(v).dump());
    } catch (const nlohmann::json::parse_error& e) {
      fail(line, "the body of " + std::string(path) + " is not valid JSON (" + byte_error(e) + ")");
    }
  }
  void text(int line, std::string_view path, std::string_view v) {
    auto& r = rule(line, path);
    r.body = std::string(v);
    if (!r.content_type) r.content_type = "text/plain; charset=utf-8";
  }
  void type(int line, std::string_view path, std::string_view v) {
    if (v.empty()) fail(line, "type needs a content type, e.g. text/csv");
    rule(line, path).content_type = std::string(v);
  }

  NetworkProfile take() { return std::move(profile_); }

  static std::string byte_error(const nlohmann::json::parse_error& e) {
    std::string w = e.what();
    const auto colon = w.rfind(": ");
    return colon == std::string::npos ? w : w.substr(colon + 2);
  }

 private:
  // The rule for exactly this pattern in the current section (created once, so
  // `size` and `status` lines for one path add up).
  ResourceRule& rule(int line, std::string_view pattern) {
    if (pattern.empty()) fail(line, "a path or pattern is missing");
    if (pattern.front() != '/' && pattern.find('*') == std::string_view::npos)
      fail(line, "'" + std::string(pattern) + "' is neither a path (starting with /) nor a pattern with *");
    for (auto& r : cur_->rules)
      if (r.pattern == pattern) return r;
    cur_->rules.push_back(ResourceRule{std::string(pattern), {}, {}, {}, {}, line});
    return cur_->rules.back();
  }

  std::string file_;
  NetworkProfile profile_;
  HostProfile* cur_ = &profile_.defaults;
};

NetworkProfile parse_text(std::string_view text, const std::string& file, int first_line) {
  Builder b(file);
  int line = first_line - 1;
  while (!text.empty()) {
    ++line;
    const auto nl = text.find('\n');
    std::string_view raw = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    std::string_view s = raw;
    // '#' starts a comment, except inside a `json` or `text` body.
    std::string_view probe = trim(s);
    const bool has_body = probe.starts_with("json") || probe.starts_with("text");
    if (!has_body)
      if (const auto hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    s = trim(s);
    if (s.empty() || s.front() == '#') continue;
    std::string key = lower(take_word(s));
    if (!key.empty() && key.back() == ':') key.pop_back();
    auto need = [&](std::string_view v, const char* what) {
      if (v.empty()) b.fail(line, key + " needs " + what);
      return v;
    };
    if (key == "default") {
      if (!s.empty()) b.fail(line, "'default' takes nothing after it");
      b.section_default();
    } else if (key == "host") {
      std::string_view name = take_word(s);
      if (!name.empty() && name.back() == ':') name.remove_suffix(1);
      need(name, "a host name, e.g. host files.example.com");
      if (!s.empty()) b.fail(line, "one host name per 'host' line");
      b.section_host(line, name);
    } else if (key == "latency") {
      b.latency(line, need(s, "a duration, e.g. latency 100ms"));
    } else if (key == "bandwidth") {
      b.bandwidth(line, need(s, "a rate, e.g. bandwidth 1MB/s"), false);
    } else if (key == "shared" || key == "shared_cap" || key == "cap") {
      b.bandwidth(line, need(s, "a rate, e.g. shared 1MB/s"), true);
    } else if (key == "size" || key == "status" || key == "json" || key == "text" || key == "type") {
      std::string_view path = take_word(s);
      need(path, "a path or pattern, then a value");
      if (key == "size") b.size(line, path, need(s, "a size after the path, e.g. size *.jpg 200KB"));
      else if (key == "status") b.status(line, path, need(s, "a code after the path, e.g. status /x 404"));
      else if (key == "json") b.json_text(line, path, need(s, "a JSON body after the path"));
      else if (key == "text") b.text(line, path, s);
      else b.type(line, path, s);
    } else {
      b.fail(line, "unknown directive '" + key +
                       "' (expected default, host, latency, bandwidth, shared, size, status, json, text or type)");
    }
  }
  return b.take();
}

// The JSON form. nlohmann keeps no positions, so a semantic error is placed on
// the line where the offending key first appears after its section's key.
class JsonReader {
 public:
  JsonReader(std::string_view text, const std::string& file, int first_line)
      : text_(text), b_(file), first_line_(first_line) {}

  NetworkProfile read() {
    nlohmann::ordered_json doc;
    try {
      doc = nlohmann::ordered_json::parse(text_);
    } catch (const nlohmann::json::parse_error& e) {
      b_.fail(line_at(e.byte > 0 ? e.byte - 1 : 0), "not valid JSON (" + Builder::byte_error(e) + ")");
    }
    if (!doc.is_object()) b_.fail(first_line_, "a network profile must be a JSON object");
    for (auto& [key, value] : doc.items()) {
      if (key == "default") {
        b_.section_default();
        section(value, find_key(key, 0));
      } else if (key == "hosts") {
        const std::size_t hosts_at = find_key(key, 0);
        if (!value.is_object()) b_.fail(line_at(hosts_at), "\"hosts\" must be an object of host name -> settings");
        for (auto& [name, h] : value.items()) {
          const std::size_t at = find_key(name, hosts_at);
          b_.section_host(line_at(at), name);
          section(h, at);
        }
      } else {
        b_.fail(line_at(find_key(key, 0)), "unknown key \"" + key + "\" (expected \"default\" or \"hosts\")");
      }
    }
    return b_.take();
  }

 private:
  void section(const nlohmann::ordered_json& s, std::size_t at) {
    if (!s.is_object()) b_.fail(line_at(at), "host settings must be a JSON object");
    for (auto& [key, v] : s.items()) {
      const std::size_t kat = find_key(key, at);
      const int line = line_at(kat);
      if (key == "latency") b_.latency(line, scalar(v, line, key));
      else if (key == "bandwidth") b_.bandwidth(line, scalar(v, line, key), false);
      else if (key == "shared_cap" || key == "shared") b_.bandwidth(line, scalar(v, line, key), true);
      else if (key == "sizes") {
        if (!v.is_object()) b_.fail(line, "\"sizes\" must be an object of pattern -> size");
        for (auto& [pat, sz] : v.items()) {
          const int l = line_at(find_key(pat, kat));
          b_.size(l, pat, scalar(sz, l, pat));
        }
      } else if (key == "paths") {
        if (!v.is_object()) b_.fail(line, "\"paths\" must be an object of path -> {status, json, text, size}");
        for (auto& [path, spec] : v.items()) resource(path, spec, find_key(path, kat));
      } else {
        b_.fail(line, "unknown setting \"" + key +
                          "\" (expected latency, bandwidth, shared_cap, sizes or paths)");
      }
    }
  }

  void resource(const std::string& path, const nlohmann::ordered_json& spec, std::size_t at) {
    const int line = line_at(at);
    if (!spec.is_object()) b_.fail(line, "the settings of " + path + " must be a JSON object");
    for (auto& [key, v] : spec.items()) {
      const int l = line_at(find_key(key, at));
      if (key == "status") b_.status(l, path, scalar(v, l, key));
      else if (key == "size") b_.size(l, path, scalar(v, l, key));
      else if (key == "json") b_.json(l, path, v.dump());
      else if (key == "text") {
        if (!v.is_string()) b_.fail(l, "\"text\" must be a string");
        b_.text(l, path, v.get<std::string>());
      } else if (key == "content_type") {
        if (!v.is_string()) b_.fail(l, "\"content_type\" must be a string");
        b_.type(l, path, v.get<std::string>());
      } else {
        b_.fail(l, "unknown key \"" + key + "\" for " + path + " (expected status, size, json, text or content_type)");
      }
    }
  }

  // A number or a string with a unit, as text for the unit parsers.
  std::string scalar(const nlohmann::ordered_json& v, int line, const std::string& key) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
    if (v.is_number()) {
      std::ostringstream os;
      os.precision(17);
      os << v.get<double>();
      return os.str();
    }
    b_.fail(line, "\"" + key + "\" must be a number or a string such as \"100ms\" or \"1MB/s\"");
  }

  std::size_t find_key(const std::string& key, std::size_t from) const {
    const auto p = text_.find(nlohmann::json(key).dump(), from);
    return p == std::string_view::npos ? from : p;
  }
  int line_at(std::size_t pos) const {
    int line = first_line_;
    for (std::size_t i = 0; i < pos && i < text_.size(); ++i)
      if (text_[i] == '\n') ++line;
    return line;
  }

  std::string_view text_;
  Builder b_;
  int first_line_;
};

}  // namespace

NetworkProfile NetworkProfile::parse(std::string_view text, std::string_view file, int first_line) {
  const std::string f(file);
  std::string_view t = text;
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
  if (!t.empty() && t.front() == '{') return JsonReader(text, f, first_line).read();
  return parse_text(text, f, first_line);
}

}  // namespace ls::net
