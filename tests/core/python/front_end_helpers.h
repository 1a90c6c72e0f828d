// Small helpers shared by the front-end tests: parse a snippet and look at
// the result as text.
#pragma once

#include <string>

#include "python/ast_dump.h"
#include "python/frontend.h"

namespace ls::py::test {

// The dumped module (one statement per line), or "error: <diagnostic>".
inline std::string dump_of(const std::string& source, bool scopes = false) {
  ParseResult r = parse_program("t.py", source);
  if (!r.ok()) return "error: " + r.error->to_string();
  return ast::dump(r.program->module, {scopes});
}

// "LINE:COL: Kind: message" of the error, or "no error".
inline std::string error_of(const std::string& source) {
  ParseResult r = parse_program("t.py", source);
  if (r.ok()) return "no error";
  std::string s = r.error->to_string();
  return s.substr(s.find(':') + 1);  // drop "t.py:"
}

// The first statement of a parsed module (the program must parse).
inline const ast::Stmt* first_statement(const ParseResult& r) {
  return r.ok() && !r.program->module->body.empty() ? r.program->module->body[0] : nullptr;
}

}  // namespace ls::py::test
