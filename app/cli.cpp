#include "cli.h"

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <charconv>
#include <iostream>

#include "commands.h"
#include "platform.h"
#include "run_command.h"

namespace ls::app {

// lessons_command.cpp, check_command.cpp: each adds its subcommand and sets `run`.
CLI::App* add_lessons_command(CLI::App& cli, std::function<int()>& run);
CLI::App* add_check_command(CLI::App& cli, std::function<int()>& run);

namespace {

constexpr int kUsageError = 2;

std::string check_size(const std::string& s) {
  return parse_size(s) ? std::string() : "expected WIDTHxHEIGHT such as 1600x900, got '" + s + "'";
}

std::vector<CLI::App*> commands(CLI::App& cli) {
  return cli.get_subcommands([](CLI::App*) { return true; });
}

bool is_command(CLI::App& cli, const std::string& name) {
  for (CLI::App* c : commands(cli)) {
    if (c->get_name() == name) return true;
  }
  return false;
}

std::string command_names(CLI::App& cli) {
  std::string names;
  for (CLI::App* c : commands(cli)) names += " " + c->get_name();
  return names;
}

int dispatch(const CLI::App* demo, const CLI::App* shot, const DemoOptions& d,
             ScreenshotOptions& s, const std::string& size) {
  if (demo->parsed()) return run_demo(d);
  if (shot->parsed()) {
    const auto wh = parse_size(size);
    s.width = wh->first;
    s.height = wh->second;
    return take_screenshot(s);
  }
  return open_app();
}

}  // namespace

std::optional<std::pair<int, int>> parse_size(const std::string& s) {
  const auto x = s.find('x');
  if (x == std::string::npos) return std::nullopt;
  int w = 0, h = 0;
  const char* b = s.data();
  const auto r1 = std::from_chars(b, b + x, w);
  const auto r2 = std::from_chars(b + x + 1, b + s.size(), h);
  if (r1.ec != std::errc() || r1.ptr != b + x || r2.ec != std::errc() || r2.ptr != b + s.size()) {
    return std::nullopt;
  }
  if (w < 64 || h < 64 || w > 16384 || h > 16384) return std::nullopt;
  return std::pair{w, h};
}

int run_cli(int argc, char** argv) {
  CLI::App cli{"Loopscope: watch asyncio's event loop run, one task per lane."};
  cli.require_subcommand(0, 1);

  DemoOptions d;
  auto* demo = cli.add_subcommand("demo", "Run the built-in download demo without a window");
  demo->add_flag("--timeline", d.timeline, "Print both runs' text timelines and the totals");
  demo->add_option("--trace-json", d.trace_json, "Write both runs as a Chrome trace (Perfetto)");

  ScreenshotOptions s;
  std::string size = "1600x900";
  auto* shot = cli.add_subcommand("screenshot", "Render the app window off-screen to a PNG");
  shot->add_option("--size", size, "Window size, WIDTHxHEIGHT")->check(check_size);
  shot->add_option("--at", s.at, "Playhead position in seconds (default: the end)")
      ->check(CLI::NonNegativeNumber);
  shot->add_flag("--frame-stats", s.frame_stats,
                 "Also print frame times (median, worst, CPU median) over 120 frames");
  auto* synthetic = shot->add_option("--synthetic-tasks", s.synthetic_tasks,
                   "Show a generated trace of N tasks, 100 spans each, instead of the demo")
      ->check(CLI::Range(1, 1'000'000));
  auto* lesson = shot->add_option("--lesson", s.lesson, "Show this lesson (its id, see 'loopscope lessons')")
      ->excludes(synthetic);
  shot->add_option("--step", s.step, "The lesson's step, 1 for the first (default: the first)")
      ->check(CLI::Range(1, 1000))
      ->needs(lesson);
  shot->add_option("--variant", s.variant,
                   "Run only this variant of the lesson (and open the first step that shows it)")
      ->needs(lesson);
  shot->add_option("--script", s.script,
                   "Keys to press first, e.g. \"space right l\"; prints playhead and speed");
  shot->add_option("--edit", s.edit_file,
                   "Type this file's text into the first code panel and press Run (as a student would)")
      ->check(CLI::ExistingFile)
      ->needs(lesson);
  shot->add_flag("--timeline-only", s.timeline_only,
                 "Save only the timeline panel (a picture for slides), as Export does");
  shot->add_option("OUT.png", s.out, "Where to save the picture")->required();

  std::function<int()> run_lessons, run_check;
  const CLI::App* lessons = add_lessons_command(cli, run_lessons);
  const CLI::App* check = add_check_command(cli, run_check);
  std::function<int()> run_program;
  const CLI::App* run = add_run_command(cli, run_program);

  // CLI11 would call a mistyped command "an argument not expected"; name it plainly.
  if (argc > 1 && argv[1][0] != '-' && !is_command(cli, argv[1])) {
    std::cerr << "loopscope: unknown command '" << argv[1] << "' (commands:"
              << command_names(cli) << ")\nRun 'loopscope --help' for usage.\n";
    return kUsageError;
  }
  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "loopscope: " << e.what() << "\nRun 'loopscope --help' for usage.\n";
    return kUsageError;
  }
  try {
    if (lessons->parsed()) return run_lessons();
    if (check->parsed()) return run_check();
    if (run->parsed()) return run_program();
    return dispatch(demo, shot, d, s, size);
  } catch (const NoDisplayError& e) {
    std::cerr << "loopscope: " << e.what()
              << " (no display; run under xvfb-run, or try 'loopscope demo --timeline')\n";
    return 1;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}

}  // namespace ls::app
