// loopscope: the desktop app and its command line.
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli.h"
#include "model/log_sink.h"

int main(int argc, char** argv) {
  // Logs go to stderr: stdout belongs to what the commands print (timelines, and
  // later a program's own output, which must match CPython's exactly).
  // Also kept in memory for the app's log panel (model/log_sink.h).
  auto stderr_sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  auto logger = std::make_shared<spdlog::logger>(
      "loopscope", spdlog::sinks_init_list{stderr_sink, ls::app::app_log_sink()});
  spdlog::set_default_logger(logger);
  spdlog::cfg::load_env_levels();  // SPDLOG_LEVEL=debug for more detail
  return ls::app::run_cli(argc, argv);
}
