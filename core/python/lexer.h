// Lexer: source text -> tokens, following CPython's tokenizer rules.
//
//  - Logical lines end in NEWLINE; blank and comment-only lines produce
//    nothing. Inside (), [] or {} line breaks are ignored (implicit joining);
//    a backslash before a line break joins lines explicitly.
//  - Indentation produces INDENT/DEDENT, compared like CPython: tabs advance
//    to the next multiple of 8, and the same indentation must also compare the
//    same with tabs counted as one column, else TabError.
//  - Strings are returned whole (prefix and quotes included); the parser
//    decodes escapes and f-strings. Numbers are validated here and converted
//    by the parser.
//  - Limits, with CPython's messages: 100 indentation levels, 200 nested
//    brackets. Invalid UTF-8 and NUL bytes are rejected before lexing.
#pragma once

#include <string_view>
#include <vector>

#include "python/diagnostic.h"
#include "python/token.h"

namespace ls::py {

inline constexpr size_t kMaxIndentLevels = 100;
inline constexpr size_t kMaxBracketDepth = 200;

// A bracket still open at the end of the file.
struct OpenBracket {
  char open;
  uint32_t line, col;
};

class Lexer {
 public:
  // Lexes a whole file.
  explicit Lexer(const SourceFile& file);
  // Lexes the expression of an f-string replacement field: `text` is a view
  // into file.text() starting at line:col. The text is treated as if it were
  // parenthesized, so it never produces NEWLINE, INDENT or DEDENT.
  Lexer(const SourceFile& file, std::string_view text, uint32_t line, uint32_t col);

  // All tokens, ending with ENDMARKER. Throws SyntaxErrorException.
  std::vector<Token> tokenize();

  // Brackets left open at the end of a file. That is not reported here: like
  // CPython, the parser reports "'(' was never closed" only when it fails at
  // the end of the file or on a later line than the bracket (see parser.h).
  const std::vector<OpenBracket>& unclosed_brackets() const { return brackets_; }

  // After tokenize() threw: whether the error is one CPython only reports
  // once the parser reaches it (bad indentation, a bad backslash), as opposed to
  // errors its tokenizer reports even when the parser failed earlier
  // (unterminated strings, bad literals, brackets). For a soft error, the
  // tokens read before it, so that an earlier syntax error can win.
  bool soft_error() const { return soft_error_; }
  std::vector<Token> take_tokens() { return std::move(tokens_); }

 private:
  struct Indent {
    unsigned col;     // width with tabs to multiples of 8
    unsigned altcol;  // width with tabs counted as 1
  };

  // Cursor.
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void advance();
  void advance_line_break();  // consumes \n, \r\n or \r

  [[noreturn]] void fail(uint32_t line, uint32_t col, std::string message,
                         ErrorKind kind = ErrorKind::SyntaxError) const;
  // For errors CPython's tokenizer only reports when the parser gets there.
  [[noreturn]] void fail_soft(uint32_t line, uint32_t col, std::string message,
                              ErrorKind kind = ErrorKind::SyntaxError);
  void check_encoding() const;

  // One step of the main loop per construct.
  bool read_indentation();  // false when the line is blank
  void line_break();
  void continuation();
  void finish();
  void lex_token();
  void lex_name();
  void lex_operator();
  void open_bracket(char c, uint32_t line, uint32_t col);
  void close_bracket(char c, uint32_t line, uint32_t col);
  void invalid_character(uint32_t line, uint32_t col);

  // Literals (lexer_literals.cpp).
  void lex_number();
  void lex_radix_number(char radix);
  bool scan_digits(bool (*is_digit)(char));
  void check_number_end(uint32_t line, uint32_t col, const char* kind);
  void lex_string(size_t start, uint32_t line, uint32_t col);

  void emit(Tok kind, size_t start, uint32_t line, uint32_t col);
  void emit_marker(Tok kind, uint32_t line, uint32_t col);

  const SourceFile& file_;
  std::string_view text_;
  bool fstring_mode_ = false;  // lexing an f-string expression (see constructor)
  size_t pos_ = 0;             // byte offset into text_
  uint32_t line_ = 1, col_ = 1;

  std::vector<Token> tokens_;
  std::vector<Indent> indents_{{0, 0}};  // open blocks; the bottom one is column 0
  std::vector<OpenBracket> brackets_;    // open brackets, innermost last
  bool at_line_start_ = true;   // nothing read yet on this physical line
  bool line_has_tokens_ = false;  // the current logical line emitted a token
  bool soft_error_ = false;       // see soft_error()
};

// Character classes shared with the f-string scanner.
bool is_identifier_start(char32_t cp);
bool is_identifier_char(char32_t cp);
bool is_nonprintable(char32_t cp);

}  // namespace ls::py
