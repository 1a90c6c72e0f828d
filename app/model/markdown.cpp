#include "model/markdown.h"

#include <cctype>

namespace ls::app::md {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

void add(std::vector<Span>& out, std::string_view text, Style style) {
  if (text.empty()) return;
  if (!out.empty() && out.back().style == style) {
    out.back().text.append(text);
  } else {
    out.push_back({std::string(text), style});
  }
}

// "# Title" -> level 1; 0 if the line is not a heading ("#tag" needs the space).
int heading_level(std::string_view line) {
  int n = 0;
  while (n < static_cast<int>(line.size()) && line[n] == '#') ++n;
  if (n == 0 || n > 6 || n >= static_cast<int>(line.size()) || line[n] != ' ') return 0;
  return n;
}

bool is_rule(std::string_view line) {
  if (line.size() < 3) return false;
  const char c = line.front();
  if (c != '*' && c != '_' && c != '-') return false;
  int marks = 0;
  for (char ch : line) {
    if (ch == c) ++marks;
    else if (ch != ' ') return false;
  }
  return marks >= 3;
}

// "- text", "* text", "+ text" -> "•"; "12. text" -> "12."; the text after it in `rest`.
bool item_marker(std::string_view line, std::string& marker, std::string_view& rest) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    marker = "•";
    rest = trim(line.substr(2));
    return true;
  }
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i > 0 && i < 4 && i + 1 < line.size() && line[i] == '.' && line[i + 1] == ' ') {
    marker = std::string(line.substr(0, i + 1));
    rest = trim(line.substr(i + 2));
    return true;
  }
  return false;
}

}  // namespace

std::vector<Span> parse_inline(std::string_view text) {
  std::vector<Span> out;
  std::size_t plain_from = 0, i = 0;
  while (i < text.size()) {
    if (text[i] == '`') {
      const std::size_t end = text.find('`', i + 1);
      if (end != std::string_view::npos && end > i + 1) {
        add(out, text.substr(plain_from, i - plain_from), Style::Plain);
        add(out, text.substr(i + 1, end - i - 1), Style::Code);
        i = plain_from = end + 1;
        continue;
      }
    } else if (text.substr(i, 2) == "**") {
      const std::size_t end = text.find("**", i + 2);
      if (end != std::string_view::npos && end > i + 2) {
        add(out, text.substr(plain_from, i - plain_from), Style::Plain);
        // Code inside bold keeps its own style; nested bold is not a thing here.
        for (const Span& s : parse_inline(text.substr(i + 2, end - i - 2)))
          add(out, s.text, s.style == Style::Plain ? Style::Bold : s.style);
        i = plain_from = end + 2;
        continue;
      }
    }
    ++i;
  }
  add(out, text.substr(plain_from), Style::Plain);
  return out;
}

std::vector<Block> parse(std::string_view text) {
  std::vector<Block> blocks;
  std::string pending;       // the open block's text so far
  bool open = false;
  Block current;
  auto close = [&] {
    if (open) {
      current.spans = parse_inline(pending);
      blocks.push_back(std::move(current));
    }
    current = Block{};
    pending.clear();
    open = false;
  };
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    const std::string_view line = trim(raw);
    std::string marker;
    std::string_view rest;
    if (line.empty()) {
      close();
    } else if (const int level = heading_level(line)) {
      close();
      current.kind = Kind::Heading;
      current.level = level;
      pending = std::string(trim(line.substr(static_cast<std::size_t>(level))));
      open = true;
      close();
    } else if (is_rule(line)) {
      close();
      blocks.push_back(Block{Kind::Rule, 0, "", {}});
    } else if (item_marker(line, marker, rest)) {
      close();
      current.kind = Kind::Item;
      current.marker = marker;
      pending = std::string(rest);
      open = true;
    } else {
      if (open) pending += ' ';
      pending += line;
      open = true;  // a paragraph, or the continuation of an item
    }
  }
  close();
  return blocks;
}

}  // namespace ls::app::md
