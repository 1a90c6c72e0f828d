// Reading lesson.md: the front matter and the steps. See lessons/README.md for
// the format as teachers see it. Only the text is checked here; loader.h checks
// what needs the rest of the folder (variant files, pointed-at lines).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lesson/lesson.h"

namespace ls::lesson {

// Fills `lesson`'s id, title, source, order, variants (name, file, line) and
// steps from lesson.md's text. Problems are appended with `file` and their line.
// Never throws; after a problem it reads on, so one pass reports them all.
void parse_lesson_md(std::string_view text, const std::string& file, Lesson& lesson,
                     std::vector<Problem>& problems);

// Whether `text` is valid UTF-8; if not, `bad_line` is the line of the first bad byte.
bool valid_utf8(std::string_view text, int& bad_line);

}  // namespace ls::lesson
