#include "expectation.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ls::golden {

namespace fs = std::filesystem;

namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6";  // "…" in UTF-8
constexpr size_t kMaxDiffCells = 4'000'000;      // beyond this, show the first difference only
constexpr size_t kStderrContextLines = 15;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("missing " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// Lines of `text`; a final line without '\n' gets a visible marker so that a missing
// or extra final newline shows up in the diff.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start) + "   [no newline at end]");
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string tail_lines(const std::string& text, size_t n) {
  auto lines = split_lines(text);
  std::string out;
  for (size_t i = lines.size() > n ? lines.size() - n : 0; i < lines.size(); ++i) {
    out += "    | " + lines[i] + "\n";
  }
  return out;
}

}  // namespace

Expectation load_expectation(const fs::path& dir, const std::string& name) {
  Expectation e;
  e.name = name;
  e.program = dir / (name + ".py");
  if (!fs::exists(e.program)) throw std::runtime_error("missing " + e.program.string());
  e.out = read_file(dir / (name + ".out"));
  const std::string code = trim(read_file(dir / (name + ".exit")));
  try {
    e.exit_code = std::stoi(code);
  } catch (const std::exception&) {
    throw std::runtime_error(name + ".exit does not hold a number: '" + code + "'");
  }
  if (fs::exists(dir / (name + ".err"))) e.err_last_line = last_line(read_file(dir / (name + ".err")));
  e.hand_written = fs::exists(dir / (name + ".expected.md"));
  return e;
}

std::vector<std::string> program_names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".py") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string last_line(const std::string& text) {
  auto lines = split_lines(text);
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    std::string line = *it;
    const std::string marker = "   [no newline at end]";
    if (line.size() >= marker.size() && line.compare(line.size() - marker.size(), marker.size(), marker) == 0) {
      line.resize(line.size() - marker.size());
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!trim(line).empty()) return line;
  }
  return "";
}

bool matches_with_ellipsis(const std::string& pattern, const std::string& line) {
  std::vector<std::string> pieces;
  size_t start = 0;
  for (size_t at; (at = pattern.find(kEllipsis, start)) != std::string::npos; start = at + 3) {
    pieces.push_back(pattern.substr(start, at - start));
  }
  pieces.push_back(pattern.substr(start));
  if (pieces.size() == 1) return pattern == line;
  if (line.compare(0, pieces.front().size(), pieces.front()) != 0) return false;
  size_t pos = pieces.front().size();
  for (size_t i = 1; i + 1 < pieces.size(); ++i) {
    size_t found = line.find(pieces[i], pos);
    if (found == std::string::npos) return false;
    pos = found + pieces[i].size();
  }
  const std::string& last = pieces.back();
  return line.size() >= pos + last.size() && line.compare(line.size() - last.size(), last.size(), last) == 0;
}

std::string line_diff(const std::string& expected, const std::string& actual) {
  const auto a = split_lines(expected), b = split_lines(actual);
  const size_t n = a.size(), m = b.size();
  std::ostringstream out;
  if ((n + 1) * (m + 1) > kMaxDiffCells) {
    size_t i = 0;
    while (i < n && i < m && a[i] == b[i]) ++i;
    out << "  (outputs too long for a full diff; first difference at line " << i + 1 << ")\n";
    if (i < n) out << "- " << a[i] << "\n";
    if (i < m) out << "+ " << b[i] << "\n";
    return out.str();
  }
  // Longest common subsequence table, filled from the end.
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out << "  " << a[i++] << "\n";
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out << "+ " << b[j++] << "\n";
    } else {
      out << "- " << a[i++] << "\n";
    }
  }
  return out.str();
}

std::string compare(const Expectation& e, const ProcessResult& run) {
  if (!run.start_error.empty()) return run.start_error + "\n";
  std::ostringstream report;
  if (run.timed_out) report << "timed out: killed after the time limit\n";
  if (run.out != e.out) {
    report << "stdout differs (- expected, + actual):\n" << line_diff(e.out, run.out);
  }
  if (run.exit_code != e.exit_code) {
    report << "exit code: expected " << e.exit_code << ", got " << run.exit_code << "\n";
  }
  if (e.err_last_line) {
    const std::string got = last_line(run.err);
    if (!matches_with_ellipsis(*e.err_last_line, got)) {
      report << "stderr's last line differs:\n- " << *e.err_last_line << "\n+ " << got << "\n";
    }
  }
  std::string text = report.str();
  if (!text.empty() && !run.err.empty()) {
    text += "end of stderr:\n" + tail_lines(run.err, kStderrContextLines);
  }
  return text;
}

}  // namespace ls::golden
