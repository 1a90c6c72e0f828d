// `loopscope run FILE.py`: runs a Python program headless on the core loop.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace ls::app {

// Adds the `run` subcommand to `cli`; after parsing, `action` runs it and
// returns the exit code (the program's: 0, or 1 after a traceback).
const CLI::App* add_run_command(CLI::App& cli, std::function<int()>& action);

}  // namespace ls::app
