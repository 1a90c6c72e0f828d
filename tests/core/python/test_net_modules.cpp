// requests, aiohttp, aiofiles and open() in the interpreter: timings in
// virtual time on the simulated network, the sandbox's refusals, and the
// errors bad URLs give.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "eval_helpers.h"
#include "loop/loop.h"
#include "python/run.h"
#include "trace/trace.h"

using ls::py::RunOptions;
using ls::py::test::run_program;
namespace fs = std::filesystem;

namespace {

// Every URL under example.com: 1 s latency plus 1,000,000 bytes at 1 MB/s = 2 s.
RunOptions two_second_network() {
  RunOptions o;
  o.network = ls::net::NetworkProfile::parse(
      "host example.com\nlatency 1s\nbandwidth 1MB/s\nsize *.bin 1MB\n", "test-profile");
  return o;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("loopscope-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

TEST_CASE("three requests.get of 2 s each take 6.0 s in turn", "[net][requests]") {
  auto r = run_program(R"(
import time
import requests
start = time.perf_counter()
sizes = [len(requests.get(f"https://example.com/part{n}.bin").content) for n in range(3)]
print(sizes, f"{time.perf_counter() - start:.3f}")
)",
                       two_second_network());
  CHECK(r.err == "");
  CHECK(r.out == "[1000000, 1000000, 1000000] 6.000\n");
}

TEST_CASE("requests.get holds the loop: a task due meanwhile runs only after it", "[net][requests]") {
  auto r = run_program(R"(
import asyncio, time
import requests
async def ticker(start):
    await asyncio.sleep(0.5)
    print("tick at", f"{time.perf_counter() - start:.1f}")
async def main():
    start = time.perf_counter()
    t = asyncio.create_task(ticker(start))
    await asyncio.sleep(0)
    requests.get("https://example.com/a.bin")
    print("got at", f"{time.perf_counter() - start:.1f}")
    await t
asyncio.run(main())
)",
                       two_second_network());
  CHECK(r.err == "");
  CHECK(r.out == "got at 2.0\ntick at 2.0\n");
}

TEST_CASE("three aiohttp downloads of 2 s each, gathered, take 2.0 s", "[net][aiohttp]") {
  auto r = run_program(R"(
import asyncio, time
import aiohttp
async def fetch(session, url):
    async with session.get(url) as resp:
        return resp.status, len(await resp.read())
async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, f"https://example.com/p{n}.bin") for n in range(3)))
    print(results, f"{time.perf_counter() - start:.3f}")
asyncio.run(main())
)",
                       two_second_network());
  CHECK(r.err == "");
  CHECK(r.out == "[(200, 1000000), (200, 1000000), (200, 1000000)] 2.000\n");
}

TEST_CASE("aiohttp transfers to a host with a shared cap split its bandwidth", "[net][aiohttp]") {
  RunOptions o;
  // Two 1 MB bodies at 1 MB/s each but 1 MB/s for the host: both end at 2.1 s.
  o.network = ls::net::NetworkProfile::parse(
      "host cap.example.com\nlatency 100ms\nbandwidth 1MB/s\nshared 1MB/s\nsize *.bin 1MB\n", "p");
  auto r = run_program(R"(
import asyncio, time
import aiohttp
async def fetch(session, url, start):
    async with session.get(url) as resp:
        body = await resp.read()
    return f"{time.perf_counter() - start:.2f}"
async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as s:
        print(await asyncio.gather(fetch(s, "https://cap.example.com/a.bin", start),
                                   fetch(s, "https://cap.example.com/b.bin", start)))
asyncio.run(main())
)",
                       o);
  CHECK(r.err == "");
  CHECK(r.out == "['2.10', '2.10']\n");
}

TEST_CASE("resp.content.read(n) hands out at most n bytes until b'' at the end", "[net][aiohttp]") {
  auto r = run_program(R"(
import asyncio
import aiohttp
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("https://example.com/data.json") as resp:
            sizes = []
            while True:
                chunk = await resp.content.read(300)
                if not chunk:
                    break
                sizes.append(len(chunk))
    print(sizes, type(chunk).__name__)
asyncio.run(main())
)");
  CHECK(r.err == "");
  CHECK(r.out == "[300, 300, 300, 100] bytes\n");
}

TEST_CASE("a JSON resource decodes with requests' json() and aiohttp's json()", "[net][requests][aiohttp]") {
  RunOptions o;
  o.network = ls::net::NetworkProfile::parse("host api.example.com\njson /todo {\"id\": 1, \"title\": \"tea\", \"done\": false}\n", "p");
  auto r = run_program(R"(
import asyncio
import aiohttp, requests
print(requests.get("https://api.example.com/todo").json())
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("https://api.example.com/todo") as resp:
            print(resp.status, await resp.json())
asyncio.run(main())
)",
                       o);
  CHECK(r.err == "");
  CHECK(r.out == "{'id': 1, 'title': 'tea', 'done': False}\n200 {'id': 1, 'title': 'tea', 'done': False}\n");
}

