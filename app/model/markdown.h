// The Markdown the lesson texts use, parsed into blocks of styled spans the lesson
// panel lays out: headings (#, ##, ###), paragraphs, bullet and numbered lists,
// *** rules, and inside them **bold** and `code`. Anything else is shown as
// written, never dropped: a teacher's text must not vanish over a typo.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ls::app::md {

enum class Style { Plain, Bold, Code };

struct Span {
  std::string text;
  Style style = Style::Plain;
  bool operator==(const Span&) const = default;
};

enum class Kind { Heading, Paragraph, Item, Rule };

struct Block {
  Kind kind = Kind::Paragraph;
  int level = 0;           // Heading: 1..6
  std::string marker;      // Item: "•" or the number as written ("2.")
  std::vector<Span> spans; // the block's lines joined with single spaces
};

// **bold** and `code` in one line of text; unmatched markers stay literal.
std::vector<Span> parse_inline(std::string_view text);
// Blocks are separated by blank lines; a list item runs on over the following
// lines until a blank line or the next item; a heading is one line.
std::vector<Block> parse(std::string_view text);

}  // namespace ls::app::md
