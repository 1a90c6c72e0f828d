// parse_program: the front end's one entry point.
#include "python/frontend.h"

#include "python/lexer.h"
#include "python/parser.h"
#include "python/resolver.h"

namespace ls::py {

ast::Ident Symbols::intern(std::string_view text) {
  auto [it, inserted] = ids_.try_emplace(text, static_cast<uint32_t>(texts_.size()));
  if (inserted) texts_.push_back(text);
  return {it->first, it->second};
}

namespace {

// CPython tokenizes lazily while it parses, so which error it reports
// depends on where the parser stops. We lex first, then emulate it by parsing
// the tokens read before the lexer error:
//  - before a soft lexer error (bad indentation, a bad backslash), any syntax
//    error the parser meets wins;
//  - before a hard one (unterminated string, bad literal, bracket), only an
//    "unexpected indent" wins: CPython re-tokenizes the rest of the file after
//    other syntax errors and lets its tokenizer's error replace them.
[[noreturn]] void report_first_error(Program& program, Lexer& lexer,
                                     const SyntaxErrorException& lexer_error) {
  bool soft = lexer.soft_error();
  std::vector<Token> tokens = lexer.take_tokens();
  const Diagnostic& d = lexer_error.diag;
  tokens.push_back({Tok::EndMarker, d.line, d.col, d.line, d.col, {}});
  Parser parser(program, std::move(tokens));
  parser.set_truncated();
  try {
    parser.parse_module();
  } catch (const Parser::Truncated&) {
  } catch (const SyntaxErrorException& parse_error) {
    if (soft || parse_error.diag.message == "unexpected indent") throw;
  }
  throw lexer_error;
}

std::vector<Token> lex(Program& program, Lexer& lexer) {
  try {
    return lexer.tokenize();
  } catch (const SyntaxErrorException& e) {
    report_first_error(program, lexer, e);
  }
}

}  // namespace

ParseResult parse_program(std::string file_name, std::string text) {
  ParseResult result;
  auto program = std::make_unique<Program>(std::move(file_name), std::move(text));
  try {
    Lexer lexer(program->source);
    std::vector<Token> tokens = lex(*program, lexer);
    Parser parser(*program, std::move(tokens), lexer.unclosed_brackets());
    program->module = parser.parse_module();
    resolve(*program);
    if (parser.late_error()) throw SyntaxErrorException(*parser.late_error());
  } catch (SyntaxErrorException& e) {
    result.error = std::move(e.diag);
    return result;
  }
  result.program = std::move(program);
  return result;
}

}  // namespace ls::py
