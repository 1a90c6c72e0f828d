// Parser: tokens -> AST, by recursive descent over CPython's grammar
// (Grammar/python.gram) restricted to Loopscope's subset. Internal to the
// front end; use parse_program() from frontend.h.
//
// Besides building nodes the parser checks what CPython's parser checks
// (assignment targets, argument order, ...), rejects constructs outside the
// subset with "<what> is not supported by Loopscope", and notes the first
// error CPython's compiler would find ('return' outside function, 'await'
// outside async function, ...) for the caller to raise after resolving.
//
// A bracket left open at the end of the file is reported as CPython does:
// "'(' was never closed" when parsing fails at the end of the file, or when
// the parser failed inside the bracket after reading past the bracket's line
// (CPython blames the bracket when the furthest token it read is on a later
// line; for two expressions side by side, it reads the whole second one).
//
// Recursion is bounded: brackets nest at most 200 deep (lexer), indentation
// 100 deep (lexer), and every recursive expression rule plus every operator
// chain counts against kMaxNestingDepth, so any AST has depth well under
// 1000 and tree walks may recurse safely.
//
// Source files: parser.cpp (cursor, errors, module), parser_stmt.cpp,
// parser_compound.cpp, parser_expr.cpp, parser_atom.cpp, parser_args.cpp,
// parser_target.cpp, parser_string.cpp, parser_fstring.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "python/ast.h"
#include "python/frontend.h"
#include "python/lexer.h"
#include "python/token.h"

namespace ls::py {

// Deepest nesting of expressions (and elif chains) the parser accepts. Above
// the lexer's 200 brackets so that CPython's bracket limit is the one users
// meet first.
inline constexpr uint32_t kMaxNestingDepth = 300;

class Parser {
 public:
  Parser(Program& program, std::vector<Token> tokens,
         std::vector<OpenBracket> unclosed_brackets = {});
  ast::Module* parse_module();  // throws SyntaxErrorException

  // Truncated mode parses the tokens read before a lexer error (see
  // frontend.cpp). Reaching their end throws Truncated: the lexer's error is
  // the one to report, unless a syntax error came first.
  struct Truncated {};
  void set_truncated() { truncated_ = true; }

  // The first error of those CPython only reports after parsing and after
  // its symbol table ('return' outside function, 'await' outside async
  // function, 'break' outside loop, ...): the caller raises it once the
  // resolver found nothing.
  const std::optional<Diagnostic>& late_error() const { return late_error_; }

 private:
  using Expr = ast::Expr;
  using Stmt = ast::Stmt;
  using StmtList = std::vector<Stmt*>;

  // What encloses the code being parsed; saved and replaced when entering a
  // def, lambda or class body.
  struct Context {
    ast::Function* function = nullptr;  // innermost def/lambda; null at module or class level
    uint32_t loop_depth = 0;            // loops around us inside that function/body
    uint32_t awaits = 0;                // awaits seen so far in this function (a counter)
    std::string qualname_prefix;        // "", "f.<locals>.", "C."
  };

  // --- Cursor and errors (parser.cpp) ---------------------------------------
  const Token& peek(size_t ahead = 0) const;
  Tok kind(size_t ahead = 0) const { return peek(ahead).kind; }
  bool at(Tok k) const { return kind() == k; }
  bool accept(Tok k);
  const Token& next();
  const Token& prev() const { return tokens_[pos_ - 1]; }
  const Token& expect(Tok k);  // "expected ':'"-style error when missing
  [[noreturn]] void fail(uint32_t line, uint32_t col, std::string message,
                         ErrorKind kind = ErrorKind::SyntaxError) const;
  [[noreturn]] void fail_at(const Token& t, std::string message) const;
  [[noreturn]] void fail_at(const ast::Node* n, std::string message) const;
  // Errors CPython's compiler (not its parser) reports once the whole file
  // has parsed: the first one is kept and parsing goes on (see late_error).
  void fail_late(const Token& t, std::string message);
  [[noreturn]] void invalid_syntax();  // at the current token
  // Unclosed brackets, see the file comment.
  void check_unclosed_bracket(const Token& error_at, uint32_t furthest_line);
  uint32_t furthest_line_reading_expression();

  template <class T>
  T* make(const Token& start);
  template <class T>
  T* make(const ast::Node* start);
  void finish(ast::Node* n) const;  // end position := end of the previous token
  ast::Ident ident(const Token& t) { return program_.symbols.intern(t.text); }
  template <class T>
  Seq<T> seq(const std::vector<T>& v) { return program_.arena.copy(v); }

  class DepthGuard;  // counts one nesting level for the current rule
  void deepen();     // one more level, or "too many nested ..." past the limit

