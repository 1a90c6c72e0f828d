#include "model/settings.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ls::app {

namespace {

template <class T>
void read(const nlohmann::json& j, const char* key, T& out) {
  const auto it = j.find(key);
  if (it == j.end()) return;
  // Only the type we expect: a string "true" is a typo, not a yes.
  if constexpr (std::is_same_v<T, bool>) {
    if (it->is_boolean()) out = it->get<bool>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (it->is_string()) out = it->get<std::string>();
  } else {
    if (it->is_number()) out = it->get<T>();
  }
}

}  // namespace

float font_px_for(float window_height, const Settings& s) {
  const float lines = s.presenter ? 36.0f : 50.0f;
  const float base = std::round(window_height / lines);
  return std::clamp(base + 2.0f * static_cast<float>(s.font_steps), kMinFontPx, kMaxFontPx);
}

std::string settings_to_json(const Settings& s) {
  const nlohmann::json j{{"font_steps", s.font_steps},   {"presenter", s.presenter},
                         {"high_contrast", s.high_contrast},
                         {"side_width", s.side_width},   {"show_log", s.show_log},
                         {"fullscreen", s.fullscreen},   {"lesson_width", s.lesson_width},
                         {"show_lesson_list", s.show_lesson_list},
                         {"hide_lessons", s.hide_lessons},
                         {"last_lesson", s.last_lesson}, {"last_step", s.last_step}};
  return j.dump(2) + "\n";
}

std::optional<Settings> settings_from_json(std::string_view text, const Settings& defaults) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  Settings s = defaults;
  read(j, "font_steps", s.font_steps);
  read(j, "presenter", s.presenter);
  read(j, "high_contrast", s.high_contrast);
  read(j, "side_width", s.side_width);
  read(j, "show_log", s.show_log);
  read(j, "fullscreen", s.fullscreen);
  read(j, "lesson_width", s.lesson_width);
  read(j, "show_lesson_list", s.show_lesson_list);
  read(j, "hide_lessons", s.hide_lessons);
  read(j, "last_lesson", s.last_lesson);
  read(j, "last_step", s.last_step);
  s.font_steps = std::clamp(s.font_steps, -kMaxFontSteps, kMaxFontSteps);
  s.side_width = std::clamp(s.side_width, kMinSideWidth, kMaxSideWidth);
  s.lesson_width = std::clamp(s.lesson_width, kMinLessonWidth, kMaxLessonWidth);
  s.last_step = std::max(s.last_step, 0);
  return s;
}

std::optional<std::filesystem::path> settings_path(const char* xdg_config_home, const char* home) {
  // The XDG spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (xdg_config_home && *xdg_config_home && xdg_config_home[0] == '/') {
    return std::filesystem::path(xdg_config_home) / "loopscope" / "settings.json";
  }
  if (home && *home) return std::filesystem::path(home) / ".config" / "loopscope" / "settings.json";
  return std::nullopt;
}

std::optional<std::filesystem::path> settings_path() {
  return settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
}

Settings load_settings(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Settings{};
  std::stringstream text;
  text << in.rdbuf();
  if (auto s = settings_from_json(text.str())) return *s;
  spdlog::warn("ignoring {}: not valid JSON; using the default settings", file.string());
  return Settings{};
}

bool save_settings(const std::filesystem::path& file, const Settings& s) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  // Written beside the file and renamed over it, so a crash never leaves half a file.
  const std::filesystem::path tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp);
    out << settings_to_json(s);
    if (!out) return false;
  }
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

}  // namespace ls::app
