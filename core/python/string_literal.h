// Decoding string literal text: prefixes and backslash escapes, as pure
// functions over the literal's source text (see parser_string.cpp for how
// the parser uses them and parser_fstring.cpp for f-strings).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ls::py {

struct StringLiteralParts {
  bool raw = false;      // r: backslashes are kept
  bool bytes = false;    // b: a bytes literal
  bool fstring = false;  // f: has replacement fields
  std::string_view body;  // between the quotes
  size_t body_offset = 0; // where body starts within the token text
};

// Splits a lexed STRING token's text (prefix, quotes and all) into parts.
StringLiteralParts split_string_literal(std::string_view token_text);

struct EscapeError {
  size_t offset = 0;  // byte offset of the problem within the decoded text
  std::string message;
};

// Appends `text` to `out` with Python's escapes decoded (\n, \x41, \u00e9,
// \N{...} is refused, unknown escapes stay as written). For bytes, \u and
// \U are not escapes and non-ASCII characters are errors. Returns false and
// fills `error` on a malformed escape.
bool decode_escapes(std::string_view text, bool bytes, std::string& out, EscapeError& error);

}  // namespace ls::py
