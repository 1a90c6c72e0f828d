#include "model/code_colour.h"

#include <algorithm>
#include <array>
#include <functional>

#include "python/diagnostic.h"
#include "python/lexer.h"
#include "python/token.h"

namespace ls::app {

namespace {

using py::Tok;

// Receives [begin, end) byte offsets into the whole program text.
using Emit = std::function<void(std::size_t begin, std::size_t end, CodeStyle style)>;

// Python's built-in functions and exception classes a lesson is likely to use;
// sorted, for binary search.
constexpr std::array<std::string_view, 68> kBuiltins = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "Exception",
    "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "NameError",
    "NotImplementedError", "OSError", "OverflowError", "RecursionError", "RuntimeError",
    "StopAsyncIteration", "StopIteration", "TimeoutError", "TypeError", "ValueError",
    "ZeroDivisionError", "abs", "all", "any", "bool", "callable", "chr", "dict", "dir",
    "divmod", "enumerate", "filter", "float", "format", "getattr", "hasattr", "hash", "id",
    "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min",
    "next", "object", "open", "ord", "pow", "print", "range", "repr", "reversed", "round",
    "set", "setattr", "sorted", "str", "sum", "super", "tuple", "type", "vars", "zip"};
static_assert(std::is_sorted(kBuiltins.begin(), kBuiltins.end()));

bool is_builtin(std::string_view word) {
  return std::binary_search(kBuiltins.begin(), kBuiltins.end(), word);
}

bool is_ident_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_quote(char c) { return c == '\'' || c == '"'; }

bool has_f_prefix(std::string_view literal) {
  for (char c : literal) {
    if (is_quote(c)) return false;
    if ((c | 0x20) == 'f') return true;
  }
  return false;
}

// A string literal whose quote is at s[i] (its prefix already passed): where it
// ends, one past its closing quote, or s.size() if it is not closed on `s`.
struct StringEnd {
  std::size_t end = 0;
  bool triple = false;  // opened with three quotes
  bool closed = false;
};

StringEnd string_end(std::string_view s, std::size_t i) {
  const char q = s[i];
  StringEnd r;
  r.triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
  std::size_t j = i + (r.triple ? 3 : 1);
  while (j < s.size()) {
    if (s[j] == '\\') {
      j += 2;
      continue;
    }
    if (s[j] == q && (!r.triple || (j + 2 < s.size() && s[j + 1] == q && s[j + 2] == q))) {
      r.end = j + (r.triple ? 3 : 1);
      r.closed = true;
      return r;
    }
    ++j;
  }
  r.end = s.size();
  return r;
}

// f-strings nest (a field holds a string, a format spec holds a field); past this
// depth the rest is coloured as plain string text, so no text can recurse deeply.
constexpr int kMaxNesting = 8;

void scan_code(std::string_view s, std::size_t base, const Emit& emit, bool statement_start, int depth);

// An f-string replacement field starting at s[i] == '{': colours it and returns
// one past its closing '}' (or `end` if it never closes).
std::size_t fstring_field(std::string_view s, std::size_t i, std::size_t end, std::size_t base,
                          const Emit& emit, int depth) {
  emit(base + i, base + i + 1, CodeStyle::Field);
  std::size_t j = i + 1;
  const std::size_t expr = j;
  int brackets = 0;
  while (j < end) {  // the expression: up to a '}', '!' or ':' outside brackets
    const char c = s[j];
    if (is_quote(c)) {
      j = string_end(s.substr(0, end), j).end;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++brackets;
    if ((c == ')' || c == ']' || c == '}') && brackets > 0) {
      --brackets;
    } else if (brackets == 0 && (c == '}' || c == ':' || (c == '!' && j + 1 < end && s[j + 1] != '='))) {
      break;
    }
    ++j;
  }
  scan_code(s.substr(expr, j - expr), base + expr, emit, false, depth + 1);
  if (j < end && s[j] == '!') j = std::min(j + 2, end);  // !r, !s, !a: plain
  if (j < end && s[j] == ':') {  // the format spec reads like string text, fields aside
    std::size_t k = j + 1;
    while (k < end && s[k] != '}') {
      if (s[k] == '{' && depth < kMaxNesting) {
        emit(base + j + 1, base + k, CodeStyle::String);
        k = fstring_field(s, k, end, base, emit, depth + 1);
        j = k - 1;
        continue;
      }
      ++k;
    }
    emit(base + j + 1, base + k, CodeStyle::String);
    j = k;
  }
  if (j < end && s[j] == '}') {
    emit(base + j, base + j + 1, CodeStyle::Field);
    return j + 1;
  }
  return j;
}

// A string literal (prefix and quotes included, maybe unterminated) at `base`: all
// String, except an f-string's replacement fields, coloured as code.
void string_literal(std::string_view s, std::size_t base, const Emit& emit, int depth) {
  if (!has_f_prefix(s) || depth >= kMaxNesting) {
    emit(base, base + s.size(), CodeStyle::String);
    return;
  }
  std::size_t open = 0;
  while (open < s.size() && !is_quote(s[open])) ++open;
  if (open == s.size()) {
    emit(base, base + s.size(), CodeStyle::String);
    return;
  }
  const StringEnd lit = string_end(s, open);
  const std::size_t quotes = lit.triple ? 3 : 1;
  const std::size_t body_end = lit.closed ? lit.end - quotes : s.size();
  std::size_t text_from = 0;
  std::size_t i = open + quotes;
  while (i < body_end) {
    if (s[i] == '\\') {
      i += 2;
    } else if ((s[i] == '{' || s[i] == '}') && i + 1 < body_end && s[i + 1] == s[i]) {
      i += 2;  // {{ and }} are literal braces
    } else if (s[i] == '{') {
      emit(base + text_from, base + i, CodeStyle::String);
      i = fstring_field(s, i, body_end, base, emit, depth);
      text_from = i;
    } else {
      ++i;
    }
  }
  emit(base + text_from, base + s.size(), CodeStyle::String);
}

// The fallback scanner: one line (or an f-string expression) of code, no lexer.
// `statement_start`: whether a leading '@' starts a decorator.
void scan_code(std::string_view s, std::size_t base, const Emit& emit, bool statement_start, int depth) {
  enum class Prev { Other, Dot, DefOrClass };
  Prev prev = Prev::Other;
  bool first = statement_start;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (c == '#') {
      emit(base + i, base + s.size(), CodeStyle::Comment);
      return;
    }
    if (c == '@' && first) {
      ++i;
      while (i < s.size() && (is_ident_char(s[i]) || s[i] == '.' || s[i] == ' ')) ++i;
      emit(base + start, base + i, CodeStyle::Decorator);
      prev = Prev::Other;
    } else if (is_ident_start(c)) {
      while (i < s.size() && is_ident_char(s[i])) ++i;
      const std::string_view word = s.substr(start, i - start);
      if (i < s.size() && is_quote(s[i]) && py::is_string_prefix(word)) {
        i = string_end(s, i).end;
        string_literal(s.substr(start, i - start), base + start, emit, depth);
        prev = Prev::Other;
      } else {
        const Tok kind = py::keyword_kind(word);
        if (py::is_keyword(kind)) {
          emit(base + start, base + i, CodeStyle::Keyword);
        } else if (prev == Prev::DefOrClass) {
          emit(base + start, base + i, CodeStyle::Definition);
        } else if (prev != Prev::Dot && is_builtin(word)) {
          emit(base + start, base + i, CodeStyle::Builtin);
        }
        prev = kind == Tok::KwDef || kind == Tok::KwClass ? Prev::DefOrClass : Prev::Other;
      }
    } else if (is_digit(c) || (c == '.' && i + 1 < s.size() && is_digit(s[i + 1]))) {
      const bool hex = c == '0' && i + 1 < s.size() && (s[i + 1] | 0x20) == 'x';
      while (i < s.size() && (is_ident_char(s[i]) || s[i] == '.')) {
        const bool exponent = !hex && (s[i] | 0x20) == 'e';
        ++i;
        if (exponent && i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      }
      emit(base + start, base + i, CodeStyle::Number);
      prev = Prev::Other;
    } else if (is_quote(c)) {
      i = string_end(s, i).end;
      string_literal(s.substr(start, i - start), base + start, emit, depth);
      prev = Prev::Other;
    } else {
      prev = c == '.' ? Prev::Dot : Prev::Other;
      ++i;
    }
    first = false;
  }
}

// The program's lines and where each starts in the text, plus the spans painted on
// them (in any order until finish()).
struct Canvas {
  std::vector<std::size_t> starts;
  std::vector<CodeLine> lines;

  explicit Canvas(std::string_view text) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\n' && text[i] != '\r') continue;
      add(text, begin, i);
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      begin = i + 1;
    }
    if (begin < text.size()) add(text, begin, text.size());
  }
  void add(std::string_view text, std::size_t begin, std::size_t end) {
    starts.push_back(begin);
    lines.push_back(CodeLine{std::string(text.substr(begin, end - begin)), {}, false});
  }

