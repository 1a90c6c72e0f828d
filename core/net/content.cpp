#include "net/content.h"

#include <nlohmann/json.hpp>

#include <array>

namespace ls::net {

namespace {

// splitmix64: tiny, fast and good enough for filler; the sequence is fixed by
// the seed on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t s_;
};

constexpr std::array<const char*, 48> kWords = {
    "amber",  "bright", "calm",   "delta",  "eager",  "falcon", "garden", "harbor",
    "island", "jolly",  "kettle", "lantern", "meadow", "nimble", "orbit",  "pepper",
    "quiet",  "river",  "silver", "timber", "umbra",  "velvet", "willow", "yonder",
    "zephyr", "anchor", "breeze", "candle", "dawn",   "ember",  "fern",   "glade",
    "hollow", "ivory",  "juniper", "kernel", "loop",  "maple",  "north",  "ocean",
    "pebble", "quartz", "reed",   "stone",  "tide",   "upland", "valley", "wave"};

// Exactly n characters of words and sentences, wrapped at about 72 columns.
std::string words(Rng& rng, std::size_t n, bool line_breaks) {
  std::string out;
  out.reserve(n + 16);
  std::size_t col = 0, in_sentence = 0;
  while (out.size() < n) {
    std::string w = kWords[rng.below(kWords.size())];
    if (in_sentence == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    out += w;
    col += w.size();
    if (++in_sentence >= 6 + rng.below(6)) {
      out += '.';
      ++col;
      in_sentence = 0;
    }
    if (line_breaks && col > 64) {
      out += '\n';
      col = 0;
    } else {
      out += ' ';
      ++col;
    }
  }
  out.resize(n);
  if (line_breaks && n > 0) out.back() = '\n';
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

std::string json_body(Rng& rng, std::string_view url, std::size_t n) {
  const auto id = std::to_string(rng.next() % 10000);
  const std::string tail_open = "], \"note\": \"";
  const std::string tail_close = "\"}";
  std::string doc = "{\"url\": " + nlohmann::json(std::string(url)).dump() + ", \"id\": " + id + ", \"items\": [";
  if (doc.size() + tail_open.size() + tail_close.size() <= n) {
    // As many items as fit (a few hundred at most), then a note fills the rest.
    for (int i = 1; i <= 500; ++i) {
      std::string item = std::string(i > 1 ? ", " : "") + "{\"id\": " + std::to_string(i) +
                         ", \"name\": \"" + kWords[rng.below(kWords.size())] + " " +
                         kWords[rng.below(kWords.size())] + "\"}";
      if (doc.size() + item.size() + tail_open.size() + tail_close.size() > n) break;
      doc += item;
    }
    doc += tail_open;
    doc += words(rng, n - doc.size() - tail_close.size(), false);
    return doc + tail_close;
  }
  // Too small for the full document: {"id": N, "note": "..."}, then {  }.
  doc = "{\"id\": " + id + ", \"note\": \"";
  if (doc.size() + 2 <= n) return doc + words(rng, n - doc.size() - 2, false) + "\"}";
  if (n >= 2) return "{" + std::string(n - 2, ' ') + "}";
  return std::string(n, ' ');
}

std::string html_body(Rng& rng, std::string_view url, std::size_t n) {
  const std::string head = "<!DOCTYPE html>\n<html><head><title>" + html_escape(url) +
                           "</title></head>\n<body>\n<p>";
  const std::string tail = "</p>\n</body></html>\n";
  if (head.size() + tail.size() > n) return (head + tail).substr(0, n);
  return head + words(rng, n - head.size() - tail.size(), true) + tail;
}

std::string binary_body(Rng& rng, std::string_view content_type, std::size_t n) {
  std::string magic;
  if (content_type == "image/jpeg") magic = "\xFF\xD8\xFF\xE0";
  else if (content_type == "image/png") magic = "\x89PNG\r\n\x1A\n";
  else if (content_type == "application/zip") magic = "PK\x03\x04";
  else if (content_type == "application/gzip") magic = "\x1F\x8B";
  std::string out(n, '\0');
  std::size_t i = 0;
  for (; i < n && i < magic.size(); ++i) out[i] = magic[i];
  while (i < n) {
    std::uint64_t r = rng.next();
    for (int k = 0; k < 8 && i < n; ++k, r >>= 8) out[i++] = static_cast<char>(r & 0xFF);
  }
  return out;
}

}  // namespace

std::uint64_t url_seed(std::string_view url) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : url) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return h;
}

std::string generate_body(std::string_view url, std::int64_t size, std::string_view content_type) {
  const std::size_t n = size > 0 ? static_cast<std::size_t>(size) : 0;
  Rng rng(url_seed(url));
  if (content_type.starts_with("application/json")) return json_body(rng, url, n);
  if (content_type.starts_with("text/html")) return html_body(rng, url, n);
  if (content_type.starts_with("text/")) return words(rng, n, true);
  return binary_body(rng, content_type, n);
}

}  // namespace ls::net
