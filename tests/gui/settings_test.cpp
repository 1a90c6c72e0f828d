// Settings: JSON round trip, forgiving reads, where the file goes.
#include "model/settings.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace ls::app;

TEST_CASE("Settings survive a round trip through their JSON file", "[app][settings]") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("loopscope-settings-" + std::to_string(::getpid()));
  const auto file = dir / "loopscope" / "settings.json";
  Settings s;
  s.font_steps = 3;
  s.high_contrast = true;
  s.side_width = 0.4f;
  s.show_log = true;
  s.presenter = true;
  s.hide_lessons = true;
  REQUIRE(save_settings(file, s));  // makes the folder
  CHECK(load_settings(file) == s);
  std::filesystem::remove_all(dir);
}

TEST_CASE("A damaged or odd settings file falls back to defaults, key by key", "[app][settings]") {
  CHECK_FALSE(settings_from_json("not json").has_value());
  const auto s = settings_from_json(R"({"font_steps": 2, "high_contrast": "yes", "extra": 1})");
  REQUIRE(s.has_value());
  CHECK(s->font_steps == 2);
  CHECK_FALSE(s->high_contrast);  // a string is not a boolean: the default stays
  const auto clamped = settings_from_json(R"({"font_steps": 999, "side_width": 5})");
  CHECK(clamped->font_steps == kMaxFontSteps);
  CHECK(clamped->side_width == kMaxSideWidth);
  CHECK(load_settings("/nonexistent/loopscope/settings.json") == Settings{});
}

TEST_CASE("The settings file lives under XDG_CONFIG_HOME, else ~/.config", "[app][settings]") {
  CHECK(settings_path("/x/cfg", "/home/a") == std::filesystem::path("/x/cfg/loopscope/settings.json"));
  CHECK(settings_path(nullptr, "/home/a") ==
        std::filesystem::path("/home/a/.config/loopscope/settings.json"));
  // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
  CHECK(settings_path("cfg", "/home/a") ==
        std::filesystem::path("/home/a/.config/loopscope/settings.json"));
  CHECK_FALSE(settings_path("", "").has_value());
}

TEST_CASE("Settings remember the last lesson and step, and a bad step reads as the first",
          "[app][settings]") {
  Settings s;
  s.last_lesson = "gather-order";
  s.last_step = 3;
  s.show_lesson_list = false;
  const auto back = settings_from_json(settings_to_json(s));
  REQUIRE(back.has_value());
  CHECK(*back == s);
  const auto odd = settings_from_json(R"({"last_lesson": 7, "last_step": -4, "lesson_width": 0.9})");
  CHECK(odd->last_lesson.empty());
  CHECK(odd->last_step == 0);
  CHECK(odd->lesson_width == kMaxLessonWidth);
}

TEST_CASE("Presenter mode sets larger text than the desk size, and Ctrl +/- steps move both",
          "[app][settings][presenter]") {
  Settings desk;
  Settings presenting;
  presenting.presenter = true;
  for (float h : {720.0f, 900.0f, 1080.0f, 2160.0f}) {
    INFO("window height " << h);
    CHECK(font_px_for(h, presenting) >= font_px_for(h, desk) * 1.3f);
  }
  // On a 1080-line projector: about 50 lines at a desk, about 36 presenting.
  CHECK(font_px_for(1080.0f, desk) == 22.0f);
  CHECK(font_px_for(1080.0f, presenting) == 30.0f);
  desk.font_steps = 2;
  CHECK(font_px_for(1080.0f, desk) == 26.0f);
  // Never below legible nor above what a window can show.
  desk.font_steps = -kMaxFontSteps;
  CHECK(font_px_for(480.0f, desk) == kMinFontPx);
  presenting.font_steps = kMaxFontSteps;
  CHECK(font_px_for(2160.0f, presenting) == kMaxFontPx);
}
