// The command line's actions, each returning the process exit code. Parsing lives
// in cli.cpp; these do the work.
#pragma once

#include <optional>
#include <string>

namespace ls::app {

struct DemoOptions {
  bool timeline = false;     // print both text timelines and the totals on stdout
  std::string trace_json;    // write both runs as one Chrome trace, if not empty
};

struct ScreenshotOptions {
  int width = 1600;
  int height = 900;
  double at = -1.0;          // playhead in seconds; negative: the end
  bool frame_stats = false;  // also render frames while playing and print timings
  int synthetic_tasks = 0;   // > 0: a generated trace of this many tasks, not the demo
  // A lesson instead of the demo: its id, a step (1-based, as the panel counts;
  // 0: the first step, or the first that shows `variant`) and one variant to run
  // alone (empty: the variants the step shows).
  std::string lesson;
  int step = 0;
  std::string variant;
  // Keys pressed one after another before the picture, each for one frame, e.g.
  // "space right right l ]": then the playhead and speed are printed (GUI tests).
  std::string script;
  bool timeline_only = false;  // the timeline panel alone, as the Export menu saves it
  // A program typed into the first code panel and run with its Run button, as a
  // student would: a syntax error is shown in place, a program that parses re-runs.
  std::string edit_file;
  std::string out;
};

// Opens the app window on the lesson the settings remember, else the first one
// (the demo if there are no lessons).
int open_app();
// Runs the demo headless.
int run_demo(const DemoOptions& opts);
// Renders the app window off-screen and saves it as a PNG.
int take_screenshot(const ScreenshotOptions& opts);

// "1600x900" -> {1600, 900}; nullopt unless both are in 64..16384.
std::optional<std::pair<int, int>> parse_size(const std::string& s);

}  // namespace ls::app
