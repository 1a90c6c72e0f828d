// SimNetwork timing: latency + size / bandwidth, concurrency, the shared cap as
// processor sharing, and requests-style blocking. Expected times are worked out
// by hand in each test's comment.
#include <catch2/catch.hpp>

#include "net_helpers.h"

using namespace ls::nettest;
using ls::trace::EventKind;
using ls::trace::WaitKind;

namespace {
NetworkProfile capped(const char* text) { return NetworkProfile::parse(text, "test.net"); }
}  // namespace

TEST_CASE("a default .jpg arrives after 0.1 s latency plus 200 KB at 1 MB/s, 0.3 s", "[net]") {
  EventLoop loop;
  SimNetwork net(loop);
  Nanos done = 0;
  Response r;
  loop.run_main(fetch(net, "https://example.com/cat.jpg", &done, &r));
  CHECK(done == seconds(0.3));
  CHECK(r.status == 200);
  CHECK(r.reason == "OK");
  CHECK(r.body.size() == 200'000);
  CHECK(r.header("content-length") == "200000");
  CHECK(r.header("Content-Type") == "image/jpeg");
  CHECK(r.elapsed == seconds(0.1));
  CHECK(r.total == seconds(0.3));
  CHECK(r.url == "https://example.com/cat.jpg");
}

TEST_CASE("three concurrent async gets to one host take one download's time", "[net]") {
  // No shared cap: each connection gets its own 1 MB/s.
  EventLoop loop;
  SimNetwork net(loop);
  Nanos d[3] = {};
  std::vector<Task<void>> v;
  for (int i = 0; i < 3; ++i)
    v.push_back(fetch(net, "https://img.example.com/" + std::to_string(i) + ".jpg", &d[i]));
  loop.run_main(all(loop, std::move(v)));
  for (Nanos t : d) CHECK(t == seconds(0.3));
  CHECK(loop.now() == seconds(0.3));
}

TEST_CASE("three blocking gets take three downloads' time and hold the loop", "[net]") {
  EventLoop loop;
  SimNetwork net(loop);
  Nanos heartbeat = 0;
  auto beat = [&]() -> Task<void> {
    co_await loop.sleep(seconds(0.05));
    heartbeat = loop.now();
  };
  auto main = [&]() -> Task<void> {
    auto hb = loop.spawn(beat());
    co_await loop.sleep(0);  // let the heartbeat start its 50 ms sleep
    for (int i = 0; i < 3; ++i) {
      Response r = net.get_blocking("https://img.example.com/" + std::to_string(i) + ".jpg");
      CHECK(r.body.size() == 200'000);
      CHECK(r.total == seconds(0.3));
    }
    co_await hb;
  };
  loop.run_main(main());
  CHECK(loop.now() == seconds(0.9));
  CHECK(heartbeat == seconds(0.9));  // due at 0.05, but the loop was held
  int blocking = 0;
  for (const auto& e : events(loop.trace()))
    if (e.kind == EventKind::Blocking) {
      ++blocking;
      CHECK(loop.trace().text_of(e.text).find("requests.get(https://img.example.com/") == 0);
      CHECK(e.value == seconds(0.3));
    }
  CHECK(blocking == 3);
}

TEST_CASE("four 1 MB downloads sharing a 1 MB/s cap all end at 4.1 s", "[net]") {
  EventLoop loop;
  SimNetwork net(loop, capped("host slow.example.com\nshared 1MB/s\n"));
  Nanos d[4] = {};
  std::vector<Task<void>> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(fetch(net, "http://slow.example.com/f" + std::to_string(i) + ".bin", &d[i]));
  loop.run_main(all(loop, std::move(v)));
  // 0.1 s latency, then 4 MB through 1 MB/s shared: 250 KB/s each for 4 s.
  for (Nanos t : d) CHECK(t == seconds(4.1));
  CHECK(net.active_transfers("slow.example.com") == 0);
}

TEST_CASE("staggered starts on a shared cap recompute every share when a transfer joins or leaves", "[net]") {
  // 1 MB each, cap 1 MB/s, latency 0.1. A starts at 0, B at 0.5, C at 0.6.
  //   0.1-0.6  A alone at 1 MB/s            A 0.50
  //   0.6-0.7  A, B at 0.5 MB/s             A 0.55  B 0.05
  //   0.7-2.05 A, B, C at 1/3 MB/s          A done (0.45 MB in 1.35 s); B 0.50, C 0.45
  //   2.05-3.05 B, C at 0.5 MB/s            B done; C 0.95
  //   3.05-3.10 C alone at 1 MB/s           C done
  EventLoop loop;
  SimNetwork net(loop, capped("host s.example.com\nshared 1MB/s\n"));
  Nanos a = 0, b = 0, c = 0;
  std::vector<Task<void>> v;
  v.push_back(fetch(net, "http://s.example.com/a.bin", &a));
  v.push_back(after(loop, seconds(0.5), fetch(net, "http://s.example.com/b.bin", &b)));
  v.push_back(after(loop, seconds(0.6), fetch(net, "http://s.example.com/c.bin", &c)));
  loop.run_main(all(loop, std::move(v)));
  CHECK(a == seconds(2.05));
  CHECK(b == seconds(3.05));
  CHECK(c == seconds(3.10));
}

TEST_CASE("a cancelled download gives its share of the cap back at once", "[net]") {
  // Cap 1 MB/s, two 1 MB downloads from 0; B is cancelled at 0.6.
  //   0.1-0.6 both at 0.5 MB/s: A 0.25 MB; then A alone: 0.75 MB in 0.75 s -> 1.35.
  EventLoop loop;
  SimNetwork net(loop, capped("host s.example.com\nshared 1MB/s\n"));
  Nanos a = 0, b = 0;
  auto main = [&]() -> Task<void> {
    auto ta = loop.spawn(fetch(net, "http://s.example.com/a.bin", &a));
    auto tb = loop.spawn(fetch(net, "http://s.example.com/b.bin", &b));
    co_await loop.sleep(seconds(0.6));
    tb->cancel();
    co_await ta;
  };
  loop.run_main(main());
  CHECK(a == seconds(1.35));
  CHECK(b == 0);
}

TEST_CASE("a blocking get shares the cap with the downloads in flight and they keep arriving meanwhile", "[net]") {
  // Cap 1 MB/s. Async A (1 MB) from 0; at 0.6 requests.get of B (1 MB) blocks.
  //   0.1-0.6 A alone: 0.5 MB; 0.6-0.7 B's latency, A alone: 0.6 MB
  //   0.7-1.5 both at 0.5 MB/s: A done at 1.5, B 0.4 MB; 1.5-2.1 B alone: done.
  // A's bytes were all there at 1.5, but its task only sees them when the loop
  // is free again, at 2.1.
  EventLoop loop;
  SimNetwork net(loop, capped("host s.example.com\nshared 1MB/s\n"));
  Nanos a = 0;
  Response ra;
  auto main = [&]() -> Task<void> {
    auto ta = loop.spawn(fetch(net, "http://s.example.com/a.bin", &a, &ra));
    co_await loop.sleep(seconds(0.6));
    Response rb = net.get_blocking("http://s.example.com/b.bin");
    CHECK(loop.now() == seconds(2.1));
    CHECK(rb.total == seconds(1.5));
    co_await ta;
  };
  loop.run_main(main());
  CHECK(ra.total == seconds(1.5));
  CHECK(a == seconds(2.1));
}

TEST_CASE("a host profile's latency and bandwidth set the time; other hosts keep the defaults", "[net]") {
  EventLoop loop;
  SimNetwork net(loop, NetworkProfile::parse("host api.example.com\nlatency 250ms\nbandwidth 500KB/s\n"
                                             "size /data.json 100KB\n"));
  Nanos a = 0, b = 0;
  std::vector<Task<void>> v;
  v.push_back(fetch(net, "https://api.example.com/data.json", &a));  // 0.25 + 0.2
  v.push_back(fetch(net, "https://other.example.com/data.json", &b)); // 0.1 + 0.001
  loop.run_main(all(loop, std::move(v)));
  CHECK(a == seconds(0.45));
  CHECK(b == seconds(0.101));
}

TEST_CASE("network waits appear in the trace as I/O waits naming the URL", "[net]") {
  EventLoop loop;
  SimNetwork net(loop);
  Nanos done = 0;
  loop.run_main(fetch(net, "https://example.com/page.html", &done));
  std::vector<std::string> texts;
  for (const auto& e : events(loop.trace()))
    if (e.kind == EventKind::Awaiting && e.wait == WaitKind::Io) texts.push_back(loop.trace().text_of(e.text));
  REQUIRE(texts.size() == 2);
  CHECK(texts[0] == "GET https://example.com/page.html");
  CHECK(texts[1] == "GET https://example.com/page.html: body");
  CHECK(done == seconds(0.15));  // 0.1 + 50 KB at 1 MB/s
}

TEST_CASE("profile statuses and JSON bodies come back as written", "[net]") {
  EventLoop loop;
  SimNetwork net(loop, NetworkProfile::parse("status /missing.txt 404\n"
                                             "json /api/user.json {\"name\": \"Ada\", \"id\": 7}\n"));
  Response missing, user;
  Nanos t1 = 0, t2 = 0;
  std::vector<Task<void>> v;
  v.push_back(fetch(net, "https://x.example.com/missing.txt", &t1, &missing));
  v.push_back(fetch(net, "https://x.example.com/api/user.json", &t2, &user));
  loop.run_main(all(loop, std::move(v)));
  CHECK(missing.status == 404);
  CHECK(missing.reason == "Not Found");
  CHECK(missing.body == "404 Not Found\n");
  CHECK_FALSE(missing.ok());
  CHECK(user.body == R"({"name":"Ada","id":7})");  // key order as written
  CHECK(user.header("content-type") == "application/json");
  CHECK(user.header("content-length") == std::to_string(user.body.size()));
}

TEST_CASE("an invalid URL raises when the get is awaited, with requests' wording", "[net]") {
  EventLoop loop;
  SimNetwork net(loop);
  auto main = [&]() -> Task<void> { co_await net.get("example.com/a.jpg"); };
  try {
    loop.run_main(main());
    FAIL("no error");
  } catch (const ls::net::UrlError& e) {
    CHECK(e.kind() == ls::net::UrlError::Kind::MissingScheme);
    CHECK(std::string(e.what()) ==
          "Invalid URL 'example.com/a.jpg': No scheme supplied. Perhaps you meant https://example.com/a.jpg?");
  }
  CHECK_THROWS_WITH(net.get_blocking("ftp://example.com/a"), "No connection adapters were found for 'ftp://example.com/a'");
  CHECK_THROWS_WITH(net.get_blocking("http:///a.jpg"), "Invalid URL 'http:///a.jpg': No host supplied");
  CHECK_THROWS_AS(net.get_blocking("http://exa mple.com/"), ls::net::UrlError);
}

TEST_CASE("URLs parse into lower-case host, port, path and query", "[net]") {
  auto u = ls::net::parse_url("HTTPS://Files.Example.COM:8443/a/b.tar.gz?x=1#top");
  CHECK(u.scheme == "https");
  CHECK(u.host == "files.example.com");
  CHECK(u.port == 8443);
  CHECK(u.path == "/a/b.tar.gz");
  CHECK(u.query == "x=1");
  CHECK(ls::net::parse_url("http://e.com").path == "/");
  CHECK(ls::net::parse_url("http://e.com").port == 80);
  CHECK(ls::net::path_extension("/a/b.tar.gz") == ".tar.gz");
  CHECK(ls::net::path_extension("/a.d/b") == "");
  CHECK_THROWS_AS(ls::net::parse_url("http://e.com:99999/"), ls::net::UrlError);
}

TEST_CASE("a zero-latency host answers at once and an empty body arrives at once", "[net]") {
  EventLoop loop;
  SimNetwork net(loop, NetworkProfile::parse("host fast.local\nlatency 0\nsize /empty.bin 0\n"));
  Nanos a = 0, b = 0;
  Response empty;
  std::vector<Task<void>> v;
  v.push_back(fetch(net, "http://fast.local/empty.bin", &a, &empty));
  v.push_back(fetch(net, "http://fast.local/one.json", &b));  // 1 KB at 1 MB/s
  loop.run_main(all(loop, std::move(v)));
  CHECK(a == 0);
  CHECK(empty.body.empty());
  CHECK(empty.header("Content-Length") == "0");
  CHECK(b == seconds(0.001));
}

TEST_CASE("the network's own timers are traced as I/O, apart from the program's timers", "[net]") {
  // The simulated network stands in for the OS: asyncio's timer heap would never
  // hold its delivery times, so the trace marks them (wait = Io) for the views.
  EventLoop loop;
  SimNetwork net(loop);
  Nanos done = 0;
  auto prog = [&]() -> Task<void> {
    co_await loop.sleep(seconds(0.05));  // a timer of the program's own
    co_await fetch(net, "https://example.com/cat.jpg", &done);
  };
  loop.run_main(prog());
  int program_timers = 0, io_timers = 0;
  for (const auto& e : events(loop.trace())) {
    if (e.kind != EventKind::TimerScheduled) continue;
    if (e.wait == WaitKind::Io) ++io_timers;
    else if (e.wait == WaitKind::None) ++program_timers;
  }
  CHECK(program_timers == 1);
  CHECK(io_timers >= 1);
  CHECK(done == seconds(0.35));
}
