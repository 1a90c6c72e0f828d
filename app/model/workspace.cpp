#include "model/workspace.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace ls::app {

namespace {

std::string read_source(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

Workspace::Workspace(std::vector<LessonEntry> library, RunFactory make_run)
    : library_(std::move(library)),
      make_run_(std::move(make_run)),
      session_(std::make_unique<Session>(std::vector<RunSpec>{})) {}

Workspace::Workspace(Session fixed) : session_(std::make_unique<Session>(std::move(fixed))) {}

Workspace::~Workspace() = default;

const lesson::Lesson* Workspace::lesson() const {
  return current_ ? &*library_[*current_].lesson : nullptr;
}

std::optional<std::size_t> Workspace::find(std::string_view id) const {
  for (std::size_t i = 0; i < library_.size(); ++i) {
    if (library_[i].lesson && library_[i].lesson->id == id) return i;
  }
  return std::nullopt;
}

bool Workspace::open(std::size_t index, std::size_t step) {
  if (index >= library_.size() || !library_[index].usable()) return false;
  if (current_ != index) {
    current_ = index;
    steps_ = std::make_unique<lesson::StepPlayer>(*library_[index].lesson);
    shown_.clear();  // another lesson's variants, even if they share names
    edits_.clear();
  }
  steps_->go_to(step);
  enter_step();
  return true;
}

bool Workspace::restore(const Settings& s) {
  if (const auto i = find(s.last_lesson)) {
    if (open(*i, static_cast<std::size_t>(std::max(s.last_step, 0)))) return true;
  }
  for (std::size_t i = 0; i < library_.size(); ++i) {
    if (open(i)) return true;
  }
  return false;
}

void Workspace::remember(Settings& s) const {
  if (!current_) return;
  s.last_lesson = lesson()->id;
  s.last_step = static_cast<int>(steps_->step_index());
}

bool Workspace::next_step() {
  if (!steps_ || !steps_->next()) return false;
  enter_step();
  return true;
}

bool Workspace::prev_step() {
  if (!steps_ || !steps_->back()) return false;
  enter_step();
  return true;
}

void Workspace::go_to_step(std::size_t step) {
  if (!steps_) return;
  steps_->go_to(step);
  enter_step();
}

void Workspace::choose(std::size_t question, int choice) {
  if (steps_) steps_->choose(question, choice);
}

void Workspace::reveal(std::size_t question) {
  if (steps_) steps_->reveal(question);
}

void Workspace::enter_step() {
  if (steps_->step_count() == 0) return;  // the loader refuses these; nothing to show
  const auto shown = steps_->shown_variants();
  std::vector<std::string> names;
  for (const lesson::Variant* v : shown) names.push_back(v->name);
  if (names != shown_) rebuild(shown);
  shown_ = std::move(names);
  place_playhead();
}

bool Workspace::show_only(std::string_view variant) {
  const lesson::Lesson* l = lesson();
  const lesson::Variant* v = l ? l->variant(std::string(variant)) : nullptr;
  if (!v) return false;
  if (shown_ != std::vector<std::string>{v->name}) rebuild({v});
  shown_ = {v->name};
  place_playhead();
  return true;
}

std::string Workspace::lesson_source(const std::string& name) const {
  const lesson::Variant* v = lesson() ? lesson()->variant(name) : nullptr;
  if (!v) return {};
  try {
    return read_source(v->path);
  } catch (const std::exception&) {
    return {};
  }
}

std::string Workspace::source(const std::string& name) const {
  const auto edit = edits_.find(name);
  return edit != edits_.end() ? edit->second : lesson_source(name);
}

void Workspace::rerun(std::size_t shown, std::string text) {
  if (!steps_ || shown >= shown_.size()) return;
  const std::string name = shown_[shown];
  if (text == lesson_source(name)) {
    edits_.erase(name);  // Reset: the lesson's own program again
  } else {
    edits_[name] = std::move(text);
  }
  std::vector<const lesson::Variant*> variants;
  for (const std::string& n : shown_) variants.push_back(lesson()->variant(n));
  rebuild(variants);
  place_playhead();
}

void Workspace::place_playhead() {
  held_at_.reset();
  // Paused at the first pause point, or at the start: the class reads the step,
  // answers its questions, then the teacher plays. Starting at the end would
  // reveal the answers before anyone had predicted.
  Player& p = session_->player();
  p.pause();
  const auto& pauses = steps_->step().pauses;
  p.seek(pauses.empty() ? 0 : trace::from_seconds(pauses.front()));
  session_->sync();
}

void Workspace::rebuild(const std::vector<const lesson::Variant*>& shown) {
  run_error_.clear();
  std::vector<RunSpec> specs;
  try {
    for (const lesson::Variant* v : shown) {
      const auto edit = edits_.find(v->name);
      specs.push_back(make_run_(*lesson(), *v, edit != edits_.end() ? edit->second : read_source(v->path)));
    }
    // In place: panels keep their reference to the one Session (see the header).
    *session_ = Session(specs);
  } catch (const std::exception& e) {
    run_error_ = e.what();
    spdlog::error("{}: {}", lesson()->id, run_error_);
    *session_ = Session(std::vector<RunSpec>{});
  }
  ++generation_;
}

void Workspace::tick(double real_seconds) {
  Player& p = session_->player();
  const trace::Nanos from = p.position();
  p.advance(real_seconds);
  // A pause point crossed (or landed on) during this frame stops the playhead on
  // it; pressing play again goes on from there (pause_between is strictly after).
  if (steps_ && p.position() > from) {
    const auto stop = steps_->pause_between(trace::to_seconds(from), trace::to_seconds(p.position()));
    if (stop) {
      p.seek(trace::from_seconds(*stop));
      p.pause();
      held_at_ = *stop;
    }
  }
  if (held_at_ && p.position() != trace::from_seconds(*held_at_)) held_at_.reset();
  session_->sync();
  after_move();
}

void Workspace::after_move() {
  if (!steps_ || session_->runs().empty() || session_->duration() <= 0) return;
  steps_->on_playhead(trace::to_seconds(session_->player().position()),
                      trace::to_seconds(session_->duration()));
}

std::optional<std::size_t> first_step_showing(const lesson::Lesson& lesson, std::string_view variant) {
  std::optional<std::size_t> among_others;
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    const auto& show = lesson.steps[i].show;
    if (show.size() == 1 && show.front() == variant) return i;
    const bool shows = show.empty() ? lesson.variant(std::string(variant)) != nullptr
                                    : std::find(show.begin(), show.end(), variant) != show.end();
    if (shows && !among_others) among_others = i;
  }
  return among_others;
}

}  // namespace ls::app
