// Lesson folders on disk -> Lesson, with every problem found on the way.
#include "lesson/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lesson/lesson_md.h"
#include "lesson/network_spec.h"
#include "python/frontend.h"

namespace ls::lesson {

namespace fs = std::filesystem;

namespace {

// Lesson texts and programs are small; anything bigger is not a lesson file.
constexpr std::uintmax_t kMaxFileBytes = 1 << 20;

std::string join(const std::string& folder, const std::string& name) {
  if (folder.empty()) return name;
  return folder.back() == '/' ? folder + name : folder + "/" + name;
}

bool read_file(const std::string& path, std::string& out, std::vector<Problem>& problems) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    problems.push_back(Problem{path, 0, 0, "cannot be read: " + ec.message()});
    return false;
  }
  if (size > kMaxFileBytes) {
    problems.push_back(Problem{path, 0, 0, "is larger than 1 MiB; lesson files are small text files"});
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in) {
    problems.push_back(Problem{path, 0, 0, "cannot be read"});
    return false;
  }
  out = s.str();
  return true;
}

bool contains(const auto& list, std::string_view name) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* m) { return name == m; });
}

std::string module_list() {
  std::string s;
  for (const char* m : kStdlibModules) s += std::string(s.empty() ? "" : ", ") + m;
  for (const char* m : kNetworkModules) s += std::string(", ") + m;
  return s;
}

// One imported module name: allowed, and whether only CPython's own.
void check_import(const std::string& path, std::string_view dotted, uint32_t line,
                  std::vector<Problem>& problems, bool& stdlib_only) {
  const std::string_view top = dotted.substr(0, dotted.find('.'));
  if (contains(kNetworkModules, top)) {
    stdlib_only = false;
  } else if (!contains(kStdlibModules, top)) {
    problems.push_back(Problem{path, static_cast<int>(line), 0,
                               "module '" + std::string(dotted) + "' is not available in Loopscope (available: " +
                                   module_list() + ")"});
  }
}

int count_lines(std::string_view text) {
  if (text.empty()) return 0;
  int n = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  return text.back() == '\n' ? n : n + 1;
}

// Checks that need the whole folder: the variants' files, the programs, the
// names a step uses, the lines it points at.
class FolderCheck {
 public:
  FolderCheck(const std::string& folder, Lesson& lesson, std::vector<Problem>& problems)
      : folder_(folder), md_(join(folder, "lesson.md")), lesson_(lesson), out_(problems) {}

  void run() {
    for (auto& v : lesson_.variants) program(v);
    const std::string net = join(folder_, "network.json");
    if (fs::exists(net)) {
      std::string text;
      if (read_file(net, text, out_) && utf8_ok(net, text))
        lesson_.network = parse_network_spec(text, net, out_);
    }
    for (const auto& s : lesson_.steps) step(s);
  }

 private:
  bool utf8_ok(const std::string& path, std::string_view text) {
    int line = 0;
    if (valid_utf8(text, line)) return true;
    out_.push_back(Problem{path, line, 0, "is not valid UTF-8 (the first bad byte is on this line); save it as UTF-8"});
    return false;
  }

  void program(Variant& v) {
    v.path = join(folder_, v.file);
    if (!fs::is_regular_file(v.path)) {
      out_.push_back(Problem{md_, v.line, 0, "variant '" + v.name + "': " + v.file + " is not in the lesson folder"});
      return;
    }
    std::string text;
    if (!read_file(v.path, text, out_)) return;
    line_counts_[v.file] = count_lines(text);
    auto problems = check_program_text(v.path, text, &v.stdlib_only);
    out_.insert(out_.end(), problems.begin(), problems.end());
  }

  void step(const Step& s) {
    for (const auto& name : s.show)
      if (!lesson_.variant(name))
        out_.push_back(Problem{md_, s.show_line, 0, "show: there is no variant '" + name + "' (variants: " + names() + ")"});
    for (const auto& p : s.points) {
      const bool known = std::any_of(lesson_.variants.begin(), lesson_.variants.end(),
                                     [&](const Variant& v) { return v.file == p.file; });
      if (!known) {
        out_.push_back(Problem{md_, p.line, 0, "point: " + p.file + " is not one of the lesson's variant files"});
        continue;
      }
      const auto n = line_counts_.find(p.file);
      if (n != line_counts_.end() && p.last > n->second)
        out_.push_back(Problem{md_, p.line, 0, "point: " + p.file + " has only " + std::to_string(n->second) + " lines"});
    }
  }

  std::string names() const {
    std::string s;
    for (const auto& v : lesson_.variants) s += (s.empty() ? "" : ", ") + v.name;
    return s;
  }

  const std::string& folder_;
  std::string md_;
  Lesson& lesson_;
  std::vector<Problem>& out_;
  std::map<std::string, int> line_counts_;
};

bool folder_is_empty(const std::string& folder) {
  std::error_code ec;
  return fs::directory_iterator(folder, ec) == fs::directory_iterator();
}

