// loopscope: the desktop app and its command line.
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli.h"

int main(int argc, char** argv) {
  // Logs go to stderr: stdout belongs to what the commands print (timelines, and
  // later a program's own output, which must match CPython's exactly).
  spdlog::set_default_logger(spdlog::stderr_color_mt("loopscope"));
  spdlog::cfg::load_env_levels();  // SPDLOG_LEVEL=debug for more detail
  return ls::app::run_cli(argc, argv);
}
