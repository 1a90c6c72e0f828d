// A lesson as the app and the command line see it: the text split into steps,
// the program variants it runs, the questions it asks, and the simulated network
// its programs talk to. Plain data; loader.h builds it from a lesson folder and
// says file:line for everything that is wrong.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lesson/network_spec.h"

namespace ls::lesson {

// One thing wrong with a lesson or program, where a teacher can find it.
// line is 0 when the problem is the file as a whole (missing, unreadable, empty).
struct Problem {
  std::string file;  // path as given to the loader, e.g. "lessons/03-gather-order/lesson.md"
  int line = 0;
  int col = 0;       // 1-based, in code points, for program syntax errors; else 0
  std::string message;

  // "file:line: message" ("file:line:col: ..." with a column, "file: ..." without
  // a line).
  std::string to_string() const;
};

// A program a lesson runs: its name in the lesson ("blocking") and its file.
struct Variant {
  std::string name;
  std::string file;  // relative to the lesson folder, e.g. "blocking.py"
  std::string path;  // the folder's path joined with file, as the loader was given it
  int line = 0;      // the front-matter line that declares it
  // Imports only modules that CPython ships with (asyncio, time, random), so
  // python3 can run it and must print the same.
  bool stdlib_only = true;
};

// A line (or run of lines) of one variant's file that a step points at.
struct Pointer {
  std::string file;  // a variant's file name, e.g. "async.py"
  int first = 0;     // 1-based, inclusive
  int last = 0;
  int line = 0;      // the "point:" line in lesson.md
};

// A predict-then-reveal question: asked before the run, answered after it.
struct Question {
  std::string prompt;
  std::vector<std::string> choices;  // 2..4
  int correct = -1;                  // index into choices
  std::string explanation;           // shown once revealed
  int line = 0;
};

struct Step {
  std::string title;
  int line = 0;                       // of the step's "---" heading
  std::vector<std::string> show;      // variant names; empty: every variant
  int show_line = 0;
  std::vector<double> pauses;         // seconds on the shared time axis, ascending
  int pause_line = 0;                 // the last "pause:" line, for messages
  std::vector<Pointer> points;
  std::string body;                   // Markdown, rendered by the app
  std::vector<Question> questions;
};

struct Lesson {
  std::string id;        // unique, lower-case slug, e.g. "gather-order"
  std::string title;
  std::string source;    // seed document file name, or empty
  int order = 0;         // position in the lesson list
  std::string folder;    // as given to the loader
  std::vector<Variant> variants;  // in front-matter order
  std::vector<Step> steps;
  std::optional<NetworkSpec> network;  // from network.json, when present

  const Variant* variant(const std::string& name) const;
};

}  // namespace ls::lesson
