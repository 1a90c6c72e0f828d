// How the app turns a lesson's variant into a run of the Session: the program's
// file, read and interpreted on the core event loop.
#pragma once

#include "lesson/lesson.h"
#include "model/session.h"

namespace ls::app {

// The run of `variant` of `lesson` with the program text `source`, titled with
// the variant's name and traced under its file's path.
RunSpec lesson_run_spec(const lesson::Lesson& lesson, const lesson::Variant& variant,
                        const std::string& source);

}  // namespace ls::app
