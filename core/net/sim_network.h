// SimNetwork: the simulated internet of one run, bound to an EventLoop.
//
// Three ways in, matching the three Python libraries built on it:
//   open(url)          aiohttp's session.get: resolves when the headers arrive
//                      (after the host's latency); the body then arrives
//                      continuously and Stream::read(n) hands it out.
//   get(url)           open + read_all: the whole response.
//   get_blocking(url)  requests.get: the running task holds the loop for the
//                      whole transfer (EventLoop::block_for), nothing else runs.
// Waits are futures of WaitKind::Io whose text names the URL, so the timeline
// shows "waiting on I/O: GET https://...".
//
// Each host has one Link (the processor-sharing model) and one loop timer, set
// for the link's next event; whenever a transfer starts, ends or a reader waits,
// the link is brought up to date and the timer moved. The network keeps moving
// while the loop is held: a timer that fires late finds the link's state as it
// was at every instant in between, so blocking never distorts the bytes, only
// when the loop notices them.
//
// The loop must outlive the SimNetwork; Streams may outlive it (they then stop).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loop/loop.h"
#include "net/link.h"
#include "net/profile.h"
#include "net/url.h"

namespace ls::net {

using loop::EventLoop;
using loop::Task;

struct Response {
  std::string url;
  int status = 200;
  std::string reason;  // "OK", "Not Found"...
  // Content-Type and Content-Length, in that order (HTTP names are case-insensitive:
  // use header()).
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;    // the bytes; empty for a Stream until read
  Nanos elapsed = 0;   // request sent -> headers arrived (requests' Response.elapsed)
  Nanos total = 0;     // request sent -> last byte arrived (0 until then)

  bool ok() const { return status >= 200 && status < 400; }
  // A header's value by case-insensitive name, "" if absent.
  std::string header(std::string_view name) const;
};

// The network misused (e.g. two readers on one response at once).
class NetworkError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace detail {
struct Host;
struct Transfer;
}  // namespace detail

// One response whose body is arriving (aiohttp's resp.content).
class Stream {
 public:
  ~Stream();
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;

  // Status, reason, headers, url, elapsed; body stays empty.
  const Response& response() const { return head_; }
  std::int64_t size() const;      // Content-Length
  std::int64_t received();        // bytes that have arrived so far
  std::int64_t consumed() const { return consumed_; }
  bool at_eof() const { return consumed_ >= size(); }

  // Up to n bytes: resolves as soon as n bytes past what was read have arrived,
  // or the rest when fewer remain; "" at the end. n < 0 reads everything.
  // Suspends (an Io wait) only when the bytes are not there yet.
  Task<std::string> read(std::int64_t n);
  Task<std::string> read_all() { return read(-1); }
  // Stops the transfer if it is still running (frees its share of the link).
  void close();

 private:
  friend class SimNetwork;
  Stream() = default;
  // Brings the host's link up to now (so received() is current).
  void sync();

  std::shared_ptr<detail::Host> host_;
  std::shared_ptr<detail::Transfer> t_;
  Response head_;
  std::string body_;     // generated up front; handed out as it "arrives"
  std::int64_t consumed_ = 0;
  Nanos started_ = 0;
  bool reading_ = false;  // a read is waiting (a second concurrent read is an error)
  bool closed_ = false;
};

class SimNetwork {
 public:
  explicit SimNetwork(EventLoop& loop, NetworkProfile profile = {});
  ~SimNetwork();
  SimNetwork(const SimNetwork&) = delete;
  SimNetwork& operator=(const SimNetwork&) = delete;

  EventLoop& loop() const { return loop_; }
  const NetworkProfile& profile() const { return profile_; }

  // aiohttp: the response once its headers arrive (throws UrlError when awaited).
  Task<std::shared_ptr<Stream>> open(std::string url);
  // The whole response (open + read_all).
  Task<Response> get(std::string url);
  // requests.get: holds the loop for latency + transfer time (sharing the host's
  // cap with the transfers active now), then returns. `what` names the blocking
  // span in the trace; default "requests.get(<url>)". Throws UrlError.
  // `where`: the line the caller stands on, for code outside every task.
  Response get_blocking(const std::string& url, std::string_view what = {}, trace::LocId where = 0);
  // requests.get inside asyncio.to_thread: the same transfer, but the worker
  // thread waits for it, not the loop. Returns at once with the whole response;
  // r.total says how long the transfer takes from now (latency + body, sharing
  // the host's cap with the transfers active now). Throws UrlError.
  Response get_off_loop(const std::string& url);

  // What a URL resolves to (status, size, type), without any transfer.
  Resource resource(const std::string& url) const;
  // The deterministic body of a URL.
  std::string body(const std::string& url) const;
  // Transfers to `host` not yet complete (waiting or receiving).
  std::size_t active_transfers(std::string_view host) const;

 private:
  detail::Host& host(const std::string& name);
  std::shared_ptr<Stream> start(const std::string& url);

  EventLoop& loop_;
  NetworkProfile profile_;
  std::map<std::string, std::shared_ptr<detail::Host>, std::less<>> hosts_;
  std::uint64_t next_id_ = 0;
};

// An I/O wait of d on the loop (aiofiles' `await f.write(...)` with the
// sandbox's disk_time): the task suspends on a WaitKind::Io future whose text is
// `what`, and the timeline shows it waiting on I/O rather than sleeping.
Task<void> io_wait(EventLoop& loop, Nanos d, std::string what);

}  // namespace ls::net
