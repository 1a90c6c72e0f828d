// Token: what the lexer hands the parser. Kinds follow CPython's tokenizer
// (Lib/token.py), with every keyword given its own kind so the parser can
// switch on it instead of comparing strings.
#pragma once

#include <cstdint>
#include <string_view>

namespace ls::py {

enum class Tok : uint8_t {
  // Structure.
  EndMarker,  // end of input; always the last token
  Newline,    // end of a logical line (never emitted inside brackets)
  Indent,     // the next line is indented deeper than the current block
  Dedent,     // one block closes; several may follow each other
  // Atoms. `text` holds the exact source spelling, prefixes and quotes included.
  Name,
  Number,
  String,
  // A printable ASCII character no token starts with ($ ? ` or a lone !).
  // Like CPython, the lexer passes it on and the parser rejects it, so a
  // later lexical error in the file is still found and reported first.
  ErrorToken,
  // Keywords (Python 3.11; `async` and `await` are real keywords).
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak,
  KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally,
  KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal,
  KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
  // Brackets.
  LPar, RPar, LSqb, RSqb, LBrace, RBrace,
  // Punctuation.
  Colon, Comma, Semi, Dot, Ellipsis, Arrow, At, ColonEqual, Equal,
  // Operators.
  Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, Tilde,
  Amper, VBar, Caret, LeftShift, RightShift,
  Less, Greater, LessEqual, GreaterEqual, EqEqual, NotEqual,
  // Augmented assignment operators, in the same order as their binary
  // operators above so the parser can map one to the other.
  PlusEqual, MinusEqual, StarEqual, DoubleStarEqual, SlashEqual,
  DoubleSlashEqual, PercentEqual, AmperEqual, VBarEqual, CaretEqual,
  LeftShiftEqual, RightShiftEqual, AtEqual,
};

struct Token {
  Tok kind = Tok::EndMarker;
  // Start and end (one past the last character) positions: 1-based lines,
  // 1-based columns counted in code points.
  uint32_t line = 0, col = 0;
  uint32_t end_line = 0, end_col = 0;
  std::string_view text;  // points into the SourceFile; empty for structure tokens
};

// Human-readable spelling for messages and test output: "'('", "NAME", "'if'".
const char* tok_name(Tok kind);

// The keyword kind for an identifier, or Tok::Name when it is not a keyword.
Tok keyword_kind(std::string_view word);
// Whether `word` may prefix a string literal: any case mix of r, u, b, br, rb,
// f, fr, rf (the lexer, and the app's colouring of lines it rejects).
bool is_string_prefix(std::string_view word);

inline bool is_keyword(Tok kind) { return kind >= Tok::KwFalse && kind <= Tok::KwYield; }

}  // namespace ls::py
