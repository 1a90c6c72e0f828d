// Shared by the lesson tests: where the shipped and the broken lessons live.
#pragma once

#include <string>
#include <vector>

#include "lesson/lesson.h"

namespace ls::lesson::test {

inline std::string source_path(const std::string& rel) { return std::string(LS_SOURCE_DIR) + "/" + rel; }

// Problems as "file:line: message" with `prefix` (a folder and '/') cut from the file.
inline std::vector<std::string> relative(const std::vector<Problem>& problems, const std::string& prefix) {
  std::vector<std::string> out;
  for (auto p : problems) {
    if (p.file.rfind(prefix, 0) == 0) p.file = p.file.substr(prefix.size());
    out.push_back(p.to_string());
  }
  return out;
}

}  // namespace ls::lesson::test
