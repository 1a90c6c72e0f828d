// Loading and checking lessons and programs. Nothing here throws or stops at the
// first problem: every problem is collected as file:line: message, and one bad
// lesson never keeps the others from loading.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lesson/lesson.h"

namespace ls::lesson {

// The modules a program may import: what core/python provides.
inline constexpr const char* kStdlibModules[] = {"asyncio", "time", "random"};
inline constexpr const char* kNetworkModules[] = {"requests", "aiohttp", "aiofiles"};

struct LoadResult {
  std::optional<Lesson> lesson;  // set only when there were no problems
  std::vector<Problem> problems;
};

// Loads one lesson folder (lesson.md, its variants' programs, network.json).
LoadResult load_lesson(const std::string& folder);

// Every lesson in `dir` (each sub-folder is one), sorted by order then id; the
// problems of all that failed, plus clashes between lessons (same id or order).
struct Catalog {
  std::vector<Lesson> lessons;
  std::vector<Problem> problems;
};
Catalog load_catalog(const std::string& dir);

// Checks one program's text: UTF-8, syntax and the subset (via the interpreter's
// front end) and its imports. `stdlib_only` (if given) tells whether python3
// could run it too.
std::vector<Problem> check_program_text(const std::string& path, const std::string& text,
                                        bool* stdlib_only = nullptr);
std::vector<Problem> check_program(const std::string& path);

// What `loopscope check PATH` checks: a .py file, a lesson folder (it has
// lesson.md), or a folder of lessons.
std::vector<Problem> check_path(const std::string& path);

// Checks what needs the runs: every pause must fall within the runs the step
// shows (their longest total). `totals` maps variant name -> seconds; variants
// without a total are skipped.
std::vector<Problem> check_pauses(const Lesson& lesson, const std::map<std::string, double>& totals);

}  // namespace ls::lesson
