// The command line contract (DESIGN.md, "The command line"): parse, dispatch,
// and turn every failure into a clear one-line message and an exit code.
#pragma once

namespace ls::app {

// Exit codes: 0 success, 1 the command failed (or no display), 2 bad usage.
int run_cli(int argc, char** argv);

}  // namespace ls::app
