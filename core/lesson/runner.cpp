#include "lesson/runner.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "net/net.h"
#include "python/run.h"

namespace ls::lesson {

namespace fs = std::filesystem;

py::RunOptions lesson_run_options(const NetworkSpec* network, const std::string& sandbox) {
  py::RunOptions opts;
  // The loader checked network.json already, so its core/net form parses; if
  // the two checkers ever disagree, say so and run on the default network.
  if (network) {
    try {
      opts.network = net::NetworkProfile::parse(to_net_profile_json(*network), "network.json");
    } catch (const net::ProfileError& e) {
      spdlog::error("network.json: {}", e.what());
    }
  }
  opts.sandbox = sandbox;
  return opts;
}

ProgramRunner interpreter_runner() {
  return [](const RunRequest& req) {
    py::RunOptions opts = lesson_run_options(req.network, req.sandbox);
    opts.time_limit_s = req.time_limit_s;
    std::ostringstream out, err;
    const py::RunResult r = py::run_source(req.path, req.text, opts, out, err);
    RunOutcome o;
    o.ok = r.exit_code == 0;
    o.total_seconds = trace::to_seconds(r.elapsed);
    o.tasks = static_cast<int>(r.tasks);
    o.output = out.str();
    if (!o.ok) {
      o.error = err.str();
      if (o.error.empty()) o.error = "exited with status " + std::to_string(r.exit_code);
      while (!o.error.empty() && o.error.back() == '\n') o.error.pop_back();
    }
    return o;
  };
}

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::vector<VariantTotal> compute_totals(const Lesson& lesson, const ProgramRunner& runner) {
  std::vector<VariantTotal> out;
  for (const auto& v : lesson.variants) {
    VariantTotal t{v.name, v.path, std::nullopt, std::nullopt, "", ""};
    if (!runner) {
      t.error = "no program runner was given";
      out.push_back(std::move(t));
      continue;
    }
    RunRequest req;
    req.path = v.path;
    req.text = read_all(v.path);
    req.network = lesson.network ? &*lesson.network : nullptr;
    std::error_code ec;
    req.sandbox = (fs::temp_directory_path(ec) / ("loopscope-" + lesson.id + "-" + v.name)).string();
    fs::create_directories(req.sandbox, ec);
    RunOutcome r = runner(req);
    fs::remove_all(req.sandbox, ec);
    t.output = std::move(r.output);
    if (r.ok) {
      t.total_seconds = r.total_seconds;
      t.tasks = r.tasks;
    } else {
      t.error = r.error.empty() ? "the program failed" : r.error;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ls::lesson
