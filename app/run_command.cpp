// `loopscope run FILE.py [--clock virtual|real] [--trace-json OUT.json]
// [--timeline] [--time-limit S]`. Stdout is the program's stdout, exactly;
// tracebacks, limit messages and the --timeline text go to stderr.
#include "run_command.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "python/run.h"
#include "trace/export.h"

namespace ls::app {

namespace {

struct RunCommand {
  std::string file;
  std::string clock = "virtual";
  std::string trace_json;
  bool timeline = false;
  double time_limit = 30.0;

  int operator()() const {
    py::RunOptions opts;
    opts.clock = clock == "real" ? loop::ClockKind::Steady : loop::ClockKind::Virtual;
    opts.time_limit_s = time_limit;
    opts.tracing = timeline || !trace_json.empty();
    // CPython names the script by its absolute path in tracebacks.
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(file, ec);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "loopscope: can't open file '" << (ec ? file : abs.string())
                << "': [Errno 2] No such file or directory\n";
      return 2;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    py::RunResult r = py::run_source(ec ? file : abs.string(), std::move(text), opts, std::cout, std::cerr);
    std::cout.flush();
    if (r.loop && timeline) std::cerr << trace::to_text_timeline(r.loop->trace());
    if (r.loop && !trace_json.empty()) {
      std::ofstream out(trace_json);
      out << trace::to_chrome_json(r.loop->trace()) << '\n';
      if (!out) {
        std::cerr << "loopscope: cannot write " << trace_json << '\n';
        return r.exit_code ? r.exit_code : 1;
      }
    }
    return r.exit_code;
  }
};

}  // namespace

const CLI::App* add_run_command(CLI::App& cli, std::function<int()>& action) {
  auto cmd = std::make_shared<RunCommand>();
  CLI::App* run = cli.add_subcommand("run", "Run a Python program headless (stdout is the program's)");
  run->add_option("FILE.py", cmd->file, "The program to run")->required();
  run->add_option("--clock", cmd->clock, "virtual (default: time jumps) or real (the machine's clock)")
      ->check(CLI::IsMember({"virtual", "real"}));
  run->add_option("--trace-json", cmd->trace_json, "Write the run as a Chrome trace (Perfetto)");
  run->add_flag("--timeline", cmd->timeline, "Print the text timeline and totals on stderr");
  run->add_option("--time-limit", cmd->time_limit, "Stop the program after this many wall-clock seconds")
      ->check(CLI::PositiveNumber);
  action = [cmd] { return (*cmd)(); };
  return run;
}

}  // namespace ls::app
