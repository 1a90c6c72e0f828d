// The per-run file sandbox: relative paths land inside it, everything else is
// refused the way Python would refuse it (PermissionError, Errno 13).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "net/sandbox.h"
#include "net/sim_network.h"

using ls::net::Sandbox;
using ls::net::SandboxError;
namespace fs = std::filesystem;

TEST_CASE("a sandbox is a fresh folder under loopscope-runs that cleanup removes", "[sandbox]") {
  fs::path root;
  {
    Sandbox sb = Sandbox::create("lesson 4/async");
    root = sb.root();
    CHECK(fs::is_directory(root));
    CHECK(root.parent_path().filename() == "loopscope-runs");
    CHECK(root.filename().string().rfind("lesson_4_async-", 0) == 0);
    Sandbox other = Sandbox::create("lesson 4/async");
    CHECK(other.root() != root);
    std::ofstream(sb.resolve("out.txt")) << "hello";
  }
  CHECK_FALSE(fs::exists(root));
}

TEST_CASE("relative paths resolve inside the sandbox, subfolders and harmless .. included", "[sandbox]") {
  Sandbox sb = Sandbox::create();
  CHECK(sb.resolve("out.txt") == sb.root() / "out.txt");
  CHECK(sb.resolve("data/img.jpg") == sb.root() / "data/img.jpg");
  CHECK(sb.resolve("data/../out.txt") == sb.root() / "out.txt");
  CHECK(sb.resolve("./a//b.txt") == sb.root() / "a/b.txt");
  CHECK(sb.contains("x"));
}

TEST_CASE("../ escapes and absolute paths raise PermissionError with Python's wording", "[sandbox]") {
  Sandbox sb = Sandbox::create();
  for (const char* p : {"../secret.txt", "a/../../x", "..", "/etc/passwd", "/tmp/x.txt"}) {
    INFO(p);
    try {
      sb.resolve(p);
      FAIL("not refused");
    } catch (const SandboxError& e) {
      CHECK(e.kind() == SandboxError::Kind::PermissionDenied);
      CHECK(e.error_number() == 13);
      CHECK(std::string(e.what()) == "[Errno 13] Permission denied: '" + std::string(p) + "'");
      CHECK_FALSE(e.reason().empty());
    }
  }
  CHECK_FALSE(sb.contains("../x"));
}

TEST_CASE("a symlink inside the sandbox cannot lead outside it", "[sandbox]") {
  Sandbox sb = Sandbox::create();
  fs::create_directory_symlink("/tmp", sb.root() / "escape");
  CHECK_THROWS_AS(sb.resolve("escape/x.txt"), SandboxError);
  CHECK_THROWS_WITH(sb.resolve(std::string("a\0b", 3)), "embedded null byte");
}

TEST_CASE("disk time is 5 ms plus the bytes at 100 MB/s, and adjustable", "[sandbox]") {
  Sandbox sb = Sandbox::create();
  CHECK(sb.disk_time(0) == 5'000'000);
  CHECK(sb.disk_time(1'000'000) == 15'000'000);  // 5 ms + 10 ms
  sb.disk().latency = 0;
  sb.disk().throughput = 1e6;
  CHECK(sb.disk_time(500'000) == 500'000'000);
}

TEST_CASE("an adopted folder is never removed", "[sandbox]") {
  Sandbox owner = Sandbox::create();
  fs::path root = owner.root();
  {
    Sandbox adopted = Sandbox::adopt(root);
    CHECK(adopted.resolve("f") == root / "f");
  }
  CHECK(fs::exists(root));
}

TEST_CASE("an aiofiles-style write waits its disk time as an I/O wait", "[sandbox]") {
  ls::loop::EventLoop loop;
  Sandbox sb = Sandbox::create();
  ls::net::Nanos done = 0;
  auto main = [&]() -> ls::loop::Task<void> {
    co_await ls::net::io_wait(loop, sb.disk_time(1'000'000), "write out.bin");
    done = loop.now();
  };
  loop.run_main(main());
  CHECK(done == 15'000'000);
  bool seen = false;
  for (std::size_t i = 0; i < loop.trace().size(); ++i) {
    const auto& e = loop.trace()[i];
    if (e.kind == ls::trace::EventKind::Awaiting && e.wait == ls::trace::WaitKind::Io)
      seen = loop.trace().text_of(e.text) == "write out.bin";
  }
  CHECK(seen);
}
