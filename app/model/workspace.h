// What the window is about: the lesson library, the lesson being taught, the step
// the class is on (core/lesson's StepPlayer: predictions, reveals, pauses) and the
// Session that runs the variants that step shows. GUI-free: panels read it and
// call its actions; tests drive it without a window.
//
// The Session object lives as long as the Workspace and keeps its address: a
// step that shows other variants rebuilds it in place, so a panel holding a
// reference (PanelContext::session) stays valid even when the rebuild happens
// halfway through a frame. generation() tells panels that cache per-run state
// (the timeline's zoom) that the runs are new.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lesson/step_player.h"
#include "model/lesson_library.h"
#include "model/session.h"
#include "model/settings.h"

namespace ls::app {

// How a lesson's variant becomes a run of the Session: `source` is the program's
// text (the file's, or the teacher's edit). The real one interprets it; tests
// give native loops. May throw: the message is shown.
using RunFactory = std::function<RunSpec(const lesson::Lesson&, const lesson::Variant&,
                                         const std::string& source)>;

class Workspace {
 public:
  // A lesson library; nothing is open until open() or restore().
  Workspace(std::vector<LessonEntry> library, RunFactory make_run);
  // No lessons, one fixed session (the built-in demo, generated traces).
  explicit Workspace(Session fixed);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const std::vector<LessonEntry>& library() const { return library_; }
  // The index in library() of the open lesson, if any.
  std::optional<std::size_t> current() const { return current_; }
  const lesson::Lesson* lesson() const;
  // The open lesson's steps and answers; null when no lesson is open.
  const lesson::StepPlayer* steps() const { return steps_.get(); }
  // The library index of the lesson with this id.
  std::optional<std::size_t> find(std::string_view id) const;

  Session& session() { return *session_; }
  const Session& session() const { return *session_; }
  // Bumped each time the session is rebuilt with other runs.
  std::uint64_t generation() const { return generation_; }
  // Why the step's runs could not be made ("" when they were).
  const std::string& run_error() const { return run_error_; }

  // Opens library entry `index` at `step` (clamped). False, changing nothing,
  // for a broken entry or an index out of range.
  bool open(std::size_t index, std::size_t step = 0);
  // Opens the lesson and step the settings remember, else the first usable
  // lesson; false if there is none.
  bool restore(const Settings& s);
  // Writes the open lesson and step into the settings (saved when the app closes).
  void remember(Settings& s) const;

  // PgDn / PgUp and jumps. Each puts the playhead, paused, at the step's first
  // pause (or the start): a step is read, then played. False at either end.
  bool next_step();
  bool prev_step();
  void go_to_step(std::size_t step);

  // Runs only `variant` (a name from the lesson's front matter) until the step
  // changes: one program alone, for a screenshot or a closer look. The playhead
  // goes to the step's start as on entering it. False if there is no such variant.
  bool show_only(std::string_view variant);

  // The program text variant `name` of the open lesson runs: the edit made in
  // the code panel if any, else its file's ("" if it cannot be read).
  std::string source(const std::string& name) const;
  // The file's text, whatever was edited.
  std::string lesson_source(const std::string& name) const;
  // Runs the step's `shown`-th variant (in the session's order) again with
  // `text`, kept as that variant's text until another lesson is opened; the
  // session is rebuilt and the playhead placed as on entering the step.
  void rerun(std::size_t shown, std::string text);
  // The variant names the session runs, in its order.
  const std::vector<std::string>& shown() const { return shown_; }

  // Questions of the current step (see lesson::StepPlayer).
  void choose(std::size_t question, int choice);
  void reveal(std::size_t question);

  // One frame: moves the playhead (stopping at the step's pause points while
  // playing), runs the loops as far as it needs, and reveals the step's
  // questions once the playhead reaches the end of the runs.
  void tick(double real_seconds);
  // The pause point the playhead stopped on while playing, until it moves on or
  // the step changes (the lesson panel says why the animation stopped).
  std::optional<double> held_at() const { return held_at_; }

 private:
  void place_playhead();
  // Makes the session show the current step's variants (rebuilt only if they
  // changed), then places the playhead for the step.
  void enter_step();
  void rebuild(const std::vector<const lesson::Variant*>& shown);
  void after_move();

  std::vector<LessonEntry> library_;
  RunFactory make_run_;
  std::optional<std::size_t> current_;
  std::unique_ptr<lesson::StepPlayer> steps_;
  std::unique_ptr<Session> session_;
  std::vector<std::string> shown_;  // variant names the session runs
  std::map<std::string, std::string> edits_;  // variant name -> edited text
  std::uint64_t generation_ = 0;
  std::string run_error_;
  std::optional<double> held_at_;
};

// The step to open to see `variant`: the first that shows it alone, else the
// first that shows it among others; nullopt if no step shows it.
std::optional<std::size_t> first_step_showing(const lesson::Lesson& lesson, std::string_view variant);

}  // namespace ls::app
