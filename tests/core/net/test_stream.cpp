// Streaming (aiohttp's resp.content.read(n) / iter_chunked(n)): bytes arrive
// continuously in virtual time and read(n) resolves when n of them are there.
#include <catch2/catch.hpp>

#include "net_helpers.h"

using namespace ls::nettest;

TEST_CASE("read(1024) chunks resolve when each 1024th byte has arrived", "[net][stream]") {
  // A 10 KB .txt (10,000 bytes): headers at 0.1 s, then 1 MB/s, so chunk k is
  // complete at 0.1 s + 1024*k us; the 10th is the last 784 bytes, at 0.11 s.
  EventLoop loop;
  SimNetwork net(loop);
  const std::string url = "https://example.com/notes.txt";
  std::vector<Nanos> times;
  std::vector<std::size_t> sizes;
  std::string all;
  Nanos headers = 0;
  auto main = [&]() -> Task<void> {
    auto s = co_await net.open(url);
    headers = loop.now();
    CHECK(s->response().header("Content-Length") == "10000");
    for (;;) {  // async for chunk in resp.content.iter_chunked(1024)
      std::string chunk = co_await s->read(1024);
      if (chunk.empty()) break;
      times.push_back(loop.now());
      sizes.push_back(chunk.size());
      all += chunk;
    }
    CHECK(s->at_eof());
  };
  loop.run_main(main());
  CHECK(headers == seconds(0.1));
  REQUIRE(times.size() == 10);
  for (std::size_t k = 1; k <= 9; ++k) {
    CHECK(times[k - 1] == seconds(0.1) + static_cast<Nanos>(1024 * k) * 1000);
    CHECK(sizes[k - 1] == 1024);
  }
  CHECK(times[9] == seconds(0.11));
  CHECK(sizes[9] == 784);
  CHECK(all == net.body(url));
}

TEST_CASE("a reader that comes late finds the bytes already there and does not wait", "[net][stream]") {
  EventLoop loop;
  SimNetwork net(loop);
  std::vector<Nanos> times;
  std::int64_t received_before = 0;
  auto main = [&]() -> Task<void> {
    auto s = co_await net.open("https://example.com/notes.txt");
    co_await loop.sleep(seconds(0.2));  // all 10 KB arrived at 0.11
    received_before = s->received();
    while (!(co_await s->read(4096)).empty()) times.push_back(loop.now());
  };
  loop.run_main(main());
  CHECK(received_before == 10'000);
  CHECK(times == std::vector<Nanos>{seconds(0.3), seconds(0.3), seconds(0.3)});
}

TEST_CASE("chunked streams of a capped host interleave by the shared rate", "[net][stream]") {
  // Cap 1 MB/s, two 1 MB streams from 0: each gets 500 KB/s after 0.1 s, so
  // each 100,000-byte chunk takes 0.2 s; both finish at 2.1 s.
  EventLoop loop;
  SimNetwork net(loop, NetworkProfile::parse("host s.example.com\nshared 1MB/s\n"));
  std::vector<Nanos> ta, tb;
  auto reader = [&](std::string url, std::vector<Nanos>* out) -> Task<void> {
    auto s = co_await net.open(url);
    while (!(co_await s->read(100'000)).empty()) out->push_back(loop.now());
  };
  std::vector<Task<void>> v;
  v.push_back(reader("http://s.example.com/a.bin", &ta));
  v.push_back(reader("http://s.example.com/b.bin", &tb));
  loop.run_main(all(loop, std::move(v)));
  REQUIRE(ta.size() == 10);
  for (std::size_t k = 1; k <= 10; ++k) CHECK(ta[k - 1] == seconds(0.1 + 0.2 * static_cast<double>(k)));
  CHECK(tb == ta);
}

TEST_CASE("closing a stream early stops its transfer and frees the link", "[net][stream]") {
  // Cap 1 MB/s; A and B 1 MB from 0; B reads 100 KB (done at 0.3) and closes.
  // A: 0.1 MB by 0.3, then alone: 0.9 MB in 0.9 s -> 1.2 s.
  EventLoop loop;
  SimNetwork net(loop, NetworkProfile::parse("host s.example.com\nshared 1MB/s\n"));
  Nanos a = 0, closed = 0;
  auto main = [&]() -> Task<void> {
    auto ta = loop.spawn(fetch(net, "http://s.example.com/a.bin", &a));
    auto s = co_await net.open("http://s.example.com/b.bin");
    std::string first = co_await s->read(100'000);
    CHECK(first.size() == 100'000);
    closed = loop.now();
    s->close();
    bool raised = false;
    try {
      co_await s->read(1);  // a lazy Task: it raises when awaited
    } catch (const ls::net::NetworkError&) {
      raised = true;
    }
    CHECK(raised);
    co_await ta;
  };
  loop.run_main(main());
  CHECK(closed == seconds(0.3));
  CHECK(a == seconds(1.2));
}

TEST_CASE("two readers waiting on one response at once is an error", "[net][stream]") {
  EventLoop loop;
  SimNetwork net(loop);
  bool raised = false;
  auto main = [&]() -> Task<void> {
    auto s = co_await net.open("https://example.com/big.zip");
    auto first = loop.spawn(s->read(1000));
    co_await loop.sleep(0);  // the first reader is now waiting
    try {
      co_await s->read(10);
    } catch (const ls::net::NetworkError&) {
      raised = true;
    }
    co_await first;
  };
  loop.run_main(main());
  CHECK(raised);
}
