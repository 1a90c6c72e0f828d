// The lessons the app lists: every folder of lessons/, loaded with core/lesson's
// loader. A broken lesson stays in the list with its problems (file:line), so a
// teacher who mistyped something sees what and where instead of a missing entry;
// the other lessons load as usual.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lesson/lesson.h"

namespace ls::app {

struct LessonEntry {
  std::string folder;                    // as found under the lessons folder
  std::optional<lesson::Lesson> lesson;  // set when it loaded without problems
  // Why it could not be loaded; for a loaded lesson, clashes with another one
  // (same id or order), which leave it usable.
  std::vector<lesson::Problem> problems;

  bool usable() const { return lesson.has_value(); }
  // What the list calls it: the lesson's title, or the folder's name if broken.
  std::string name() const;
};

// Loads every sub-folder of `dir` (hidden ones skipped). Loaded lessons come first
// in their `order:`, then the broken ones in folder order. A missing or empty
// `dir` gives no entries; `problem` (if given) then says why.
std::vector<LessonEntry> load_library(const std::string& dir, std::string* problem = nullptr);

// The lessons folder the app opens when none is named: $LOOPSCOPE_LESSONS, else
// ./lessons, else the one beside the source tree the binary was built from.
std::string default_lessons_dir();

}  // namespace ls::app
