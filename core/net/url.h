// Url: the parts of an http(s) URL the simulated network needs, and the errors
// a bad one gives.
//
// Programs are untrusted input, so a URL that requests or aiohttp would refuse is
// refused here too, with a message close to the library's own (the interpreter
// maps UrlError::Kind to requests.exceptions.MissingSchema / InvalidSchema /
// InvalidURL or aiohttp.InvalidURL).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ls::net {

class UrlError : public std::runtime_error {
 public:
  enum class Kind : std::uint8_t {
    MissingScheme,      // "example.com/a.jpg": requests' MissingSchema
    UnsupportedScheme,  // "ftp://...": requests' InvalidSchema
    Invalid,            // no host, a space, a bad port...: requests' InvalidURL
  };
  UrlError(Kind k, const std::string& msg) : std::runtime_error(msg), kind_(k) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

struct Url {
  std::string text;    // the URL as the program wrote it
  std::string scheme;  // "http" or "https", lower case
  std::string host;    // lower case, without the port: the key of a host profile
  int port = 0;        // explicit port, or 80 / 443 from the scheme
  std::string path;    // starts with '/', never empty; no query, no fragment
  std::string query;   // after '?', without it; may be empty
};

// Parses an absolute http(s) URL; throws UrlError.
Url parse_url(std::string_view text);

// The path's extension in lower case, with its dot (".jpg", ".tar.gz"), or "".
std::string path_extension(std::string_view path);

}  // namespace ls::net
