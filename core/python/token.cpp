// Token names and the keyword table.
#include "python/token.h"

#include <array>
#include <utility>

namespace ls::py {

namespace {

constexpr std::array<std::pair<std::string_view, Tok>, 35> kKeywords{{
    {"False", Tok::KwFalse},     {"None", Tok::KwNone},
    {"True", Tok::KwTrue},       {"and", Tok::KwAnd},
    {"as", Tok::KwAs},           {"assert", Tok::KwAssert},
    {"async", Tok::KwAsync},     {"await", Tok::KwAwait},
    {"break", Tok::KwBreak},     {"class", Tok::KwClass},
    {"continue", Tok::KwContinue}, {"def", Tok::KwDef},
    {"del", Tok::KwDel},         {"elif", Tok::KwElif},
    {"else", Tok::KwElse},       {"except", Tok::KwExcept},
    {"finally", Tok::KwFinally}, {"for", Tok::KwFor},
    {"from", Tok::KwFrom},       {"global", Tok::KwGlobal},
    {"if", Tok::KwIf},           {"import", Tok::KwImport},
    {"in", Tok::KwIn},           {"is", Tok::KwIs},
    {"lambda", Tok::KwLambda},   {"nonlocal", Tok::KwNonlocal},
    {"not", Tok::KwNot},         {"or", Tok::KwOr},
    {"pass", Tok::KwPass},       {"raise", Tok::KwRaise},
    {"return", Tok::KwReturn},   {"try", Tok::KwTry},
    {"while", Tok::KwWhile},     {"with", Tok::KwWith},
    {"yield", Tok::KwYield},
}};

}  // namespace

Tok keyword_kind(std::string_view word) {
  // Keywords are 2..8 ASCII letters; most identifiers are rejected at once.
  if (word.size() < 2 || word.size() > 8) return Tok::Name;
  for (const auto& [text, kind] : kKeywords) {
    if (text == word) return kind;
  }
  return Tok::Name;
}

// A string prefix is any case mix of r, u, b, br, rb, f, fr, rf.
bool is_string_prefix(std::string_view word) {
  if (word.empty() || word.size() > 2) return false;
  bool r = false, u = false, b = false, f = false;
  for (char c : word) {
    switch (c | 0x20) {  // ASCII lower case
      case 'r': if (r) return false; r = true; break;
      case 'u': if (u) return false; u = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'f': if (f) return false; f = true; break;
      default: return false;
    }
  }
  return !(u && word.size() > 1) && !(b && f);
}

const char* tok_name(Tok kind) {
  switch (kind) {
    case Tok::EndMarker: return "ENDMARKER";
    case Tok::Newline: return "NEWLINE";
    case Tok::Indent: return "INDENT";
    case Tok::Dedent: return "DEDENT";
    case Tok::Name: return "NAME";
    case Tok::Number: return "NUMBER";
    case Tok::String: return "STRING";
    case Tok::ErrorToken: return "ERRORTOKEN";
    case Tok::LPar: return "'('";
    case Tok::RPar: return "')'";
    case Tok::LSqb: return "'['";
    case Tok::RSqb: return "']'";
    case Tok::LBrace: return "'{'";
    case Tok::RBrace: return "'}'";
    case Tok::Colon: return "':'";
    case Tok::Comma: return "','";
    case Tok::Semi: return "';'";
    case Tok::Dot: return "'.'";
    case Tok::Ellipsis: return "'...'";
    case Tok::Arrow: return "'->'";
    case Tok::At: return "'@'";
    case Tok::ColonEqual: return "':='";
    case Tok::Equal: return "'='";
    case Tok::Plus: return "'+'";
    case Tok::Minus: return "'-'";
    case Tok::Star: return "'*'";
    case Tok::DoubleStar: return "'**'";
    case Tok::Slash: return "'/'";
    case Tok::DoubleSlash: return "'//'";
    case Tok::Percent: return "'%'";
    case Tok::Tilde: return "'~'";
    case Tok::Amper: return "'&'";
    case Tok::VBar: return "'|'";
    case Tok::Caret: return "'^'";
    case Tok::LeftShift: return "'<<'";
    case Tok::RightShift: return "'>>'";
    case Tok::Less: return "'<'";
    case Tok::Greater: return "'>'";
    case Tok::LessEqual: return "'<='";
    case Tok::GreaterEqual: return "'>='";
    case Tok::EqEqual: return "'=='";
    case Tok::NotEqual: return "'!='";
    case Tok::PlusEqual: return "'+='";
    case Tok::MinusEqual: return "'-='";
    case Tok::StarEqual: return "'*='";
    case Tok::DoubleStarEqual: return "'**='";
    case Tok::SlashEqual: return "'/='";
    case Tok::DoubleSlashEqual: return "'//='";
    case Tok::PercentEqual: return "'%='";
    case Tok::AmperEqual: return "'&='";
    case Tok::VBarEqual: return "'|='";
    case Tok::CaretEqual: return "'^='";
    case Tok::LeftShiftEqual: return "'<<='";
    case Tok::RightShiftEqual: return "'>>='";
    case Tok::AtEqual: return "'@='";
    default: break;
  }
  for (const auto& [text, k] : kKeywords) {
    if (k == kind) return text.data();  // the table's literals are NUL-terminated
  }
  return "?";
}

}  // namespace ls::py
