// String and number literals: implicit concatenation, escapes, bytes, and
// number conversion. F-string fields are in parser_fstring.cpp.
#include <charconv>
#include <cstdlib>

#include "python/parser.h"
#include "python/parser_fstring.h"
#include "python/string_literal.h"

namespace ls::py {

using namespace ast;

// One or more adjacent STRING tokens: "a" 'b' -> "ab". If any is an
// f-string the result is a JoinedStr, else a Str or Bytes Constant.
Expr* Parser::parse_strings() {
  const Token& first = peek();
  size_t begin = pos_;
  bool any_bytes = false, any_str = false, any_f = false;
  while (at(Tok::String)) {
    const Token& t = next();
    StringLiteralParts parts = split_string_literal(t.text);
    (parts.bytes ? any_bytes : any_str) = true;
    any_f |= parts.fstring;
    if (any_bytes && any_str) fail_at(t, "cannot mix bytes and nonbytes literals");
  }
  size_t end = pos_;

  std::string pending;  // literal text not yet stored in a node
  std::vector<Expr*> parts;
  for (size_t i = begin; i < end; ++i) {
    const Token& t = tokens_[i];
    StringLiteralParts lit = split_string_literal(t.text);
    if (lit.fstring) {
      FStringParser(*this, t, lit).parse(pending, parts);
      continue;
    }
    if (lit.raw) {
      for (char c : lit.body) {
        if (lit.bytes && static_cast<unsigned char>(c) >= 0x80) {
          fail_at(t, "bytes can only contain ASCII literal characters");
        }
      }
      pending += lit.body;
      continue;
    }
    EscapeError error;
    if (!decode_escapes(lit.body, lit.bytes, pending, error)) {
      auto [line, col] = position_in_token(t, lit.body_offset + error.offset);
      fail(line, col, error.message);
    }
  }

  if (!any_f) {
    auto* c = make<Constant>(first);
    c->value_kind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->s = program_.arena.copy_string(pending);
    finish(c);
    return c;
  }
  auto* j = make<JoinedStr>(first);
  if (!pending.empty()) {
    auto* c = make<Constant>(first);
    c->value_kind = ConstKind::Str;
    c->s = program_.arena.copy_string(pending);
    parts.push_back(c);
  }
  j->values = seq(parts);
  finish(j);
  return j;
}

// Line and column of byte `offset` within token `t` (which may span lines).
std::pair<uint32_t, uint32_t> Parser::position_in_token(const Token& t, size_t offset) const {
  uint32_t line = t.line, col = t.col;
  for (size_t i = 0; i < offset && i < t.text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t.text[i]);
    bool crlf = c == '\r' && i + 1 < t.text.size() && t.text[i + 1] == '\n';
    if (c == '\n' || (c == '\r' && !crlf)) {
      ++line;
      col = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

namespace {

// Parses digits (no underscores) in `base` into an int64; false on overflow.
bool to_int64(std::string_view digits, int base, int64_t& value) {
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  return ec == std::errc() && ptr == digits.data() + digits.size();
}

}  // namespace

// A NUMBER token (already validated by the lexer) as a Constant.
Expr* Parser::parse_number(const Token& t) {
  auto* c = make<Constant>(t);
  std::string text;
  for (char ch : t.text) {
    if (ch != '_') text += ch;
  }
  char second = text.size() > 1 ? static_cast<char>(text[1] | 0x20) : '\0';
  int base = 10;
  std::string_view digits = text;
  if (text[0] == '0' && (second == 'x' || second == 'o' || second == 'b')) {
    base = second == 'x' ? 16 : second == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  } else if (text.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstKind::Float;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), c->f);
    (void)ptr;
    // Out of range: strtod gives inf or 0.0 as Python's float() does. (Only
    // here, because strtod follows the C locale's decimal point.)
    if (ec == std::errc::result_out_of_range) c->f = std::strtod(text.c_str(), nullptr);
    return c;
  }
  // Strip leading zeros so "000" and "0x0001" convert cleanly.
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  if (to_int64(digits, base, c->i)) {
    c->value_kind = ConstKind::Int;
  } else {
    c->value_kind = ConstKind::BigInt;
    c->s = program_.arena.copy_string(digits);
    c->base = static_cast<uint8_t>(base);
  }
  return c;
}

}  // namespace ls::py
