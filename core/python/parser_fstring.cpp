// F-string bodies: literal text, replacement fields, conversions, format specs.
#include "python/parser_fstring.h"

#include "python/lexer.h"

namespace ls::py {

using namespace ast;

Parser::FStringParser::FStringParser(Parser& parser, const Token& token,
                                     const StringLiteralParts& literal)
    : p_(parser),
      token_(token),
      body_(literal.body),
      body_offset_(literal.body_offset),
      raw_(literal.raw),
      walked_line_(token.line),
      walked_col_(token.col) {}

void Parser::FStringParser::parse(std::string& pending, std::vector<Expr*>& parts) {
  pos_ = 0;
  parse_parts(pending, parts, 0, false);
}

void Parser::FStringParser::parse_parts(std::string& pending, std::vector<Expr*>& parts,
                                        int level, bool in_spec) {
  const size_t n = body_.size();
  size_t segment = pos_;  // start of the literal text not yet appended
  while (pos_ < n) {
    char c = body_[pos_];
    if (c == '\\' && !raw_) {
      // \N{NAME} has braces that are not a field (the escape is refused later).
      if (body_.substr(pos_, 3) == "\\N{") {
        size_t close = body_.find('}', pos_);
        pos_ = close == std::string_view::npos ? n : close + 1;
        continue;
      }
      // The escaped character is skipped unless it is a brace, which keeps
      // its meaning: f"\{x}" is a backslash then a field.
      bool brace_next = pos_ + 1 < n && (body_[pos_ + 1] == '{' || body_[pos_ + 1] == '}');
      pos_ += brace_next ? 1 : 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && pos_ + 1 < n && body_[pos_ + 1] == '{') {  // "{{" is one '{'
        append_literal(segment, pos_ + 1, pending);
        pos_ += 2;
        segment = pos_;
        continue;
      }
      append_literal(segment, pos_, pending);
      parse_field(pending, parts, level);
      segment = pos_;
      continue;
    }
    if (c == '}') {
      if (in_spec) break;  // closes the field whose spec this is
      if (pos_ + 1 < n && body_[pos_ + 1] == '}') {
        append_literal(segment, pos_ + 1, pending);
        pos_ += 2;
        segment = pos_;
        continue;
      }
      fail(pos_, "f-string: single '}' is not allowed");
    }
    ++pos_;
  }
  append_literal(segment, std::min(pos_, n), pending);
}

