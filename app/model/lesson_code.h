// What the code panel shows for the open lesson step: each variant the session
// runs, in the same order, with its text (the edited one if the teacher changed
// it; the lesson's is what Reset restores) and the lines the step points at.
#pragma once

#include <vector>

#include "model/code_view.h"
#include "model/workspace.h"

namespace ls::app {

// Empty when no lesson is open.
std::vector<CodeSource> code_sources(const Workspace& ws);

}  // namespace ls::app