TEST_CASE("a URL without a scheme raises requests' MissingSchema with its message", "[net][requests][errors]") {
  auto r = run_program(R"(
import requests
try:
    requests.get("example.com/a.jpg")
except requests.exceptions.MissingSchema as e:
    print(type(e).__name__, isinstance(e, ValueError), isinstance(e, requests.RequestException))
    print(e)
requests.get("ftp://example.com/a.jpg")
)");
  CHECK(r.out ==
        "MissingSchema True True\n"
        "Invalid URL 'example.com/a.jpg': No scheme supplied. Perhaps you meant https://example.com/a.jpg?\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("requests.exceptions.InvalidSchema: No connection adapters were found for 'ftp://example.com/a.jpg'") !=
        std::string::npos);
}

TEST_CASE("aiohttp raises InvalidURL for a URL it cannot request", "[net][aiohttp][errors]") {
  auto r = run_program(R"(
import asyncio
import aiohttp
async def main():
    async with aiohttp.ClientSession() as s:
        try:
            async with s.get("https://") as resp:
                pass
        except aiohttp.InvalidURL as e:
            print("InvalidURL", e, isinstance(e, aiohttp.ClientError))
asyncio.run(main())
)");
  CHECK(r.err == "");
  CHECK(r.out == "InvalidURL https:// True\n");
}

TEST_CASE("raise_for_status raises HTTPError for a 404 and nothing for a 200", "[net][requests][errors]") {
  RunOptions o;
  o.network = ls::net::NetworkProfile::parse("host example.com\nstatus /missing.txt 404\n", "p");
  auto r = run_program(R"(
import requests
requests.get("https://example.com/ok.txt").raise_for_status()
r = requests.get("https://example.com/missing.txt")
print(r, r.status_code, r.ok, r.reason)
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print(e)
)",
                       o);
  CHECK(r.err == "");
  CHECK(r.out ==
        "<Response [404]> 404 False Not Found\n"
        "404 Client Error: Not Found for url: https://example.com/missing.txt\n");
}

TEST_CASE("open() outside the sandbox raises PermissionError as CPython words it", "[net][files][errors]") {
  auto r = run_program(R"(
for path in ["/etc/passwd", "../escape.txt", "a/../../b.txt"]:
    try:
        open(path, "w")
    except PermissionError as e:
        print(e.errno, e.filename, "|", e)
open("/tmp/x.txt")
)");
  CHECK(r.out ==
        "13 /etc/passwd | [Errno 13] Permission denied: '/etc/passwd'\n"
        "13 ../escape.txt | [Errno 13] Permission denied: '../escape.txt'\n"
        "13 a/../../b.txt | [Errno 13] Permission denied: 'a/../../b.txt'\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("PermissionError: [Errno 13] Permission denied: '/tmp/x.txt'") != std::string::npos);
}

TEST_CASE("aiofiles.open outside the sandbox raises PermissionError too", "[net][files][errors]") {
  auto r = run_program(R"(
import asyncio
import aiofiles
async def main():
    try:
        async with aiofiles.open("/etc/hostname", "w") as f:
            await f.write("x")
    except PermissionError as e:
        print(e)
asyncio.run(main())
)");
  CHECK(r.err == "");
  CHECK(r.out == "[Errno 13] Permission denied: '/etc/hostname'\n");
}

TEST_CASE("reading a missing file raises FileNotFoundError", "[net][files][errors]") {
  auto r = run_program(R"(
try:
    open("nothing.txt")
except FileNotFoundError as e:
    print(e)
)");
  CHECK(r.out == "[Errno 2] No such file or directory: 'nothing.txt'\n");
}

TEST_CASE("files land in the sandbox folder the caller gives, which is kept", "[net][files]") {
  TempDir dir;
  RunOptions o;
  o.sandbox = dir.path.string();
  auto r = run_program(R"(
import asyncio
import aiofiles
with open("plain.txt", "w") as f:
    f.write("one\ntwo\n")
with open("plain.txt") as f:
    print([line.strip() for line in f])
async def main():
    async with aiofiles.open("async.txt", "w") as f:
        await f.write("three\n")
    async with aiofiles.open("async.txt") as f:
        print(repr(await f.read()))
asyncio.run(main())
)",
                       o);
  CHECK(r.err == "");
  CHECK(r.out == "['one', 'two']\n'three\\n'\n");
  std::ifstream a(dir.path / "plain.txt"), b(dir.path / "async.txt");
  std::stringstream sa, sb;
  sa << a.rdbuf();
  sb << b.rdbuf();
  CHECK(sa.str() == "one\ntwo\n");
  CHECK(sb.str() == "three\n");
}

