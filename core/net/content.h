// Deterministic content: every simulated resource has a body generated from its
// URL with a seeded PRNG, so two runs (and the virtual and live worlds) see the
// same bytes. The body has exactly the size the profile gives.
//   application/json  a small JSON document {"url", "id", "items", "note"}
//   text/html         a page of readable words
//   text/*            readable words in lines
//   anything else     pseudo-random bytes behind the format's magic number
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ls::net {

// The PRNG seed for a URL: FNV-1a of its text.
std::uint64_t url_seed(std::string_view url);

// Exactly `size` bytes of content for `url` of the given Content-Type.
std::string generate_body(std::string_view url, std::int64_t size, std::string_view content_type);

}  // namespace ls::net
