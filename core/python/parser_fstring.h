// F-strings, with CPython 3.11's rules: {{ and }} are literal braces; a field
// is {expression[=][!conversion][:format_spec]}; the format spec may itself
// hold fields one level deep ({x:>{width}}); the expression part may not
// contain a backslash, a comment, or the enclosing quote.
//
// Each field's expression is lexed by a Lexer positioned at its real line and
// column and parsed by the same Parser (tokens swapped in and out), so its
// nodes carry true source positions and `await` inside a field counts for the
// enclosing function.
#pragma once

#include <string>
#include <vector>

#include "python/parser.h"
#include "python/string_literal.h"

namespace ls::py {

class Parser::FStringParser {
 public:
  FStringParser(Parser& parser, const Token& token, const StringLiteralParts& literal);

  // Appends this f-string's parts to `parts`. Literal text accumulates in
  // `pending` (so it merges with neighbouring literals of an implicit
  // concatenation) and becomes a Str Constant before each field.
  void parse(std::string& pending, std::vector<ast::Expr*>& parts);

 private:
  // Literal text and fields from pos_ to the end of the body or, in a format
  // spec, to the '}' that closes the field. `level` 0 is the f-string itself.
  void parse_parts(std::string& pending, std::vector<ast::Expr*>& parts, int level, bool in_spec);
  void parse_field(std::string& pending, std::vector<ast::Expr*>& parts, int level);
  size_t scan_expression_end(size_t begin) const;
  ast::Expr* compile(size_t begin, size_t end);
  void append_literal(size_t begin, size_t end, std::string& pending) const;
  void flush(std::string& pending, std::vector<ast::Expr*>& parts) const;
  std::pair<uint32_t, uint32_t> position(size_t offset) const;  // offset into body_
  [[noreturn]] void fail(size_t offset, std::string message) const;

  Parser& p_;
  const Token& token_;
  std::string_view body_;  // the text between the quotes
  size_t body_offset_;     // where body_ starts in token_.text
  bool raw_;
  size_t pos_ = 0;         // cursor in body_

  // position() walks forward from the last position it computed.
  mutable size_t walked_ = 0;  // offset into token_.text
  mutable uint32_t walked_line_, walked_col_;
};

}  // namespace ls::py
