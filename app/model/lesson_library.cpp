#include "model/lesson_library.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "lesson/loader.h"

namespace ls::app {

namespace fs = std::filesystem;

std::string LessonEntry::name() const {
  return lesson ? lesson->title : fs::path(folder).filename().string();
}

std::vector<LessonEntry> load_library(const std::string& dir, std::string* problem) {
  std::vector<LessonEntry> entries;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (problem) *problem = dir + ": no such folder";
    return entries;
  }
  std::vector<std::string> folders;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_directory(ec) && !name.starts_with(".")) folders.push_back(e.path().string());
  }
  std::sort(folders.begin(), folders.end());
  if (folders.empty() && problem) *problem = dir + ": holds no lesson folders";
  for (const std::string& f : folders) {
    lesson::LoadResult r = lesson::load_lesson(f);
    entries.push_back({f, std::move(r.lesson), std::move(r.problems)});
  }
  // Clashes make the list ambiguous but each lesson still works: keep both, say so.
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!entries[i].lesson || !entries[j].lesson) continue;
      const std::string md = (fs::path(entries[i].folder) / "lesson.md").string();
      if (entries[i].lesson->id == entries[j].lesson->id)
        entries[i].problems.push_back({md, 0, 0, "id '" + entries[i].lesson->id + "' is also used by " + entries[j].folder});
      if (entries[i].lesson->order == entries[j].lesson->order)
        entries[i].problems.push_back({md, 0, 0, "order " + std::to_string(entries[i].lesson->order) +
                                                     " is also used by " + entries[j].folder});
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const LessonEntry& a, const LessonEntry& b) {
    if (a.usable() != b.usable()) return a.usable();
    if (!a.usable()) return false;  // broken ones keep their folder order
    return a.lesson->order != b.lesson->order ? a.lesson->order < b.lesson->order
                                              : a.lesson->id < b.lesson->id;
  });
  return entries;
}

namespace {

// A folder of lessons, not just any folder called "lessons" (a test's output of
// lesson pictures is one): it has the README, or a lesson.md one level down.
bool looks_like_lessons(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_regular_file(dir / "README.md", ec)) return true;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (fs::is_regular_file(it->path() / "lesson.md", ec)) return true;
  }
  return false;
}

}  // namespace

std::string default_lessons_dir() {
  std::error_code ec;
  if (const char* env = std::getenv("LOOPSCOPE_LESSONS"); env && *env) return env;
  if (looks_like_lessons("lessons")) return "lessons";
  // build/bin/loopscope -> the checkout's lessons/, so the app works from anywhere in it.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "lessons";
  for (fs::path p = exe.parent_path(); p.has_relative_path(); p = p.parent_path()) {
    if (looks_like_lessons(p / "lessons")) return (p / "lessons").string();
  }
  return "lessons";
}

}  // namespace ls::app