TEST_CASE("aiofiles writes are I/O waits: another task runs while one writes", "[net][files]") {
  auto r = run_program(R"(
import asyncio
import aiofiles
async def writer():
    async with aiofiles.open("log.txt", "w") as f:
        print("writing")
        await f.write("x" * 1000)
        print("written")
async def other():
    print("other ran")
async def main():
    await asyncio.gather(writer(), other())
asyncio.run(main())
)");
  CHECK(r.err == "");
  CHECK(r.out == "other ran\nwriting\nwritten\n");
}

TEST_CASE("requests inside to_thread leaves the loop free for other tasks", "[net][requests]") {
  auto r = run_program(R"(
import asyncio, time
import requests
async def main():
    start = time.perf_counter()
    rs = await asyncio.gather(*(asyncio.to_thread(requests.get, f"https://example.com/{n}.bin") for n in range(3)))
    print([x.status_code for x in rs], f"{time.perf_counter() - start:.1f}")
asyncio.run(main())
)",
                       two_second_network());
  CHECK(r.err == "");
  CHECK(r.out == "[200, 200, 200] 2.0\n");
}

TEST_CASE("requests.get shows as a blocking span labelled with the URL", "[net][requests][trace]") {
  std::ostringstream out, err;
  RunOptions o = two_second_network();
  auto res = ls::py::run_source("t.py", "import requests\nrequests.get('https://example.com/a.bin')\n", o, out, err);
  REQUIRE(res.loop);
  const auto& t = res.loop->trace();
  bool found = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto& e = t[i];
    if (e.kind == ls::trace::EventKind::Blocking && t.text_of(e.text).find("https://example.com/a.bin") != std::string::npos)
      found = true;
  }
  CHECK(found);
  // 2 s of transfer plus the virtual CPU time of two statements.
  CHECK(res.elapsed >= 2'000'000'000);
  CHECK(res.elapsed < 2'000'100'000);
}

TEST_CASE("aiohttp body reads are I/O waits on the loop, labelled with the URL", "[net][aiohttp][trace]") {
  std::ostringstream out, err;
  auto res = ls::py::run_source("t.py", R"(
import asyncio
import aiohttp
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("https://example.com/a.bin") as resp:
            await resp.read()
asyncio.run(main())
)",
                                two_second_network(), out, err);
  REQUIRE(res.loop);
  CHECK(err.str() == "");
  const auto& t = res.loop->trace();
  int io_waits = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto& e = t[i];
    if (e.wait == ls::trace::WaitKind::Io && t.text_of(e.text).find("https://example.com/a.bin") != std::string::npos)
      ++io_waits;
  }
  CHECK(io_waits >= 2);  // the headers, then the body
}

TEST_CASE("text files count characters, binary files bytes", "[net][files]") {
  auto r = run_program(R"(
with open("u.txt", "w") as f:
    print(f.write("héllo"))
with open("u.txt") as f:
    print(repr(f.read(2)), f.tell())
with open("u.txt", "rb") as f:
    print(f.read(2), len(f.read()))
)");
  CHECK(r.err == "");
  CHECK(r.out == "5\n'hé' 3\nb'h\\xc3' 4\n");
}

TEST_CASE("a write far past the end after a seek is a MemoryError, not a crash", "[net][files][errors]") {
  auto r = run_program(R"(
with open("big.bin", "wb") as f:
    f.seek(10 ** 15)
    try:
        f.write(b"x")
    except MemoryError:
        print("MemoryError")
)");
  CHECK(r.out == "MemoryError\n");
}

TEST_CASE("requests.get takes params and Session().get works like get", "[net][requests]") {
  auto r = run_program(R"(
import requests
r = requests.get("https://example.com/search", params={"q": "tea", "page": 2})
print(r.url, r.status_code)
with requests.Session() as s:
    print(len(s.get("https://example.com/x.json").content))
)");
  CHECK(r.err == "");
  CHECK(r.out == "https://example.com/search?q=tea&page=2 200\n1000\n");
}

TEST_CASE("aiohttp's raise_for_status and json() on a non-JSON body raise its errors", "[net][aiohttp][errors]") {
  RunOptions o;
  o.network = ls::net::NetworkProfile::parse("host example.com\nstatus /gone.txt 404\n", "p");
  auto r = run_program(R"(
import asyncio
import aiohttp
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("https://example.com/gone.txt") as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(e)
        async with s.get("https://example.com/photo.jpg") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(isinstance(e, aiohttp.ClientResponseError), e)
asyncio.run(main())
)",
                       o);
  CHECK(r.err == "");
  CHECK(r.out ==
        "404, message='Not Found', url=URL('https://example.com/gone.txt')\n"
        "True 200, message='Attempt to decode JSON with unexpected mimetype: image/jpeg', "
        "url=URL('https://example.com/photo.jpg')\n");
}
