// lesson.md, read line by line. Each part of the format has its own small
// function; all of them report with the line a teacher sees in an editor.
#include "lesson/lesson_md.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ls::lesson {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_slug_char(char c, bool underscore) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == (underscore ? '_' : '-');
}

bool is_slug(std::string_view s, bool underscore) {
  if (s.empty() || !(s.front() >= 'a' && s.front() <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) { return is_slug_char(c, underscore); });
}

// "key: value" -> {key, value}; key empty when the line has no such shape.
std::pair<std::string_view, std::string_view> split_key(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view key = trim(line.substr(0, colon));
  if (key.empty() || !std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
      }))
    return {};
  return {key, trim(line.substr(colon + 1))};
}

std::string unquote(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  return std::string(v);
}

std::vector<std::string_view> split_commas(std::string_view v) {
  std::vector<std::string_view> out;
  while (true) {
    const auto comma = v.find(',');
    out.push_back(trim(v.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    v = v.substr(comma + 1);
  }
  return out;
}

template <class T>
bool parse_number(std::string_view s, T& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

struct Line {
  std::string_view text;
  int number;
};

class MdReader {
 public:
  MdReader(std::string_view text, const std::string& file, Lesson& lesson, std::vector<Problem>& out)
      : file_(file), lesson_(lesson), out_(out) {
    int n = 0;
    while (!text.empty()) {
      const auto nl = text.find('\n');
      lines_.push_back(Line{trim_cr(text.substr(0, nl)), ++n});
      if (nl == std::string_view::npos) break;
      text = text.substr(nl + 1);
    }
  }

  void read() {
    if (lines_.empty() || std::all_of(lines_.begin(), lines_.end(), [](const Line& l) { return trim(l.text).empty(); })) {
      report(0, "lesson.md is empty");
      return;
    }
    std::size_t i = front_matter();
    steps(i);
  }

 private:
  static std::string_view trim_cr(std::string_view s) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  }

  void report(int line, std::string msg) { out_.push_back(Problem{file_, line, 0, std::move(msg)}); }

  // Returns the index of the first line after the front matter.
  std::size_t front_matter() {
    if (trim(lines_[0].text) != "---") {
      report(1, "lesson.md must begin with its front matter: a line '---', then id, title, source, order "
                "and variants, then '---' again");
      return 0;
    }
    std::size_t end = 1;
    while (end < lines_.size() && trim(lines_[end].text) != "---") ++end;
    if (end == lines_.size()) {
      report(1, "the front matter is not closed: add a line '---' after its last setting");
      return lines_.size();
    }
    std::vector<std::string> seen;
    bool in_variants = false;
    for (std::size_t i = 1; i < end; ++i) {
      const Line& l = lines_[i];
      const std::string_view t = trim(l.text);
      if (t.empty() || t.front() == '#') continue;
      const bool indented = l.text.front() == ' ' || l.text.front() == '\t';
      if (indented && in_variants) {
        variant_line(l, t);
        continue;
      }
      in_variants = false;
      auto [key, value] = split_key(t);
      if (key.empty() || indented) {
        report(l.number, "expected 'key: value' in the front matter");
        continue;
      }
      const std::string k(key);
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) {
        report(l.number, "'" + k + "' is given twice");
        continue;
      }
      seen.push_back(k);
      setting(l.number, k, value, in_variants);
    }
    const int fm_line = 1;
    for (const char* required : {"id", "title", "source", "order", "variants"})
      if (std::find(seen.begin(), seen.end(), required) == seen.end())
        report(fm_line, std::string("the front matter has no '") + required + "'" +
                            (std::string_view(required) == "source" ? " (write 'source:' with nothing after it if the lesson has no source document)" : ""));
    if (std::find(seen.begin(), seen.end(), "variants") != seen.end() && lesson_.variants.size() < 2)
      report(variants_line_, "a lesson needs at least two variants (e.g. blocking: blocking.py and async: async.py)");
    return end + 1;
  }

  void setting(int line, const std::string& key, std::string_view value, bool& in_variants) {
    if (key == "id") {
      lesson_.id = unquote(value);
      if (!is_slug(lesson_.id, false))
        report(line, "id '" + lesson_.id + "' must be lower-case letters, digits and '-', starting with a letter");
    } else if (key == "title") {
      lesson_.title = unquote(value);
      if (lesson_.title.empty()) report(line, "the title is empty");
    } else if (key == "source") {
      lesson_.source = unquote(value);
      if (lesson_.source.find('/') != std::string::npos || lesson_.source.find('\\') != std::string::npos)
        report(line, "source must be a document's file name only, e.g. 003_c905cf9630628030.txt");
    } else if (key == "order") {
      if (!parse_number(value, lesson_.order) || lesson_.order < 1)
        report(line, "order must be a whole number from 1 up, not '" + std::string(value) + "'");
    } else if (key == "variants") {
      variants_line_ = line;
      if (!value.empty()) report(line, "list the variants on the lines below 'variants:', indented, as 'name: file.py'");
      in_variants = true;
    } else {
      report(line, "unknown front matter key '" + key + "' (expected id, title, source, order or variants)");
    }
  }

  void variant_line(const Line& l, std::string_view t) {
    auto [key, value] = split_key(t);
    const std::string name(key);
    const std::string file = unquote(value);
    if (name.empty() || file.empty()) {
      report(l.number, "expected a variant as 'name: file.py'");
      return;
    }
    if (!is_slug(name, true)) {
      report(l.number, "variant name '" + name + "' must be lower-case letters, digits and '_'");
      return;
    }
    if (file.size() < 4 || file.substr(file.size() - 3) != ".py" || file.find('/') != std::string::npos ||
        file.find('\\') != std::string::npos) {
      report(l.number, "variant '" + name + "' must name a .py file in the lesson folder, not '" + file + "'");
      return;
    }
    for (const auto& v : lesson_.variants) {
      if (v.name == name) return report(l.number, "variant '" + name + "' is declared twice");
      if (v.file == file) return report(l.number, file + " is already variant '" + v.name + "'");
    }
    lesson_.variants.push_back(Variant{name, file, "", l.number, true});
  }

  static bool is_heading(std::string_view t) { return t.starts_with("---"); }

  void steps(std::size_t i) {
    for (; i < lines_.size(); ++i) {
      const std::string_view t = trim(lines_[i].text);
      if (is_heading(t)) break;
      if (!t.empty()) {
        report(lines_[i].number, "text outside a step: begin each step with a line '--- Step title'");
        while (i + 1 < lines_.size() && !is_heading(trim(lines_[i + 1].text))) ++i;
      }
    }
    while (i < lines_.size()) {
      std::size_t end = i + 1;
      while (end < lines_.size() && !is_heading(trim(lines_[end].text))) ++end;
      step(i, end);
      i = end;
    }
    if (lesson_.steps.empty() && !lines_.empty())
      report(lines_.back().number, "the lesson has no steps: begin each step with a line '--- Step title'");
  }

  void step(std::size_t head, std::size_t end) {
    Step s;
    s.line = lines_[head].number;
    const std::string_view h = trim(lines_[head].text);
    std::string_view title = trim(h.substr(3));
    while (!title.empty() && title.front() == '-') title = trim(title.substr(1));
    s.title = std::string(title);
    if (s.title.empty()) report(s.line, "a step heading needs a title: '--- Step title'");
    std::size_t i = head + 1;
    for (; i < end && !trim(lines_[i].text).empty(); ++i) step_setting(lines_[i], s);
    std::vector<std::string_view> body;
    for (; i < end && !trim(lines_[i].text).starts_with("question:"); ++i) body.push_back(lines_[i].text);
    while (!body.empty() && trim(body.front()).empty()) body.erase(body.begin());
    while (!body.empty() && trim(body.back()).empty()) body.pop_back();
    for (auto b : body) s.body.append(b).append("\n");
    if (s.body.empty()) report(s.line, "the step has no text to read");
    while (i < end) i = question(i, end, s);
    std::sort(s.pauses.begin(), s.pauses.end());
    lesson_.steps.push_back(std::move(s));
  }

  void step_setting(const Line& l, Step& s) {
    auto [key, value] = split_key(trim(l.text));
    if (key.empty()) {
      report(l.number, "expected a step setting (show:, pause: or point:) here; leave a blank line "
                       "between the settings and the step's text");
      return;
    }
    if (value.empty()) return report(l.number, std::string(key) + ": needs a value");
    if (key == "show") {
      s.show_line = l.number;
      for (auto name : split_commas(value)) {
        if (name.empty()) report(l.number, "show: has an empty variant name");
        else s.show.emplace_back(name);
      }
    } else if (key == "pause") {
      s.pause_line = l.number;
      for (auto p : split_commas(value)) {
        if (p.ends_with("s")) p = trim(p.substr(0, p.size() - 1));
        double secs = 0;
        if (!parse_number(p, secs) || !std::isfinite(secs) || secs < 0)
          report(l.number, "pause must be a time in seconds from 0 up, e.g. 'pause: 1.0', not '" + std::string(p) + "'");
        else
          s.pauses.push_back(secs);
      }
    } else if (key == "point") {
      point(l, value, s);
    } else {
      report(l.number, "unknown step setting '" + std::string(key) + "' (expected show, pause or point)");
    }
  }

  void point(const Line& l, std::string_view value, Step& s) {
    const auto colon = value.rfind(':');
    Pointer p;
    p.line = l.number;
    bool ok = colon != std::string_view::npos;
    if (ok) {
      p.file = std::string(trim(value.substr(0, colon)));
      std::string_view lines = trim(value.substr(colon + 1));
      const auto dash = lines.find('-');
      ok = parse_number(trim(lines.substr(0, dash)), p.first);
      p.last = p.first;
      if (ok && dash != std::string_view::npos) ok = parse_number(trim(lines.substr(dash + 1)), p.last);
      ok = ok && !p.file.empty() && p.first >= 1 && p.last >= p.first;
    }
    if (!ok) return report(l.number, "point must be 'file.py:LINE' or 'file.py:FIRST-LAST', not '" + std::string(value) + "'");
    s.points.push_back(std::move(p));
  }

  // Reads one question block starting at line i; returns where the next begins.
  std::size_t question(std::size_t i, std::size_t end, Step& s) {
    Question q;
    q.line = lines_[i].number;
    q.prompt = std::string(trim(trim(lines_[i].text).substr(9)));
    enum { Prompt, Choices, Explain } part = Prompt;
    for (++i; i < end; ++i) {
      const std::string_view t = trim(lines_[i].text);
      if (t.starts_with("question:")) break;
      if (t.starts_with("- [")) {
        if (part == Explain) report(lines_[i].number, "a choice after 'explain:'; put the choices first");
        choice(lines_[i], t, q);
        part = Choices;
      } else if (t.starts_with("explain:")) {
        if (part == Explain) report(lines_[i].number, "the question already has an 'explain:'");
        q.explanation = std::string(trim(t.substr(8)));
        part = Explain;
      } else if (part == Explain) {
        if (t.empty()) q.explanation += "\n\n";
        else if (q.explanation.empty() || q.explanation.ends_with("\n")) q.explanation += t;
        else q.explanation.append(" ").append(t);
      } else if (part == Prompt && !t.empty()) {
        q.prompt.append(q.prompt.empty() ? "" : " ").append(t);
      } else if (!t.empty()) {
        report(lines_[i].number, "expected a choice ('- [ ] ...' or '- [x] ...') or 'explain:'");
      }
    }
    while (q.explanation.ends_with("\n")) q.explanation.pop_back();
    if (q.prompt.empty()) report(q.line, "the question has no text after 'question:'");
    if (q.choices.size() < 2 || q.choices.size() > 4)
      report(q.line, "a question needs 2 to 4 choices, this one has " + std::to_string(q.choices.size()));
    if (q.correct < 0 && !q.choices.empty()) report(q.line, "no choice is marked correct with '- [x]'");
    if (q.explanation.empty()) report(q.line, "the question has no 'explain:' to reveal after the run");
    s.questions.push_back(std::move(q));
    return i;
  }

  void choice(const Line& l, std::string_view t, Question& q) {
    const bool ticked = t.starts_with("- [x]") || t.starts_with("- [X]");
    if (!ticked && !t.starts_with("- [ ]")) return report(l.number, "a choice starts with '- [ ]', or '- [x]' for the correct one");
    const std::string text(trim(t.substr(5)));
    if (text.empty()) return report(l.number, "the choice has no text");
    if (ticked) {
      if (q.correct >= 0) report(l.number, "more than one choice is marked correct");
      else q.correct = static_cast<int>(q.choices.size());
    }
    q.choices.push_back(text);
  }

  const std::string& file_;
  Lesson& lesson_;
  std::vector<Problem>& out_;
  std::vector<Line> lines_;
  int variants_line_ = 1;
};

}  // namespace

void parse_lesson_md(std::string_view text, const std::string& file, Lesson& lesson,
                     std::vector<Problem>& problems) {
  MdReader(text, file, lesson, problems).read();
}

}  // namespace ls::lesson
