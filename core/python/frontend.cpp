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

ParseResult parse_program(std::string file_name, std::string text) {
  ParseResult result;
  auto program = std::make_unique<Program>(std::move(file_name), std::move(text));
  try {
    Lexer lexer(program->source);
    std::vector<Token> tokens = lexer.tokenize();
    program->module =
        Parser(*program, std::move(tokens), lexer.unclosed_brackets()).parse_module();
    resolve(*program);
  } catch (SyntaxErrorException& e) {
    result.error = std::move(e.diag);
    return result;
  }
  result.program = std::move(program);
  return result;
}

}  // namespace ls::py
