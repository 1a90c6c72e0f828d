// What the app remembers between runs: the presenter's font size, the theme, the
// layout, and where the class got to (the last lesson and step). A small JSON file in $XDG_CONFIG_HOME/loopscope/settings.json (or
// ~/.config/loopscope/settings.json). A missing or damaged file is never an error:
// the app starts with the defaults and says so in its log.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ls::app {

struct Settings {
  int font_steps = 0;            // Ctrl +/- presses from the size the window suggests
  bool presenter = false;        // presenter mode: text for the back of a classroom, full screen
  bool high_contrast = false;    // pure black and white, thicker outlines
  float side_width = 0.24f;      // the loop/console column, as a fraction of the width
  bool show_log = false;         // the log panel under the console
  bool fullscreen = false;
  float lesson_width = 0.24f;    // the lesson text column on the left, as a fraction
  bool hide_lessons = false;     // the lesson column folded away: the timeline takes the width
  bool show_lesson_list = false; // the whole list above the lesson text, or one line naming the lesson
  std::string last_lesson;       // id of the lesson open when the app closed
  int last_step = 0;             // its step, 0-based

  bool operator==(const Settings&) const = default;
};

// The limits a hand-edited file is clamped to.
constexpr int kMaxFontSteps = 20;
constexpr float kMinSideWidth = 0.18f;
constexpr float kMaxSideWidth = 0.50f;
constexpr float kMinLessonWidth = 0.15f;
constexpr float kMaxLessonWidth = 0.50f;

// The text size for a window `window_height` pixels tall. At a desk about 50 lines
// fill the window; in presenter mode about 36, large enough for the back of a
// classroom; each Ctrl +/- adds or takes 2 px. Clamped to what stays legible and fits.
float font_px_for(float window_height, const Settings& s);
constexpr float kMinFontPx = 13.0f;
constexpr float kMaxFontPx = 72.0f;

std::string settings_to_json(const Settings& s);
// Reads what it understands and keeps `defaults` for the rest: unknown keys,
// wrong types and out-of-range values are ignored or clamped. nullopt if the text
// is not JSON at all.
std::optional<Settings> settings_from_json(std::string_view text, const Settings& defaults = {});

// Where the file lives, from the two environment values (either may be null or
// empty); nullopt if neither gives a place.
std::optional<std::filesystem::path> settings_path(const char* xdg_config_home, const char* home);
// The same, from this process' environment.
std::optional<std::filesystem::path> settings_path();

// Loads the file, or the defaults. Saving creates the folder; false if it cannot.
Settings load_settings(const std::filesystem::path& file);
bool save_settings(const std::filesystem::path& file, const Settings& s);

}  // namespace ls::app
