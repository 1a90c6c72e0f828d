#include "net/sim_network.h"

#include <algorithm>
#include <cctype>

#include "net/content.h"

namespace ls::net {

namespace detail {

// A flow with the task waiting on it (if any).
struct Transfer : Flow {
  loop::Ref<loop::Future<void>> waiter;  // completed when the flow's `want` is met
};

// One host: its link and the single timer that wakes the loop at the link's next
// event. `loop` is null once the SimNetwork is gone (Streams then stop).
struct Host {
  Host(EventLoop& l, std::string n, HostParams p) : loop(&l), name(std::move(n)), link(p) {}

  EventLoop* loop;
  std::string name;
  Link link;
  loop::TimerId timer;     // pending wake-up, or invalid
  Nanos timer_at = kNever; // its deadline

  // Brings the link to now, wakes every reader whose bytes have arrived (in the
  // order they arrived), and moves the timer to the link's next event.
  void sync() {
    if (!loop) return;
    std::vector<std::shared_ptr<Flow>> met;
    link.advance_to(std::max(loop->now(), link.last()), &met);
    for (auto& f : met) {
      auto* t = static_cast<Transfer*>(f.get());
      auto w = std::move(t->waiter);
      t->waiter = nullptr;
      // A cancelled reader's future is already done: nobody to wake.
      if (w && !w->done()) w->set_result();
    }
    reschedule();
  }

  void reschedule() {
    if (!loop) return;
    const Nanos next = link.next_event();
    if (timer.valid() && next == timer_at) return;
    if (timer.valid()) loop->cancel_timer(timer);
    timer = {};
    timer_at = next;
    if (next == kNever) return;
    timer = loop->call_at(std::max(next, loop->now()), &Host::fire, this, "net " + name,
                          loop::WaitKind::Io);
  }

  static void fire(void* self) {
    auto* h = static_cast<Host*>(self);
    h->timer = {};
    h->timer_at = kNever;
    h->sync();
  }

  void detach() {
    if (loop && timer.valid()) loop->cancel_timer(timer);
    timer = {};
    loop = nullptr;
  }
};

}  // namespace detail

using detail::Host;
using detail::Transfer;

std::string Response::header(std::string_view name) const {
  auto eq = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const auto& [k, v] : headers)
    if (eq(k, name)) return v;
  return {};
}

// ---- Stream ------------------------------------------------------------------

Stream::~Stream() { close(); }

std::int64_t Stream::size() const { return t_->size; }

void Stream::sync() { host_->sync(); }

std::int64_t Stream::received() {
  if (!closed_) sync();
  return t_->arrived();
}

Task<std::string> Stream::read(std::int64_t n) {
  if (closed_) throw NetworkError("Connection closed");
  if (reading_)
    throw NetworkError("read() called while another coroutine is already waiting for incoming data");
  const std::int64_t want = n < 0 ? size() : std::min(size(), consumed_ + n);
  if (received() < want) {
    if (!host_->loop) throw NetworkError("Connection closed: the network is gone");
    auto fut = loop::make_future<void>(*host_->loop, loop::WaitKind::Io);
    fut->set_wait_text("GET " + head_.url + (n < 0 ? ": body" : ": read(" + std::to_string(n) + ")"));
    t_->want = want;
    t_->waiter = fut;
    host_->reschedule();
    reading_ = true;
    try {
      co_await fut;
    } catch (...) {
      // Cancelled while waiting: forget the wish, keep the connection.
      reading_ = false;
      t_->want = -1;
      t_->waiter = nullptr;
      throw;
    }
    reading_ = false;
  }
  std::string out = body_.substr(static_cast<std::size_t>(consumed_), static_cast<std::size_t>(want - consumed_));
  consumed_ = want;
  co_return out;
}

void Stream::close() {
  if (closed_) return;
  closed_ = true;
  if (!host_ || !host_->loop || t_->complete) return;
  host_->sync();
  if (t_->complete) return;
  host_->link.remove(*t_);
  host_->reschedule();  // the others' share grows at once
}

// ---- SimNetwork --------------------------------------------------------------

SimNetwork::SimNetwork(EventLoop& loop, NetworkProfile profile) : loop_(loop), profile_(std::move(profile)) {}

SimNetwork::~SimNetwork() {
  for (auto& [name, h] : hosts_) h->detach();
}