// The cursor is on a field's '{'.
void Parser::FStringParser::parse_field(std::string& pending, std::vector<Expr*>& parts, int level) {
  const size_t n = body_.size();
  size_t open = pos_;
  if (level >= 2) fail(open, "f-string: expressions nested too deeply");
  // Positions are asked for in increasing order so position() never rewinds.
  auto [line, col] = position(open);
  size_t begin = open + 1;
  size_t end = scan_expression_end(begin);
  if (body_.substr(begin, end - begin).find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
    fail(end, body_[end] == '!' ? "f-string: expression required before '!'"
                                : "f-string: empty expression not allowed");
  }
  Expr* value = compile(begin, end);
  pos_ = end;

  bool debug = false;  // {expr=}: the expression's text, then its repr
  size_t debug_end = 0;
  if (body_[pos_] == '=') {
    debug = true;
    ++pos_;
    while (pos_ < n && (body_[pos_] == ' ' || body_[pos_] == '\t')) ++pos_;
    debug_end = pos_;
  }
  char conversion = 0;
  if (pos_ < n && body_[pos_] == '!') {
    ++pos_;
    char c = pos_ < n ? body_[pos_] : '\0';
    if (c != 's' && c != 'r' && c != 'a') {
      fail(pos_, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = c;
    ++pos_;
    if (pos_ >= n || (body_[pos_] != ':' && body_[pos_] != '}')) fail(pos_, "f-string: expecting '}'");
  }
  JoinedStr* spec = nullptr;
  if (pos_ < n && body_[pos_] == ':') {
    auto [spec_line, spec_col] = position(pos_);
    ++pos_;
    std::string spec_pending;
    std::vector<Expr*> spec_parts;
    parse_parts(spec_pending, spec_parts, level + 1, true);
    flush(spec_pending, spec_parts);
    spec = p_.make<JoinedStr>(token_);
    spec->line = spec_line;
    spec->col = spec_col;
    spec->values = p_.seq(spec_parts);
  }
  if (pos_ >= n || body_[pos_] != '}') fail(pos_, "f-string: expecting '}'");
  ++pos_;

  if (debug) {
    pending += body_.substr(begin, debug_end - begin);
    if (!conversion && !spec) conversion = 'r';
  }
  flush(pending, parts);
  auto* field = p_.make<FormattedValue>(token_);
  field->line = line;
  field->col = col;
  auto [end_line, end_col] = position(pos_);
  field->end_line = end_line;
  field->end_col = end_col;
  field->value = value;
  field->conversion = conversion;
  field->format_spec = spec;
  parts.push_back(field);
}

// Finds where a field's expression ends: at '}', '!', ':' or a debug '='
// outside brackets and nested strings.
size_t Parser::FStringParser::scan_expression_end(size_t begin) const {
  const size_t n = body_.size();
  std::vector<char> brackets;
  size_t i = begin;
  while (i < n) {
    char c = body_[i];
    switch (c) {
      case '\\': fail(i, "f-string expression part cannot include a backslash");
      case '#': fail(i, "f-string expression part cannot include '#'");
      case '\'':
      case '"': {
        size_t quotes = body_.substr(i, 3) == std::string(3, c) ? 3 : 1;
        std::string_view closing = body_.substr(i, quotes);
        size_t j = i + quotes;
        while (j < n && body_.substr(j, quotes) != closing) {
          if (body_[j] == '\\') fail(j, "f-string expression part cannot include a backslash");
          ++j;
        }
        if (j >= n) fail(i, "f-string: unterminated string");
        i = j + quotes;
        continue;
      }
      case '(':
      case '[':
      case '{':
        if (brackets.size() >= kMaxBracketDepth) fail(i, "too many nested parentheses");
        brackets.push_back(c);
        break;
      case ')':
      case ']':
      case '}': {
        if (brackets.empty()) {
          if (c == '}') return i;
          fail(i, std::string("f-string: unmatched '") + c + "'");
        }
        char open = brackets.back();
        char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != expected) {
          fail(i, std::string("f-string: closing parenthesis '") + c +
                      "' does not match opening parenthesis '" + open + "'");
        }
        brackets.pop_back();
        break;
      }
      case '!':
      case '=':
      case '<':
      case '>':
        if (i + 1 < n && body_[i + 1] == '=') {  // != == <= >= are operators
          i += 2;
          continue;
        }
        if (brackets.empty() && (c == '!' || c == '=')) return i;
        break;
      case ':':
        if (brackets.empty()) return i;
        break;
      default:
        break;
    }
    ++i;
  }
  fail(n, "f-string: expecting '}'");
}

// Lexes and parses body_[begin, end) as an expression list, in place.
Expr* Parser::FStringParser::compile(size_t begin, size_t end) {
  auto [line, col] = position(begin);
  std::string_view text = body_.substr(begin, end - begin);
  // Swaps the field's tokens in for as long as it lives, whatever happens.
  struct TokenSwap {
    Parser& p;
    std::vector<Token> saved;
    size_t saved_pos;
    explicit TokenSwap(Parser& parser)
        : p(parser), saved(std::move(parser.tokens_)), saved_pos(parser.pos_) {
      ++p.fstring_depth_;
    }
    ~TokenSwap() {
      p.tokens_ = std::move(saved);
      p.pos_ = saved_pos;
      --p.fstring_depth_;
    }
  };
  try {
    TokenSwap swap(p_);
    p_.tokens_ = Lexer(p_.program_.source, text, line, col).tokenize();
    p_.pos_ = 0;
    Expr* e = p_.parse_star_expressions();
    if (as<Starred>(e)) p_.fail_at(e, "can't use starred expression here");
    if (!p_.at(Tok::EndMarker)) p_.missing_comma_or_close(e);
    return e;
  } catch (SyntaxErrorException& error) {
    if (error.diag.message.rfind("f-string", 0) != 0) {
      error.diag.message = "f-string: " + error.diag.message;
    }
    throw;
  }
}

void Parser::FStringParser::append_literal(size_t begin, size_t end, std::string& pending) const {
  if (end <= begin) return;
  std::string_view text = body_.substr(begin, end - begin);
  if (raw_) {
    pending += text;
    return;
  }
  EscapeError error;
  if (!decode_escapes(text, false, pending, error)) fail(begin + error.offset, error.message);
}

void Parser::FStringParser::flush(std::string& pending, std::vector<Expr*>& parts) const {
  if (pending.empty()) return;
  auto* c = p_.make<Constant>(token_);
  c->value_kind = ConstKind::Str;
  c->s = p_.program_.arena.copy_string(pending);
  parts.push_back(c);
  pending.clear();
}

std::pair<uint32_t, uint32_t> Parser::FStringParser::position(size_t offset) const {
  size_t target = body_offset_ + offset;
  if (target < walked_) {  // behind us: start over from the token's start
    walked_ = 0;
    walked_line_ = token_.line;
    walked_col_ = token_.col;
  }
  std::string_view text = token_.text;
  for (; walked_ < target && walked_ < text.size(); ++walked_) {
    unsigned char c = static_cast<unsigned char>(text[walked_]);
    bool crlf = c == '\r' && walked_ + 1 < text.size() && text[walked_ + 1] == '\n';
    if (c == '\n' || (c == '\r' && !crlf)) {
      ++walked_line_;
      walked_col_ = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
      ++walked_col_;
    }
  }
  return {walked_line_, walked_col_};
}

void Parser::FStringParser::fail(size_t offset, std::string message) const {
  auto [line, col] = position(offset);
  p_.fail(line, col, std::move(message));
}

}  // namespace ls::py
