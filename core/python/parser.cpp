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
  if (truncated_ && fstring_depth_ == 0 && at(Tok::EndMarker)) throw Truncated{};
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

void Parser::fail_late(const Token& t, std::string message) {
  if (!late_error_) late_error_ = make_diagnostic(program_.source, t.line, t.col, std::move(message));
}

// An error at `error_at` inside a bracket never closed is blamed on the
// bracket when the parser had read up to a later line than the bracket's.
void Parser::check_unclosed_bracket(const Token& error_at, uint32_t furthest_line) {
  if (fstring_depth_ > 0 || speculating_) return;
  const OpenBracket* innermost = nullptr;
  for (const OpenBracket& b : unclosed_) {
    if (b.line < error_at.line || (b.line == error_at.line && b.col <= error_at.col)) innermost = &b;
  }
  if (innermost && innermost->line < furthest_line) {
    fail(innermost->line, innermost->col, std::string("'") + innermost->open + "' was never closed");
  }
}

// The line of the token where parsing an expression from the current token
// stops, without consuming anything: how far CPython's parser reads when it
// checks whether two expressions stand side by side.
uint32_t Parser::furthest_line_reading_expression() {
  size_t saved_pos = pos_;
  uint32_t saved_depth = depth_;
  Context saved_ctx = ctx_;
  std::optional<Diagnostic> saved_late = late_error_;
  speculating_ = true;
  try {
    parse_expression();
  } catch (const SyntaxErrorException&) {
  } catch (const Truncated&) {
  }
  uint32_t line = peek().line;
  speculating_ = false;
  pos_ = saved_pos;
  depth_ = saved_depth;
  ctx_ = std::move(saved_ctx);
  late_error_ = std::move(saved_late);
  return line;
}

// The generic error at the current token, with the special cases that
// deserve a better message than CPython's plain "invalid syntax".
void Parser::invalid_syntax() {
  const Token& t = peek();
  if (!speculating_) {
    bool side_by_side = pos_ > 0 && starts_expression(t.kind) && ends_expression(prev().kind);
    check_unclosed_bracket(t, side_by_side ? furthest_line_reading_expression() : t.line);
  }
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
