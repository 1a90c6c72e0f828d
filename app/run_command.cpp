// `loopscope run FILE.py [--clock virtual|real] [--trace-json OUT.json]
// [--timeline] [--time-limit S] [--network FILE] [--latency MS]
// [--bandwidth RATE] [--sandbox DIR]`. Stdout is the program's stdout, exactly;
// tracebacks, limit messages and the --timeline text go to stderr.
#include "run_command.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

#include "lesson/lesson.h"
#include "lesson/network_spec.h"
#include "net/profile.h"
#include "python/run.h"
#include "trace/export.h"

namespace ls::app {

namespace {

std::string read_text(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A lesson's network.json maps host names straight to their settings; core/net's
// own JSON form has "default"/"hosts" sections, and its text form is not JSON.
bool is_lesson_form(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || text[first] != '{') return false;
  try {
    const auto doc = nlohmann::json::parse(text);
    if (!doc.is_object() || doc.empty()) return false;
    for (const auto& [key, value] : doc.items())
      if (key == "default" || key == "hosts") return false;
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;  // let the profile parser report the error with its line
  }
}

// Loads a profile file in either form; on error prints "file:line: what" and
// returns nullopt.
std::optional<net::NetworkProfile> load_profile(const std::string& path) {
  bool ok = false;
  const std::string text = read_text(path, ok);
  if (!ok) {
    std::cerr << "loopscope: can't open network profile '" << path << "'\n";
    return std::nullopt;
  }
  try {
    if (is_lesson_form(text)) {
      std::vector<lesson::Problem> problems;
      auto spec = lesson::parse_network_spec(text, path, problems);
      if (!spec) {
        for (const auto& p : problems) std::cerr << p.to_string() << '\n';
        return std::nullopt;
      }
      return net::NetworkProfile::parse(lesson::to_net_profile_json(*spec), path);
    }
    return net::NetworkProfile::parse(text, path);
  } catch (const net::ProfileError& e) {
    std::cerr << e.what() << '\n';
    return std::nullopt;
  }
}

struct RunCommand {
  std::string file;
  std::string clock = "virtual";
  std::string trace_json;
  bool timeline = false;
  double time_limit = 30.0;
  std::string network;    // --network FILE ("" = network.json beside FILE.py, if any)
  std::string latency;    // --latency MS: every host's latency
  std::string bandwidth;  // --bandwidth RATE: every host's per-connection bandwidth
  std::string sandbox;    // --sandbox DIR: the program's working folder (kept)

  // The profile the flags describe; nullopt after printing an error.
  std::optional<net::NetworkProfile> profile() const {
    std::string path = network;
    if (path.empty()) {
      // A lesson's programs sit beside the lesson's network.json.
      std::error_code ec;
      const auto beside = std::filesystem::path(file).parent_path() / "network.json";
      if (std::filesystem::is_regular_file(beside, ec)) path = beside.string();
    }
    net::NetworkProfile p;
    if (!path.empty()) {
      auto loaded = load_profile(path);
      if (!loaded) return std::nullopt;
      p = std::move(*loaded);
    }
    if (!latency.empty()) {
      // A bare number is milliseconds (the flag's unit); "0.2s" and "200ms" work too.
      const bool bare = latency.find_first_not_of("0123456789.") == std::string::npos;
      auto s = net::parse_duration(bare ? latency + "ms" : latency);
      if (!s) {
        std::cerr << "loopscope: --latency: '" << latency << "' is not a duration (e.g. 100, 100ms, 0.1s)\n";
        return std::nullopt;
      }
      p.defaults.latency = *s;
      for (auto& [name, h] : p.hosts) h.latency = *s;
    }
    if (!bandwidth.empty()) {
      auto r = net::parse_rate(bandwidth);
      if (!r) {
        std::cerr << "loopscope: --bandwidth: '" << bandwidth << "' is not a rate (e.g. 1000000, 500KB/s, 1MB/s)\n";
        return std::nullopt;
      }
      p.defaults.bandwidth = *r;
      for (auto& [name, h] : p.hosts) h.bandwidth = *r;
    }
    return p;
  }

  int operator()() const {
    py::RunOptions opts;
    opts.clock = clock == "real" ? loop::ClockKind::Steady : loop::ClockKind::Virtual;
    opts.time_limit_s = time_limit;
    opts.tracing = timeline || !trace_json.empty();
    opts.network = profile();
    if (!opts.network) return 2;
    if (!sandbox.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(sandbox, ec);
      if (!std::filesystem::is_directory(sandbox, ec)) {
        std::cerr << "loopscope: --sandbox: cannot create the folder '" << sandbox << "'\n";
        return 2;
      }
      opts.sandbox = sandbox;
    }
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
  run->add_option("--network", cmd->network,
                  "Network profile for requests/aiohttp: a lesson's network.json or a core/net profile "
                  "(default: network.json beside FILE.py, else every URL answers 200 after 100 ms plus "
                  "its size at 1 MB/s)");
  run->add_option("--latency", cmd->latency, "Every host's latency in ms (or with a unit: 250ms, 0.25s)");
  run->add_option("--bandwidth", cmd->bandwidth,
                  "Every host's per-connection bandwidth in bytes/s (or with a unit: 500KB/s, 2MB/s)");
  run->add_option("--sandbox", cmd->sandbox,
                  "Folder the program's files go to (created if missing, kept after the run; "
                  "default: a fresh temporary folder, removed after the run)");
  action = [cmd] { return (*cmd)(); };
  return run;
}

}  // namespace ls::app
