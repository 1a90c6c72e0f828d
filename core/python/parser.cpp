// Parser core: the token cursor, error reporting and the module rule.
#include "python/parser.h"

namespace ls::py {

Parser::Parser(Program& program, std::vector<Token> tokens,
               std::vector<OpenBracket> unclosed_brackets)
    : program_(program), tokens_(std::move(tokens)), unclosed_(std::move(unclosed_brackets)) {
  if (tokens_.empty() || tokens_.back().kind != Tok::EndMarker) {
    tokens_.push_back({Tok::EndMarker, 1, 1, 1, 1, {}});
  }
}

ast::Module* Parser::parse_module() {
  auto* module = make<ast::Module>(peek());
  module->line = module->col = 1;
  StmtList body;
  while (!at(Tok::EndMarker)) parse_statement(body);
  module->body = seq(body);
  module->scope.kind = ast::ScopeKind::Module;
  finish(module);
  return module;
}

// --- Cursor ------------------------------------------------------------------

const Token& Parser::peek(size_t ahead) const {
  size_t i = pos_ + ahead;
  return i < tokens_.size() ? tokens_[i] : tokens_.back();  // EndMarker forever
}

bool Parser::accept(Tok k) {
  if (!at(k)) return false;
  ++pos_;
  return true;
}

const Token& Parser::next() {
  const Token& t = peek();
  if (pos_ < tokens_.size() - 1) ++pos_;
  return t;
}

const Token& Parser::expect(Tok k) {
  if (at(k)) return next();
  if (k == Tok::Colon && !at(Tok::ColonEqual)) fail_at(peek(), "expected ':'");
  invalid_syntax();
}

// Structure tokens (NEWLINE, INDENT, DEDENT) do not count: a block statement
// ends where its last real token ends.
void Parser::finish(ast::Node* n) const {
  size_t i = pos_;
  while (i > 0 && (tokens_[i - 1].kind == Tok::Newline || tokens_[i - 1].kind == Tok::Dedent ||
                   tokens_[i - 1].kind == Tok::Indent)) {
    --i;
  }
  if (i == 0) return;
  n->end_line = tokens_[i - 1].end_line;
  n->end_col = tokens_[i - 1].end_col;
}

void Parser::deepen() {
  if (++depth_ > kMaxNestingDepth) {
    fail_at(peek(), "too many nested expressions or blocks (more than " +
                        std::to_string(kMaxNestingDepth) + " levels)");
  }
}

// --- Errors ------------------------------------------------------------------

void Parser::fail(uint32_t line, uint32_t col, std::string message, ErrorKind kind) const {
  if (fstring_depth_ == 0 && !unclosed_.empty() && at(Tok::EndMarker)) {
    const OpenBracket& b = unclosed_.back();
    line = b.line;
    col = b.col;
    message = std::string("'") + b.open + "' was never closed";
    kind = ErrorKind::SyntaxError;
  }
  throw SyntaxErrorException(
      make_diagnostic(program_.source, line, col, std::move(message), kind));
}

void Parser::fail_at(const Token& t, std::string message) const {
  fail(t.line, t.col, std::move(message));
}

void Parser::fail_at(const ast::Node* n, std::string message) const {
  fail(n->line, n->col, std::move(message));
}

// A generic error on a line after an unclosed bracket is really that bracket.
void Parser::check_unclosed_bracket(const Token& error_at) const {
  if (fstring_depth_ > 0) return;
  const OpenBracket* innermost = nullptr;
  for (const OpenBracket& b : unclosed_) {
    if (b.line < error_at.line || (b.line == error_at.line && b.col < error_at.col)) innermost = &b;
  }
  if (innermost && innermost->line < error_at.line) {
    fail(innermost->line, innermost->col, std::string("'") + innermost->open + "' was never closed");
  }
}

// The generic error at the current token, with the special cases that
// deserve a better message than CPython's plain "invalid syntax".
void Parser::invalid_syntax() const {
  const Token& t = peek();
  check_unclosed_bracket(t);
  switch (t.kind) {
    case Tok::ColonEqual:
      fail_at(t, not_supported("the assignment expression (walrus) operator ':='"));
    case Tok::KwYield:
      fail_at(t, not_supported("'yield'"));
    case Tok::At:
      fail_at(t, not_supported("the matrix multiplication operator '@'"));
    case Tok::AtEqual:
      fail_at(t, not_supported("the operator '@='"));
    case Tok::Indent:
      fail(t.line, t.col, "unexpected indent", ErrorKind::IndentationError);
    default:
      fail_at(t, "invalid syntax");
  }
}

}  // namespace ls::py
