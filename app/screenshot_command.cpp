// `loopscope screenshot`: the real app, rendered into a hidden window and saved;
// optionally after a script of key presses, and with frame timings.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "app.h"
#include "code_panel.h"
#include "commands.h"
#include "keys.h"
#include "model/lesson_library.h"
#include "model/python_program.h"
#include "model/playback.h"
#include "model/session.h"
#include "model/workspace.h"

namespace ls::app {

namespace {

// Frames rendered before the picture is taken: ImGui sizes windows and text from
// the previous frame, so the first one or two are not final.
constexpr int kSettleFrames = 4;
constexpr int kStatFrames = 120;

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

using clock_type = std::chrono::steady_clock;
double ms_between(clock_type::time_point a, clock_type::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// A pressed key, as the GLFW backend would record it: down for one frame, up the
// next. "ctrl+=" holds Ctrl with it.
struct ScriptKey {
  int code = -1;
  bool ctrl = false;
};

std::vector<ScriptKey> parse_script(const std::string& script) {
  std::vector<ScriptKey> keys;
  std::istringstream in(script);
  std::string word;
  while (in >> word) {
    ScriptKey k;
    if (word.rfind("ctrl+", 0) == 0) {
      k.ctrl = true;
      word = word.substr(5);
    }
    k.code = keys::code_for_name(word);
    if (k.code < 0) throw std::runtime_error("--script: unknown key '" + word + "'");
    keys.push_back(k);
  }
  return keys;
}

void press(App& app, const ScriptKey& k, double dt) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = k.ctrl;
  io.KeysDown[k.code] = true;
  app.frame(dt);
  io.KeysDown[k.code] = false;
  io.KeyCtrl = false;
  app.frame(dt);
}

struct FrameTimes {
  std::vector<double> total, cpu;
  // `what`: "frame" for the figures the targets name, "play" for the
  // synthetic trace played from start to end.
  void print(const char* what = "frame") const {
    std::printf("%s.median_ms %.2f\n%s.worst_ms %.2f\n%s.cpu_median_ms %.2f\n", what, median(total), what,
                *std::max_element(total.begin(), total.end()), what, median(cpu));
  }
};

// One frame, timed whole (until the GPU, here llvmpipe, has finished) and for
// the ImGui build alone (what the CPU spends before any pixel is filled).
void timed_frame(App& app, double dt, FrameTimes& t) {
  const auto t0 = clock_type::now();
  app.frame(dt);
  glFinish();
  t.total.push_back(ms_between(t0, clock_type::now()));
  t.cpu.push_back(app.last_build_ms());
  if (std::getenv("LS_FRAME_LOG")) std::fprintf(stderr, "frame %zu %.2f\n", t.total.size(), t.total.back());
}

// The demo or a lesson: plays the whole session from the start in 120 frames,
// so every frame moves the playhead (the loop panel's snapshot, the console and
// the code markers follow it) and, for a lesson, runs its programs that far.
void play_stats(App& app, Session& session, const char* what = "frame") {
  session.player().seek(0);
  session.player().play();
  const double dt = trace::to_seconds(session.duration()) / kStatFrames;
  FrameTimes t;
  for (int i = 0; i < kStatFrames; ++i) timed_frame(app, dt, t);
  t.print(what);
}

// A big trace: the whole run on screen, zoomed in about 90x towards the playhead
// at its end (W), panned back across the run (A), zoomed out again (S): one key
// every other frame, so every frame draws a different view.
void pan_zoom_stats(App& app) {
  const ScriptKey w{GLFW_KEY_W, false}, a{GLFW_KEY_A, false}, s{GLFW_KEY_S, false};
  std::vector<ScriptKey> plan;
  for (int i = 0; i < 20; ++i) plan.push_back(w);
  for (int i = 0; i < 20; ++i) plan.push_back(a);
  for (int i = 0; i < 20; ++i) plan.push_back(s);
  FrameTimes t;
  ImGuiIO& io = ImGui::GetIO();
  for (const ScriptKey& k : plan) {
    io.KeysDown[k.code] = true;
    timed_frame(app, 0.0, t);
    io.KeysDown[k.code] = false;
    timed_frame(app, 0.0, t);
  }
  t.print();
}

Session make_session(const ScreenshotOptions& opts) {
  if (opts.synthetic_tasks <= 0) return make_demo_session();
  const auto t0 = clock_type::now();
  Session s = make_synthetic_session(opts.synthetic_tasks);
  s.finish_runs();
  std::size_t spans = 0;
  for (const SessionRun& r : s.runs()) {
    for (const trace::Lane& lane : r.run.timeline().lanes()) spans += lane.states.size() + lane.calls.size();
  }
  std::fprintf(stderr, "synthetic: %d tasks, %zu spans, built in %.0f ms\n", opts.synthetic_tasks,
               spans, ms_between(t0, clock_type::now()));
  return s;
}

// A mistake in the command line (an unknown lesson, step or variant): exit 2,
// like CLI11's own usage errors, with the choices listed.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string joined(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

// The lesson, step and variant asked for, opened; throws UsageError naming the
// choices when one does not exist.
std::unique_ptr<Workspace> lesson_workspace(const ScreenshotOptions& opts) {
  const std::string dir = default_lessons_dir();
  std::string why;
  auto ws = std::make_unique<Workspace>(load_library(dir, &why), lesson_run_spec);
  const auto index = ws->find(opts.lesson);
  if (!index) {
    std::vector<std::string> ids;
    for (const LessonEntry& e : ws->library())
      if (e.lesson) ids.push_back(e.lesson->id);
    throw UsageError("no lesson '" + opts.lesson + "' in " + dir +
                     (ids.empty() ? " (" + (why.empty() ? "no lesson loads" : why) + ")"
                                  : "; the lessons are: " + joined(ids)));
  }
  const lesson::Lesson& l = *ws->library()[*index].lesson;
  std::size_t step = opts.step > 0 ? static_cast<std::size_t>(opts.step - 1) : 0;
  if (opts.step > static_cast<int>(l.steps.size())) {
    throw UsageError("lesson '" + l.id + "' has " + std::to_string(l.steps.size()) +
                     " steps; --step " + std::to_string(opts.step) + " is past the last");
  }
  if (!opts.variant.empty()) {
    std::vector<std::string> names;
    for (const lesson::Variant& v : l.variants) names.push_back(v.name);
    if (!l.variant(opts.variant)) {
      throw UsageError("lesson '" + l.id + "' has no variant '" + opts.variant +
                       "'; its variants are: " + joined(names));
    }
    if (opts.step == 0) step = first_step_showing(l, opts.variant).value_or(0);
  }
  ws->open(*index, step);
  if (!opts.variant.empty()) ws->show_only(opts.variant);
  return ws;
}

// What a student does: Edit, the new text in the field, Run. The code panel's own
// model checks the text and shows a syntax error in place; a program that parses
// re-runs the step. Prints what came of it for GUI tests.
bool edit_and_run(App& app, Workspace& ws, const std::string& file) {
  auto* code = dynamic_cast<CodePanel*>(app.panels().find("Code"));
  if (code == nullptr || code->book().empty()) {
    std::cerr << "loopscope: --edit: this step shows no program\n";
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CodeView& view = code->book().view(0);
  view.set_editing(true);
  view.draft() = std::move(text);
  for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
  const std::uint64_t before = ws.generation();
  const bool ran = code->book().run(0);
  for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
  if (ran) {
    std::printf("edit ran: %s\n", ws.generation() != before ? "new runs" : "no new runs");
  } else if (view.error()) {
    std::printf("edit error: %s: %s\n", view.error()->where().c_str(), view.error()->headline().c_str());
  }
  return true;
}

std::unique_ptr<Workspace> make_workspace(const ScreenshotOptions& opts) {
  if (!opts.lesson.empty()) return lesson_workspace(opts);
  return std::make_unique<Workspace>(make_session(opts));
}

}  // namespace

int take_screenshot(const ScreenshotOptions& opts) {
  std::unique_ptr<Workspace> workspace;
  try {
    workspace = make_workspace(opts);  // before the window: a typo needs no display
  } catch (const UsageError& e) {
    std::cerr << "loopscope: " << e.what() << '\n';
    return 2;
  }
  WindowOptions wo;
  wo.width = opts.width;
  wo.height = opts.height;
  wo.visible = false;
  wo.vsync = false;  // frame timings measure our work, not the display's refresh
  Platform platform(wo);
  Session& session = workspace->session();
  // Default settings, not the user's: a screenshot must come out the same anywhere.
  // A timeline picture for slides gets the lesson column's width too.
  Settings settings;
  settings.hide_lessons = opts.timeline_only;
  App app(platform, *workspace, settings);

  if (opts.frame_stats) {
    if (opts.synthetic_tasks > 0) {
      session.player().jump_to_end();
      for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
      pan_zoom_stats(app);
      press(app, {GLFW_KEY_F, false}, 0.0);  // the picture shows the whole run again
      // Then the whole run played on screen: the loop panel at a new playhead
      // every frame, over a trace of millions of events.
      play_stats(app, session, "play");
    } else {
      play_stats(app, session);
    }
  }
  session.player().pause();
  if (opts.at >= 0 || opts.synthetic_tasks <= 0 || !opts.frame_stats) {
    session.player().seek(opts.at < 0 ? session.duration() : trace::from_seconds(opts.at));
  }
  session.sync(RunSource::kNoBudget);
  for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
  if (!opts.edit_file.empty() && !edit_and_run(app, *workspace, opts.edit_file)) return 2;
  if (!opts.script.empty()) {
    for (const ScriptKey& k : parse_script(opts.script)) press(app, k, 0.0);
    std::printf("playhead_s %.6f\nspeed %s\n", trace::to_seconds(session.player().position()),
                speed_label(session.player().speed()).c_str());
    if (const lesson::StepPlayer* steps = workspace->steps()) {
      std::printf("step %zu of %zu\n", steps->step_index() + 1, steps->step_count());
    }
    for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
    // After the settle frames: a new font size is built between frames.
    std::printf("font_px %.0f\npresenter %s\n", app.font_px(),
                app.settings().presenter ? "on" : "off");
  }
  glFinish();

  int w = 0, h = 0;
  platform.framebuffer_size(w, h);
  if (w != opts.width || h != opts.height) {
    std::cerr << "loopscope: the window came out " << w << "x" << h << ", not " << opts.width
              << "x" << opts.height << " (is the screen smaller?)\n";
    return 1;
  }
  const bool saved = opts.timeline_only ? app.save_timeline_png(opts.out) : platform.save_png(opts.out, 0, 0, w, h);
  if (!saved) {
    std::cerr << "loopscope: cannot write " << opts.out << '\n';
    return 1;
  }
  return 0;
}

int open_app() {
  const auto file = settings_path();
  const Settings settings = file ? load_settings(*file) : Settings{};
  const std::string dir = default_lessons_dir();
  std::string why;
  Workspace workspace(load_library(dir, &why), lesson_run_spec);
  // No lesson loads (no lessons folder here): the built-in demo, and the log says why.
  std::unique_ptr<Workspace> demo;
  if (!workspace.restore(settings)) {
    spdlog::warn("no lesson could be opened from {}{}; showing the built-in demo", dir,
                 why.empty() ? "" : " (" + why + ")");
    demo = std::make_unique<Workspace>(make_demo_session());
  }
  Platform platform(WindowOptions{});
  App app(platform, demo ? *demo : workspace, settings, file);
  app.run();
  return 0;
}

}  // namespace ls::app