std::vector<std::string> lesson_folders(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_directory() && !name.starts_with(".")) out.push_back(join(dir, name));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<Problem> check_program_text(const std::string& path, const std::string& text, bool* stdlib_only) {
  std::vector<Problem> problems;
  int bad = 0;
  if (!valid_utf8(text, bad)) {
    problems.push_back(Problem{path, bad, 0, "is not valid UTF-8 (the first bad byte is on this line); save it as UTF-8"});
    return problems;
  }
  py::ParseResult r = py::parse_program(path, text);
  if (!r.ok()) {
    const py::Diagnostic& d = *r.error;
    problems.push_back(Problem{path, static_cast<int>(d.line), static_cast<int>(d.col),
                               std::string(py::error_kind_name(d.kind)) + ": " + d.message});
    return problems;
  }
  bool only_stdlib = true;
  for (const py::ast::Stmt* s : r.program->module->body) {
    if (const auto* imp = py::ast::as<py::ast::Import>(s)) {
      for (const auto& a : imp->names) check_import(path, a.name, a.line, problems, only_stdlib);
    } else if (const auto* from = py::ast::as<py::ast::ImportFrom>(s)) {
      check_import(path, from->module, from->line, problems, only_stdlib);
    }
  }
  if (stdlib_only) *stdlib_only = only_stdlib;
  return problems;
}

std::vector<Problem> check_program(const std::string& path) {
  std::vector<Problem> problems;
  std::string text;
  if (!fs::is_regular_file(path)) problems.push_back(Problem{path, 0, 0, "no such file"});
  else if (read_file(path, text, problems)) problems = check_program_text(path, text);
  return problems;
}

LoadResult load_lesson(const std::string& folder) {
  LoadResult r;
  if (!fs::is_directory(folder)) {
    r.problems.push_back(Problem{folder, 0, 0, "no such folder"});
    return r;
  }
  if (folder_is_empty(folder)) {
    r.problems.push_back(Problem{folder, 0, 0, "the folder is empty: a lesson needs lesson.md and the programs it names"});
    return r;
  }
  const std::string md = join(folder, "lesson.md");
  std::string text;
  if (!fs::is_regular_file(md)) {
    r.problems.push_back(Problem{md, 0, 0, "is missing: every lesson folder needs one"});
    return r;
  }
  if (!read_file(md, text, r.problems)) return r;
  int bad = 0;
  if (!valid_utf8(text, bad)) {
    r.problems.push_back(Problem{md, bad, 0, "is not valid UTF-8 (the first bad byte is on this line); save it as UTF-8"});
    return r;
  }
  Lesson lesson;
  lesson.folder = folder;
  parse_lesson_md(text, md, lesson, r.problems);
  FolderCheck(folder, lesson, r.problems).run();
  if (r.problems.empty()) r.lesson = std::move(lesson);
  return r;
}

Catalog load_catalog(const std::string& dir) {
  Catalog c;
  if (!fs::is_directory(dir)) {
    c.problems.push_back(Problem{dir, 0, 0, "no such folder"});
    return c;
  }
  const auto folders = lesson_folders(dir);
  if (folders.empty()) c.problems.push_back(Problem{dir, 0, 0, "holds no lesson folders"});
  for (const auto& f : folders) {
    LoadResult r = load_lesson(f);
    c.problems.insert(c.problems.end(), r.problems.begin(), r.problems.end());
    if (!r.lesson) continue;
    for (const auto& other : c.lessons) {
      const std::string md = join(f, "lesson.md");
      if (other.id == r.lesson->id)
        c.problems.push_back(Problem{md, 0, 0, "id '" + other.id + "' is also used by " + other.folder});
      if (other.order == r.lesson->order)
        c.problems.push_back(Problem{md, 0, 0, "order " + std::to_string(other.order) + " is also used by " + other.folder});
    }
    c.lessons.push_back(std::move(*r.lesson));
  }
  std::stable_sort(c.lessons.begin(), c.lessons.end(), [](const Lesson& a, const Lesson& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return c;
}

std::vector<Problem> check_path(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) {
    if (fs::path(path).filename() == "lesson.md") {
      const std::string parent = fs::path(path).parent_path().string();
      return load_lesson(parent.empty() ? "." : parent).problems;
    }
    if (fs::path(path).extension() == ".py") return check_program(path);
    return {Problem{path, 0, 0, "is neither a lesson folder nor a .py program"}};
  }
  if (!fs::is_directory(path, ec)) return {Problem{path, 0, 0, "no such file or folder"}};
  if (fs::exists(join(path, "lesson.md")) || folder_is_empty(path) || lesson_folders(path).empty())
    return load_lesson(path).problems;
  return load_catalog(path).problems;
}

std::vector<Problem> check_pauses(const Lesson& lesson, const std::map<std::string, double>& totals) {
  std::vector<Problem> problems;
  const std::string md = join(lesson.folder, "lesson.md");
  for (const auto& s : lesson.steps) {
    double longest = -1;
    for (const auto& v : lesson.variants) {
      const bool shown = s.show.empty() || std::find(s.show.begin(), s.show.end(), v.name) != s.show.end();
      const auto t = totals.find(v.name);
      if (shown && t != totals.end()) longest = std::max(longest, t->second);
    }
    if (longest < 0) continue;
    for (double p : s.pauses) {
      if (p <= longest + 1e-9) continue;
      char buf[160];
      std::snprintf(buf, sizeof buf, "pause at %.2f s is after the end of the runs shown (the longest ends at %.2f s)",
                    p, longest);
      problems.push_back(Problem{md, s.pause_line, 0, buf});
    }
  }
  return problems;
}

std::string Problem::to_string() const {
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on
  // ":" + std::to_string(n).
  std::string s = file;
  if (line > 0) s.append(":").append(std::to_string(line));
  if (line > 0 && col > 0) s.append(":").append(std::to_string(col));
  return s.append(": ").append(message);
}

const Variant* Lesson::variant(const std::string& name) const {
  for (const auto& v : variants)
    if (v.name == name) return &v;
  return nullptr;
}

}  // namespace ls::lesson