Host& SimNetwork::host(const std::string& name) {
  auto it = hosts_.find(name);
  if (it == hosts_.end())
    it = hosts_.emplace(name, std::make_shared<Host>(loop_, name, profile_.params(name))).first;
  return *it->second;
}

Resource SimNetwork::resource(const std::string& url) const { return profile_.resource(parse_url(url)); }

std::string SimNetwork::body(const std::string& url) const {
  const Resource r = resource(url);
  return r.body ? *r.body : generate_body(url, r.size, r.content_type);
}

std::size_t SimNetwork::active_transfers(std::string_view host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? 0 : it->second->link.active();
}

std::shared_ptr<Stream> SimNetwork::start(const std::string& url) {
  const Url u = parse_url(url);
  const Resource res = profile_.resource(u);
  Host& h = host(u.host);
  h.sync();  // everyone's bytes up to now before the new flow changes the shares
  std::shared_ptr<Stream> s(new Stream());
  s->host_ = hosts_.find(u.host)->second;
  s->t_ = std::make_shared<Transfer>();
  s->t_->id = ++next_id_;
  s->t_->size = res.size;
  s->started_ = loop_.now();
  s->t_->body_start = s->started_ + h.link.params().latency;
  s->head_.url = url;
  s->head_.status = res.status;
  s->head_.reason = std::string(reason_phrase(res.status));
  s->head_.headers = {{"Content-Type", res.content_type}, {"Content-Length", std::to_string(res.size)}};
  s->body_ = res.body ? *res.body : generate_body(url, res.size, res.content_type);
  h.link.add(s->t_);
  h.sync();  // settles the new flow (zero latency: receiving now) and moves the timer
  return s;
}

Task<std::shared_ptr<Stream>> SimNetwork::open(std::string url) {
  std::shared_ptr<Stream> s = start(url);
  Transfer& t = *s->t_;
  if (!t.receiving && !t.complete) {
    auto fut = loop::make_future<void>(loop_, loop::WaitKind::Io);
    fut->set_wait_text("GET " + url);
    t.want = 0;
    t.waiter = fut;
    s->host_->reschedule();
    co_await fut;  // cancelled: s goes out of scope and closes the transfer
  }
  s->head_.elapsed = t.body_start - s->started_;
  co_return s;
}

Task<Response> SimNetwork::get(std::string url) {
  std::shared_ptr<Stream> s = co_await open(std::move(url));
  Response r = s->response();
  r.body = co_await s->read_all();
  r.total = s->t_->finished - s->started_;
  co_return r;
}

Response SimNetwork::get_blocking(const std::string& url, std::string_view what, trace::LocId where) {
  std::shared_ptr<Stream> s = start(url);
  Host& h = *s->host_;
  // Nothing can join the link while the loop is held, so the end is known now.
  const Nanos end = h.link.completion_time(s->t_->id);
  const std::string label = what.empty() ? "requests.get(" + url + ")" : std::string(what);
  loop_.block_for(end - loop_.now(), label, where);
  s->sync();
  Response r = s->response();
  r.elapsed = s->t_->body_start - s->started_;
  r.total = end - s->started_;
  r.body = std::move(s->body_);
  s->consumed_ = s->size();
  return r;
}

Response SimNetwork::get_off_loop(const std::string& url) {
  std::shared_ptr<Stream> s = start(url);
  const Nanos end = s->host_->link.completion_time(s->t_->id);
  Response r = s->response();
  r.elapsed = s->t_->body_start - s->started_;
  r.total = end - s->started_;
  r.body = std::move(s->body_);
  // The thread lane, not the link, carries the wait from here: the flow leaves
  // the link when `s` closes, so later transfers do not share with it.
  return r;
}

namespace {
// The timer holds one reference to the future until it fires (a cancelled
// waiter leaves the future done; the timer then just lets go).
void finish_io_wait(void* ctx) {
  auto* f = static_cast<loop::Future<void>*>(ctx);
  if (!f->done()) f->set_result();
  f->release();
}
}  // namespace

Task<void> io_wait(EventLoop& loop, Nanos d, std::string what) {
  auto fut = loop::make_future<void>(loop, loop::WaitKind::Io);
  fut->set_wait_text(std::move(what));
  fut->add_ref();
  loop.call_at(loop.now() + std::max<Nanos>(d, 0), &finish_io_wait, fut.get(), "io", loop::WaitKind::Io);
  co_await fut;
}

}  // namespace ls::net