  // --- Statements (parser_stmt.cpp) -----------------------------------------
  void parse_statement(StmtList& out);
  void parse_simple_statements(StmtList& out);
  Stmt* parse_simple_statement();
  Stmt* parse_expression_statement();
  Stmt* parse_assignment(Expr* first, const Token& start);
  Stmt* parse_annotated(Expr* target, const Token& start);
  Stmt* parse_return();
  Stmt* parse_raise();
  Stmt* parse_del();
  Stmt* parse_assert();
  Stmt* parse_names_decl(bool nonlocal);
  Stmt* parse_import();
  Stmt* parse_from_import();
  ast::Alias parse_alias(bool dotted);
  std::string_view parse_dotted_name(bool dotted);
  bool looks_like_match_statement() const;

  // --- Compound statements (parser_compound.cpp) ----------------------------
  Seq<Stmt*> parse_block(const std::string& what, const Token& header);
  Stmt* parse_if(const Token& keyword);
  Stmt* parse_while();
  Stmt* parse_for(const Token* async_kw);
  Stmt* parse_try();
  ast::ExceptHandler* parse_except_handler();
  Stmt* parse_with(const Token* async_kw);
  void parse_with_items(std::vector<ast::WithItem>& items, bool parenthesized);
  Stmt* parse_decorated();
  Stmt* parse_funcdef(const Token& start, const Token* async_kw, Seq<Expr*> decorators);
  Stmt* parse_classdef(const Token& start, Seq<Expr*> decorators);
  void note_async(const Token& t, const char* what);

  // --- Expressions (parser_expr.cpp) ----------------------------------------
  Expr* parse_star_expressions();  // `a, *b` without brackets -> Tuple
  Expr* parse_star_expression();
  Expr* parse_expression();        // ternary, lambda
  Expr* parse_disjunction();
  Expr* parse_conjunction();
  Expr* parse_inversion();
  Expr* parse_comparison();
  Expr* parse_binary(int min_precedence);
  Expr* parse_unary();
  Expr* parse_power();
  Expr* parse_await_primary();
  Expr* parse_primary();
  Expr* parse_subscript(Expr* value);
  Expr* parse_slice();
  Expr* parse_lambda();

  // --- Atoms, displays, comprehensions (parser_atom.cpp) --------------------
  Expr* parse_atom();
  Expr* parse_paren();
  Expr* parse_list();
  Expr* parse_brace();
  Expr* parse_dict_rest(const Token& open, Expr* first_key, Expr* first_value);
  Expr* parse_set_rest(const Token& open, Expr* first);
  Expr* parse_comprehension(const Token& open, ast::NodeKind kind, Expr* elt,
                            Expr* value, uint32_t awaits_before);
  Expr* parse_star_named_expression();
  [[noreturn]] void missing_comma_or_close(const Expr* last);
  static bool starts_expression(Tok k);
  static bool ends_expression(Tok k);
  void check_misused_equal(const Expr* e);

  // --- Arguments and parameters (parser_args.cpp) ---------------------------
  Expr* parse_call(Expr* func);
  ast::Parameters parse_parameters(Tok close, bool annotations);
  ast::Function* new_function(const Token& start, ast::Ident name, bool is_async,
                              bool is_lambda);

  // --- Targets (parser_target.cpp) ------------------------------------------
  Expr* parse_target_list(Tok stop);  // for-loop / comprehension targets
  Expr* parse_star_target();          // one target, `*x` allowed
  void set_store(Expr* e, bool assign_here);
  void set_del(Expr* e);
  void check_aug_target(Expr* e) const;
  static const char* describe(const Expr* e);

  // --- Strings (parser_string.cpp, parser_fstring.cpp) ----------------------
  Expr* parse_strings();
  Expr* parse_number(const Token& t);
  std::pair<uint32_t, uint32_t> position_in_token(const Token& t, size_t offset) const;
  class FStringParser;  // parser_fstring.h

  Program& program_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  uint32_t depth_ = 0;  // current nesting depth, see kMaxNestingDepth
  std::vector<OpenBracket> unclosed_;  // brackets open at the end of the file
  uint32_t fstring_depth_ = 0;         // > 0 while parsing an f-string field
  bool truncated_ = false;             // see set_truncated()
  bool speculating_ = false;           // inside furthest_line_reading_expression
  std::optional<Diagnostic> late_error_;
  Context ctx_;
};

// One level of nesting for as long as it lives; see kMaxNestingDepth.
class Parser::DepthGuard {
 public:
  explicit DepthGuard(Parser& p) : p_(p) { p_.deepen(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  ~DepthGuard() { --p_.depth_; }

 private:
  Parser& p_;
};

template <class T>
T* Parser::make(const Token& start) {
  T* n = program_.arena.make<T>();
  n->kind = T::kKind;
  n->line = start.line;
  n->col = start.col;
  n->end_line = start.end_line;
  n->end_col = start.end_col;
  return n;
}

template <class T>
T* Parser::make(const ast::Node* start) {
  T* n = program_.arena.make<T>();
  n->kind = T::kKind;
  n->line = start->line;
  n->col = start->col;
  n->end_line = start->end_line;
  n->end_col = start->end_col;
  return n;
}

}  // namespace ls::py
