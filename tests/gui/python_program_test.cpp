// A Python program as a session run: interpreted for real, held at the playhead.
#include "model/python_program.h"

#include <catch2/catch.hpp>

#include "model/session.h"

using namespace ls::app;
using ls::trace::from_seconds;

namespace {

const char* kGathered = R"(import asyncio

async def download(name, seconds):
    print("start", name)
    await asyncio.sleep(seconds)
    print("done", name)

async def main():
    await asyncio.gather(download("a", 1), download("b", 2), download("c", 3))

asyncio.run(main())
)";

const char* kBlocking = R"(import time

def download(name, seconds):
    print("start", name)
    time.sleep(seconds)
    print("done", name)

for name, seconds in [("a", 1), ("b", 2), ("c", 3)]:
    download(name, seconds)
)";

std::vector<std::string> lines(const SessionRun& r, ls::trace::Nanos at) {
  std::vector<std::string> out;
  for (const auto& l : r.console.lines())
    if (l.time <= at) out.push_back(l.text);
  return out;
}

}  // namespace

TEST_CASE("A session of two Python programs knows both lengths before playing", "[app][session][python]") {
  Session s({python_run_spec("blocking", "blocking.py", kBlocking, nullptr),
             python_run_spec("asyncio", "async.py", kGathered, nullptr)});
  // 6 s of sleeps plus the virtual CPU time of a few dozen statements.
  CHECK(s.duration() >= from_seconds(6.0));
  CHECK(s.duration() < from_seconds(6.01));
  REQUIRE(s.runs().size() == 2);
  CHECK_FALSE(s.runs()[0].run.finished());
  CHECK_FALSE(s.runs()[1].run.finished());
}

TEST_CASE("Seeking runs the Python programs only as far as the playhead", "[app][session][python]") {
  Session s({python_run_spec("blocking", "blocking.py", kBlocking, nullptr),
             python_run_spec("asyncio", "async.py", kGathered, nullptr)});
  s.player().seek(from_seconds(1.5));
  s.sync(RunSource::kNoBudget);
  CHECK(lines(s.runs()[0], from_seconds(1.5)) == std::vector<std::string>{"start a", "done a", "start b"});
  CHECK(lines(s.runs()[1], from_seconds(1.5)) ==
        std::vector<std::string>{"start a", "start b", "start c", "done a"});
  // Nothing beyond the next stop has run: the blocking program is inside b's
  // sleep and the async one has not reached c's timer.
  CHECK_FALSE(s.runs()[0].run.finished());
  CHECK(s.runs()[1].run.now() < from_seconds(3.0));

  s.player().seek(s.duration());
  s.sync(RunSource::kNoBudget);
  CHECK(s.runs()[0].run.finished());
  CHECK(s.runs()[1].run.finished());
  CHECK(lines(s.runs()[1], s.duration()).back() == "done c");
}

TEST_CASE("A Python program with a syntax error is an empty run that says why", "[app][session][python]") {
  Session s({python_run_spec("broken", "broken.py", "print('x'\n", nullptr)});
  REQUIRE(s.runs().size() == 1);
  CHECK(s.runs()[0].run.finished());
  CHECK(s.runs()[0].run.trace().size() == 0);
  CHECK(s.runs()[0].run.errors().find("SyntaxError") != std::string::npos);
}
