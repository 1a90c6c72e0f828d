// The Markdown subset of lesson texts, parsed without a window.
#include "model/markdown.h"

#include <catch2/catch.hpp>

using namespace ls::app::md;

TEST_CASE("Bold and code spans are split out of a line; unmatched markers stay literal",
          "[app][markdown]") {
  CHECK(parse_inline("a **b** `c` d") ==
        std::vector<Span>{{"a ", Style::Plain}, {"b", Style::Bold}, {" ", Style::Plain},
                          {"c", Style::Code}, {" d", Style::Plain}});
  CHECK(parse_inline("2 * 3 ** 4 and `x") == std::vector<Span>{{"2 * 3 ** 4 and `x", Style::Plain}});
  CHECK(parse_inline("**see `f()` now**") ==
        std::vector<Span>{{"see ", Style::Bold}, {"f()", Style::Code}, {" now", Style::Bold}});
  CHECK(parse_inline("").empty());
}

TEST_CASE("Paragraphs join their lines and end at a blank line", "[app][markdown]") {
  const auto blocks = parse("One line\nand the next.\n\nA second paragraph.\n");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].kind == Kind::Paragraph);
  CHECK(blocks[0].spans == std::vector<Span>{{"One line and the next.", Style::Plain}});
  CHECK(blocks[1].spans.front().text == "A second paragraph.");
}

TEST_CASE("Headings, rules and list items are blocks of their own", "[app][markdown]") {
  const auto blocks = parse("## What happens\nText.\n***\n- first item\n  goes on\n- second\n3. third\n");
  REQUIRE(blocks.size() == 6);
  CHECK(blocks[0].kind == Kind::Heading);
  CHECK(blocks[0].level == 2);
  CHECK(blocks[0].spans.front().text == "What happens");
  CHECK(blocks[1].kind == Kind::Paragraph);
  CHECK(blocks[2].kind == Kind::Rule);
  CHECK(blocks[3].kind == Kind::Item);
  CHECK(blocks[3].marker == "•");
  CHECK(blocks[3].spans.front().text == "first item goes on");
  CHECK(blocks[4].spans.front().text == "second");
  CHECK(blocks[5].marker == "3.");
  CHECK(blocks[5].spans.front().text == "third");
}

TEST_CASE("Text that only looks like markup is kept as written", "[app][markdown]") {
  const auto blocks = parse("#hashtag and -dash\n*lonely star\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == Kind::Paragraph);
  CHECK(blocks[0].spans.front().text == "#hashtag and -dash *lonely star");
}