  // Paints [begin, end) of the whole text, across as many lines as it spans.
  void paint(std::size_t begin, std::size_t end, CodeStyle style) {
    if (end <= begin || lines.empty()) return;
    auto it = std::upper_bound(starts.begin(), starts.end(), begin);
    std::size_t k = static_cast<std::size_t>(it - starts.begin()) - (it == starts.begin() ? 0 : 1);
    for (; k < lines.size() && starts[k] < end; ++k) {
      const std::size_t len = lines[k].text.size();
      const std::size_t b = begin > starts[k] ? begin - starts[k] : 0;
      const std::size_t e = std::min(end - starts[k], len);
      if (b < e) {
        lines[k].spans.push_back(
            CodeSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), style});
      }
    }
  }

  // Comments are not tokens: on a lexed line, a '#' outside every string starts one.
  void add_comment(std::size_t k) {
    CodeLine& line = lines[k];
    for (std::size_t i = 0; i < line.text.size(); ++i) {
      if (line.text[i] != '#') continue;
      const bool in_string = std::any_of(line.spans.begin(), line.spans.end(), [&](const CodeSpan& s) {
        return s.style != CodeStyle::Plain && s.begin <= i && i < s.end;
      });
      if (!in_string) {
        line.spans.push_back(CodeSpan{static_cast<std::uint32_t>(i),
                                      static_cast<std::uint32_t>(line.text.size()),
                                      CodeStyle::Comment});
        return;
      }
    }
  }

  // Sorts each line's spans and fills the gaps with Plain, merging neighbours of
  // one style, so the panel draws each line as a plain walk over its spans.
  void finish() {
    for (CodeLine& line : lines) {
      std::stable_sort(line.spans.begin(), line.spans.end(),
                       [](const CodeSpan& a, const CodeSpan& b) { return a.begin < b.begin; });
      std::vector<CodeSpan> out;
      auto push = [&out](std::uint32_t b, std::uint32_t e, CodeStyle st) {
        if (e <= b) return;
        if (!out.empty() && out.back().style == st && out.back().end == b) {
          out.back().end = e;
        } else {
          out.push_back(CodeSpan{b, e, st});
        }
      };
      std::uint32_t at = 0;
      for (CodeSpan s : line.spans) {
        s.begin = std::max(s.begin, at);
        if (s.end <= s.begin) continue;
        push(at, s.begin, CodeStyle::Plain);
        push(s.begin, s.end, s.style);
        at = s.end;
      }
      push(at, static_cast<std::uint32_t>(line.text.size()), CodeStyle::Plain);
      line.spans = std::move(out);
    }
  }
};

