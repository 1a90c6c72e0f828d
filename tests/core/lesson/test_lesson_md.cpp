// lesson.md's format, read from text: front matter, steps, settings, questions.
#include <catch2/catch.hpp>

#include "lesson/lesson_md.h"

using namespace ls::lesson;

namespace {

const char* kGood = R"(---
id: sample
title: "A sample lesson"
source: 003_c905cf9630628030.txt
order: 3
variants:
  blocking: blocking.py
  async: async.py
---

--- First step
show: async
pause: 2.0, 1.0 s
point: async.py:7
point: async.py:10-12

Line one of the text.

Line two.

question: How long
will it take?
- [ ] 6 seconds
- [x] 2 seconds
explain: The waits overlap.
They end together.

--- Second step

Only text here.
)";

}  // namespace

TEST_CASE("a well-formed lesson.md gives its front matter and steps", "[lesson][format]") {
  Lesson l;
  std::vector<Problem> p;
  parse_lesson_md(kGood, "lesson.md", l, p);
  REQUIRE(p.empty());
  CHECK(l.id == "sample");
  CHECK(l.title == "A sample lesson");
  CHECK(l.source == "003_c905cf9630628030.txt");
  CHECK(l.order == 3);
  REQUIRE(l.variants.size() == 2);
  CHECK(l.variants[1].name == "async");
  CHECK(l.variants[1].file == "async.py");
  CHECK(l.variants[1].line == 8);
  REQUIRE(l.steps.size() == 2);
  const Step& s = l.steps[0];
  CHECK(s.title == "First step");
  CHECK(s.line == 11);
  CHECK(s.show == std::vector<std::string>{"async"});
  CHECK(s.pauses == std::vector<double>{1.0, 2.0});
  REQUIRE(s.points.size() == 2);
  CHECK(s.points[1].first == 10);
  CHECK(s.points[1].last == 12);
  CHECK(s.body == "Line one of the text.\n\nLine two.\n");
  REQUIRE(s.questions.size() == 1);
  const Question& q = s.questions[0];
  CHECK(q.prompt == "How long will it take?");
  CHECK(q.choices == std::vector<std::string>{"6 seconds", "2 seconds"});
  CHECK(q.correct == 1);
  CHECK(q.explanation == "The waits overlap. They end together.");
  CHECK(l.steps[1].show.empty());
  CHECK(l.steps[1].body == "Only text here.\n");
}

TEST_CASE("Windows line endings read the same as Unix ones", "[lesson][format]") {
  std::string crlf;
  for (const char* c = kGood; *c; ++c) {
    if (*c == '\n') crlf += '\r';
    crlf += *c;
  }
  Lesson l;
  std::vector<Problem> p;
  parse_lesson_md(crlf, "lesson.md", l, p);
  CHECK(p.empty());
  CHECK(l.steps.size() == 2);
  CHECK(l.title == "A sample lesson");
}

TEST_CASE("text right under a step heading must be separated by a blank line", "[lesson][format]") {
  Lesson l;
  std::vector<Problem> p;
  parse_lesson_md("---\nid: a\ntitle: t\nsource:\norder: 1\nvariants:\n  a: a.py\n  b: b.py\n---\n--- S\nHello there.\n",
                  "lesson.md", l, p);
  REQUIRE(p.size() >= 1);
  CHECK(p[0].line == 11);
  CHECK(p[0].message.find("blank line") != std::string::npos);
}

TEST_CASE("front matter mistakes are reported on their lines", "[lesson][format]") {
  Lesson l;
  std::vector<Problem> p;
  parse_lesson_md("---\nid: Bad Id\ntitle: t\ntitle: again\nsource: seeds/x.txt\norder: zero\nvariants:\n"
                  "  a: a.py\n  a: b.py\n  c: c.txt\n---\n--- S\n\nText.\n",
                  "lesson.md", l, p);
  std::vector<int> lines;
  for (const auto& x : p) lines.push_back(x.line);
  CHECK(lines == std::vector<int>{2, 4, 5, 6, 9, 10, 7});
}

TEST_CASE("an unclosed front matter and an empty file are reported, not crashed on", "[lesson][format]") {
  Lesson l;
  std::vector<Problem> p;
  parse_lesson_md("---\nid: a\n", "lesson.md", l, p);
  REQUIRE_FALSE(p.empty());
  CHECK(p[0].message.find("not closed") != std::string::npos);
  p.clear();
  parse_lesson_md("\n\n", "lesson.md", l, p);
  REQUIRE(p.size() == 1);
  CHECK(p[0].message == "lesson.md is empty");
}

TEST_CASE("arbitrary bytes never crash the lesson.md reader", "[lesson][format]") {
  std::string text = kGood;
  uint32_t seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string t = text;
    for (int k = 0; k < 4; ++k) {
      seed = seed * 1664525u + 1013904223u;
      const std::size_t at = seed % t.size();
      const char bytes[] = {'\n', '-', ':', '[', 'x', ']', ' ', '?', ','};
      t[at] = bytes[(seed >> 16) % sizeof bytes];
    }
    Lesson l;
    std::vector<Problem> p;
    parse_lesson_md(t, "lesson.md", l, p);
    for (const auto& x : p) CHECK(x.line >= 0);
  }
}

TEST_CASE("valid_utf8 accepts UTF-8 and finds the line of the first bad byte", "[lesson][format]") {
  int line = 0;
  CHECK(valid_utf8("caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x99\x82\n", line));
  CHECK_FALSE(valid_utf8("a\nb\n\xc0\xaf\n", line));  // overlong '/'
  CHECK(line == 3);
  CHECK_FALSE(valid_utf8("\xed\xa0\x80", line));  // a surrogate
  CHECK_FALSE(valid_utf8("ok\n\xe2\x86", line));  // cut short
  CHECK(line == 2);
}
