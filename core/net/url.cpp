#include "net/url.h"

#include <algorithm>
#include <cctype>

namespace ls::net {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

[[noreturn]] void invalid(std::string_view text, std::string_view why) {
  throw UrlError(UrlError::Kind::Invalid,
                 "Invalid URL '" + std::string(text) + "': " + std::string(why));
}

bool host_char_ok(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

}  // namespace

Url parse_url(std::string_view text) {
  Url u;
  u.text = std::string(text);
  const auto sep = text.find("://");
  if (sep == std::string_view::npos) {
    throw UrlError(UrlError::Kind::MissingScheme,
                   "Invalid URL '" + u.text + "': No scheme supplied. Perhaps you meant https://" +
                       u.text + "?");
  }
  u.scheme = lower(text.substr(0, sep));
  if (u.scheme != "http" && u.scheme != "https") {
    throw UrlError(UrlError::Kind::UnsupportedScheme,
                   "No connection adapters were found for '" + u.text + "'");
  }
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) invalid(text, "contains a space or control character");
  }
  std::string_view rest = text.substr(sep + 3);
  // The authority ends at the first '/', '?' or '#'.
  const auto auth_end = rest.find_first_of("/?#");
  std::string_view auth = rest.substr(0, auth_end);
  rest = auth_end == std::string_view::npos ? std::string_view{} : rest.substr(auth_end);
  if (auth.find('@') != std::string_view::npos) invalid(text, "user names and passwords are not supported");
  std::string_view host = auth;
  u.port = u.scheme == "https" ? 443 : 80;
  if (const auto colon = auth.rfind(':'); colon != std::string_view::npos) {
    host = auth.substr(0, colon);
    const std::string_view port = auth.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
      invalid(text, "bad port");
    u.port = std::stoi(std::string(port));
    if (u.port < 1 || u.port > 65535) invalid(text, "bad port");
  }
  if (host.empty()) invalid(text, "No host supplied");
  if (!std::all_of(host.begin(), host.end(), host_char_ok) || host.front() == '.' ||
      host.back() == '.' || host.find("..") != std::string_view::npos)
    invalid(text, "bad host name");
  u.host = lower(host);
  // Path, then query; a fragment never reaches the server.
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  if (const auto q = rest.find('?'); q != std::string_view::npos) {
    u.query = std::string(rest.substr(q + 1));
    rest = rest.substr(0, q);
  }
  u.path = rest.empty() ? "/" : std::string(rest);
  return u;
}

std::string path_extension(std::string_view path) {
  const std::string p = lower(path);
  if (p.size() >= 7 && p.ends_with(".tar.gz")) return ".tar.gz";
  const auto slash = p.rfind('/');
  const auto dot = p.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return p.substr(dot);
}

}  // namespace ls::net