// Colours every line before the first one the lexer rejects from its tokens;
// returns that line's index (0-based), or lines.size() if the lexer took it all.
std::size_t colour_from_tokens(std::string_view text, Canvas& canvas) {
  py::SourceFile file("<code>", std::string(text));
  py::Lexer lexer(file);
  std::vector<py::Token> tokens;
  std::size_t bad = canvas.lines.size();
  try {
    tokens = lexer.tokenize();
  } catch (const py::SyntaxErrorException& e) {
    tokens = lexer.take_tokens();
    // Trust only whole logical lines: the tokens up to the last NEWLINE (none at
    // all when the text was rejected before lexing, e.g. for bad UTF-8).
    std::size_t complete = 0;
    for (const py::Token& t : tokens) {
      if (t.kind == Tok::Newline) complete = t.line;
    }
    bad = std::min<std::size_t>(e.diag.line > 0 ? e.diag.line - 1 : 0, complete);
  }
  const char* origin = file.text().data();
  Tok prev = Tok::Newline;  // the previous token that is not indentation
  bool in_decorator = false;
  for (const py::Token& t : tokens) {
    if (t.line == 0 || t.end_line - 1 >= bad) break;
    if (t.kind == Tok::Indent || t.kind == Tok::Dedent) continue;
    if (t.text.empty()) {
      prev = t.kind;
      in_decorator = false;
      continue;
    }
    const auto begin = static_cast<std::size_t>(t.text.data() - origin);
    const std::size_t end = begin + t.text.size();
    const bool statement_start = prev == Tok::Newline;
    if (t.kind == Tok::At && statement_start) in_decorator = true;
    if (in_decorator && t.kind != Tok::At && t.kind != Tok::Name && t.kind != Tok::Dot) {
      in_decorator = false;
    }
    if (in_decorator) {
      canvas.paint(begin, end, CodeStyle::Decorator);
    } else if (py::is_keyword(t.kind)) {
      canvas.paint(begin, end, CodeStyle::Keyword);
    } else if (t.kind == Tok::Number) {
      canvas.paint(begin, end, CodeStyle::Number);
    } else if (t.kind == Tok::String) {
      string_literal(t.text, begin, [&](std::size_t b, std::size_t e, CodeStyle s) { canvas.paint(b, e, s); }, 0);
    } else if (t.kind == Tok::Name && (prev == Tok::KwDef || prev == Tok::KwClass)) {
      canvas.paint(begin, end, CodeStyle::Definition);
    } else if (t.kind == Tok::Name && prev != Tok::Dot && is_builtin(t.text)) {
      canvas.paint(begin, end, CodeStyle::Builtin);
    }
    prev = t.kind;
  }
  for (std::size_t k = 0; k < bad && k < canvas.lines.size(); ++k) canvas.add_comment(k);
  return std::min(bad, canvas.lines.size());
}

}  // namespace

std::vector<CodeLine> colour_program(std::string_view text) {
  Canvas canvas(text);
  const std::size_t bad = colour_from_tokens(text, canvas);
  // From the rejected line on, each line on its own; a triple-quoted string left
  // open runs on into the following lines, as it would once closed.
  char open_triple = 0;
  for (std::size_t k = bad; k < canvas.lines.size(); ++k) {
    CodeLine& line = canvas.lines[k];
    line.scanned = true;
    const std::string_view s = line.text;
    const std::size_t base = canvas.starts[k];
    const Emit emit = [&](std::size_t b, std::size_t e, CodeStyle st) { canvas.paint(b, e, st); };
    std::size_t from = 0;
    if (open_triple) {
      const std::string closing(3, open_triple);
      const std::size_t close = s.find(closing);
      if (close == std::string_view::npos) {
        emit(base, base + s.size(), CodeStyle::String);
        continue;
      }
      from = close + 3;
      emit(base, base + from, CodeStyle::String);
      open_triple = 0;
    }
    scan_code(s.substr(from), base + from, emit, from == 0, 0);
    // Does this line leave a triple-quoted string open? Scan its literals once more.
    for (std::size_t i = from; i < s.size();) {
      if (s[i] == '#') break;
      if (!is_quote(s[i])) {
        ++i;
        continue;
      }
      const StringEnd lit = string_end(s, i);
      if (lit.triple && !lit.closed) open_triple = s[i];
      i = lit.end;
    }
  }
  canvas.finish();
  return std::move(canvas.lines);
}

CodeStyle style_at(const CodeLine& line, std::uint32_t col) {
  for (const CodeSpan& s : line.spans) {
    if (s.begin <= col && col < s.end) return s.style;
  }
  return CodeStyle::Plain;
}

const char* to_string(CodeStyle s) {
  switch (s) {
    case CodeStyle::Plain: return "plain";
    case CodeStyle::Keyword: return "keyword";
    case CodeStyle::Builtin: return "builtin";
    case CodeStyle::String: return "string";
    case CodeStyle::Number: return "number";
    case CodeStyle::Comment: return "comment";
    case CodeStyle::Decorator: return "decorator";
    case CodeStyle::Definition: return "definition";
    case CodeStyle::Field: return "field";
  }
  return "plain";
}

}  // namespace ls::app
