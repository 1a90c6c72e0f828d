// aiohttp: HTTP on the simulated network without holding the loop.
// `async with session.get(url) as resp` awaits the headers (the host's
// latency); every read of the body awaits its bytes (an I/O wait in the
// trace). Concurrent transfers overlap and share a host's capped bandwidth,
// which SimNetwork's link model does.
#include "python/modules/net_common.h"

namespace ls::py {

namespace {

using namespace netmod;
using loop::Task;

struct AiohttpClasses {
  ClassObj *session = nullptr, *request = nullptr, *response = nullptr, *reader = nullptr, *chunks = nullptr;
  ClassObj *client_error = nullptr, *connection_error = nullptr, *response_error = nullptr,
           *content_type_error = nullptr, *invalid_url = nullptr;
};
thread_local AiohttpClasses classes;

struct SessionObj final : InstanceObj {
  explicit SessionObj(Value c) : InstanceObj(std::move(c)) {}
  bool closed = false;
};

struct ClientResponseObj final : InstanceObj {
  explicit ClientResponseObj(Value c) : InstanceObj(std::move(c)) {}
  std::shared_ptr<net::Stream> stream;
  std::optional<std::string> body;  // the whole body, once read() has it
  bool released = false;
};

// resp.content, and resp.content.iter_chunked(n).
struct ReaderObj final : InstanceObj {
  explicit ReaderObj(Value c) : InstanceObj(std::move(c)) {}
  Value resp;
  int64_t chunk = -1;  // iter_chunked's size (a ReaderObj of the chunks class)
};

// session.get(url): awaitable, and an async context manager releasing the response.
struct RequestObj final : InstanceObj {
  explicit RequestObj(Value c) : InstanceObj(std::move(c)) {}
  std::string url;
  Value resp;
};

ClientResponseObj* resp_of(const Value& v) { return value_as<ClientResponseObj>(v); }

[[noreturn]] void closed_error() { raise_error(classes.connection_error, "Connection closed"); }

// Stream::read with the network's misuse errors as Python ones.
Task<std::string> stream_read(Interp& I, ClientResponseObj* r, int64_t n) {
  if (r->released || !r->stream) closed_error();
  try {
    co_return co_await r->stream->read(n);
  } catch (const net::NetworkError& e) {
    const std::string what = e.what();
    if (what.rfind("Connection closed", 0) == 0) closed_error();
    raise_error(I.cls.RuntimeError, what);
  }
}

// ---- ClientSession ---------------------------------------------------------------------------

Value c_session(Interp&, Args& a) { return make<SessionObj>(*a.self); }
Task<Value> value_coro(Value v) { co_return v; }
Task<Value> session_close(Value s) {
  value_as<SessionObj>(s)->closed = true;
  co_return Value();
}
Value s_aenter(Interp& I, Args& a) { return I.native_coro(value_coro(*a.self), "ClientSession.__aenter__"); }
Value s_aexit(Interp& I, Args& a) { return I.native_coro(session_close(*a.self), "ClientSession.__aexit__"); }
Value s_close(Interp& I, Args& a) { return I.native_coro(session_close(*a.self), "ClientSession.close"); }
Value s_closed(Interp&, Args& a) { return Value::boolean(value_as<SessionObj>(a[0])->closed); }

Value s_get(Interp& I, Args& a) {
  SessionObj* s = self_as<SessionObj>(a, "ClientSession");
  const Value* url = a.n > 0 ? &a[0] : kwarg(I, a, "url");
  if (!url) type_error("get() missing 1 required positional argument: 'url'");
  if (s->closed) raise_error(I.cls.RuntimeError, "Session is closed");
  auto* r = new RequestObj(Value(classes.request));
  Value rv(r);
  r->url = as_str(*url) ? as_str(*url)->s : str(*url);
  return rv;
}

// ---- the request: headers arrive ------------------------------------------------------------

Task<Value> request_coro(Interp& I, Value req) {
  auto* rq = value_as<RequestObj>(req);
  if (!rq->resp.is_none()) co_return rq->resp;
  std::shared_ptr<net::Stream> s;
  try {
    s = co_await network(I).open(rq->url);
  } catch (const net::UrlError&) {
    raise_error(classes.invalid_url, rq->url);
  }
  const net::Response& h = s->response();
  auto* r = new ClientResponseObj(Value(classes.response));
  Value rv(r);
  r->stream = s;
  set_field(I, r, "status", Value::integer(h.status));
  set_field(I, r, "reason", new_str(h.reason));
  set_field(I, r, "url", new_str(h.url));
  set_field(I, r, "headers", headers_dict(h));
  std::string ct = h.header("Content-Type");
  set_field(I, r, "charset", charset_of(ct).empty() ? Value() : new_str(charset_of(ct)));
  if (const auto semi = ct.find(';'); semi != std::string::npos) ct.resize(semi);
  set_field(I, r, "content_type", new_str(ct));
  set_field(I, r, "content_length", Value::integer(s->size()));
  set_field(I, r, "ok", Value::boolean(h.status < 400));
  auto* reader = new ReaderObj(Value(classes.reader));
  Value readerv(reader);
  reader->resp = rv;
  set_field(I, r, "content", readerv);
  rq->resp = rv;
  co_return rv;
}

Task<Value> release_coro(Value resp) {
  if (auto* r = resp_of(resp)) {
    r->released = true;
    if (r->stream) r->stream->close();
  }
  co_return Value();
}

Value q_aenter(Interp& I, Args& a) { return I.native_coro(request_coro(I, *a.self), "ClientSession.get"); }
Value q_await(Interp& I, Args& a) { return I.native_coro(request_coro(I, *a.self), "ClientSession.get"); }
Value q_aexit(Interp& I, Args& a) {
  return I.native_coro(release_coro(self_as<RequestObj>(a, "_RequestContextManager")->resp), "__aexit__");
}

// ---- ClientResponse ------------------------------------------------------------------------

Task<std::string> whole_body(Interp& I, Value resp) {
  ClientResponseObj* r = resp_of(resp);
  if (!r->body) r->body = co_await stream_read(I, r, -1);
  co_return *r->body;
}

Task<Value> read_coro(Interp& I, Value resp) { co_return make<BytesObj>(co_await whole_body(I, resp)); }
Task<Value> text_coro(Interp& I, Value resp) { co_return new_str(decode_replace(co_await whole_body(I, resp))); }
Task<Value> json_coro(Interp& I, Value resp) {
  ClientResponseObj* r = resp_of(resp);
  const std::string ct = r->stream->response().header("Content-Type");
  if (ct.rfind("application/json", 0) != 0) {
    std::string mime = ct.substr(0, ct.find(';'));
    raise_error(classes.content_type_error,
                std::to_string(r->stream->response().status) + ", message='Attempt to decode JSON with unexpected mimetype: " +
                    mime + "', url=URL('" + r->stream->response().url + "')");
  }
  const std::string body = co_await whole_body(I, resp);
  co_return json_to_value(I, body, I.cls.ValueError);
}

ClientResponseObj* self_resp(Args& a) { return self_as<ClientResponseObj>(a, "ClientResponse"); }
Value r_read(Interp& I, Args& a) { self_resp(a); return I.native_coro(read_coro(I, *a.self), "ClientResponse.read"); }
Value r_text(Interp& I, Args& a) { self_resp(a); return I.native_coro(text_coro(I, *a.self), "ClientResponse.text"); }
Value r_json(Interp& I, Args& a) { self_resp(a); return I.native_coro(json_coro(I, *a.self), "ClientResponse.json"); }
Value r_release(Interp&, Args& a) {
  ClientResponseObj* r = self_resp(a);
  r->released = true;
  if (r->stream) r->stream->close();
  return Value();
}
Value r_raise_for_status(Interp&, Args& a) {
  const net::Response& h = self_resp(a)->stream->response();
  if (h.status < 400) return Value();
  raise_error(classes.response_error,
              std::to_string(h.status) + ", message='" + h.reason + "', url=URL('" + h.url + "')");
}
Value r_repr(Interp&, Args& a) {
  const net::Response& h = self_resp(a)->stream->response();
  std::string r = "<ClientResponse(" + h.url + ") [" + std::to_string(h.status) + " " + h.reason + "]>\n<CIMultiDictProxy(";
  for (size_t i = 0; i < h.headers.size(); ++i)
    r += (i ? ", " : "") + repr(new_str(h.headers[i].first)) + ": " + repr(new_str(h.headers[i].second));
  return new_str(r + ")>\n");
}

// ---- StreamReader (resp.content) ------------------------------------------------------------

Task<Value> content_read(Interp& I, Value reader, int64_t n) {
  ClientResponseObj* r = resp_of(value_as<ReaderObj>(reader)->resp);
  co_return make<BytesObj>(co_await stream_read(I, r, n));
}

ReaderObj* self_reader(Args& a) { return self_as<ReaderObj>(a, "StreamReader"); }

Value c_read(Interp& I, Args& a) {
  self_reader(a);
  const Value* n = a.n > 0 ? &a[0] : kwarg(I, a, "n");
  const int64_t size = n && !n->is_none() ? to_index(*n) : -1;
  if (size == 0) return I.native_coro(value_coro(make<BytesObj>(std::string())), "StreamReader.read");
  return I.native_coro(content_read(I, *a.self, size), "StreamReader.read");
}
Value c_at_eof(Interp&, Args& a) {
  ClientResponseObj* r = resp_of(self_reader(a)->resp);
  return Value::boolean(r->released || r->stream->at_eof());
}
Value c_iter_chunked(Interp& I, Args& a) {
  check_args(a, "iter_chunked", 1, 1);
  ReaderObj* src = self_reader(a);
  const int64_t n = to_index(a[0]);
  if (n <= 0) value_error("Chunk size must be a positive integer");
  auto* it = new ReaderObj(Value(classes.chunks));
  Value itv(it);
  it->resp = src->resp;
  it->chunk = n;
  (void)I;
  return itv;
}

Task<Value> next_chunk(Interp& I, Value it) {
  auto* ch = value_as<ReaderObj>(it);
  std::string data = co_await stream_read(I, resp_of(ch->resp), ch->chunk);
  if (data.empty()) raise(make_exception(I.cls.StopAsyncIteration, std::vector<Value>{}));
  co_return make<BytesObj>(std::move(data));
}
Value k_aiter(Interp&, Args& a) { return *a.self; }
Value k_anext(Interp& I, Args& a) { return I.native_coro(next_chunk(I, *a.self), "__anext__"); }

// aiohttp.ClientTimeout(total=..., connect=...): accepted so programs that pass
// a timeout run; the simulated network never stalls, so it is not enforced.
Value c_timeout(Interp& I, Args& a) {
  if (a.n) type_error("ClientTimeout() takes keyword arguments only");
  auto* t = new InstanceObj(*a.self);
  Value tv(t);
  for (const char* k : {"total", "connect", "sock_read", "sock_connect"}) {
    const Value* v = kwarg(I, a, k);
    set_field(I, t, k, v ? *v : Value());
  }
  return tv;
}

}  // namespace

Value make_aiohttp_module(Interp& I) {
  auto* m = new ModuleObj("aiohttp");
  Value mv(m);
  classes = AiohttpClasses{};
  auto& c = classes;
  const char* mod = "aiohttp.client_exceptions";
  c.client_error = exception_class(I, m, mod, "ClientError", {I.cls.Exception});
  c.connection_error = exception_class(I, m, mod, "ClientConnectionError", {c.client_error});
  c.response_error = exception_class(I, m, mod, "ClientResponseError", {c.client_error});
  c.content_type_error = exception_class(I, m, mod, "ContentTypeError", {c.response_error});
  c.invalid_url = exception_class(I, m, mod, "InvalidURL", {c.client_error, I.cls.ValueError});

  c.session = object_class(I, "ClientSession", c_session);
  I.add_method(c.session, "__aenter__", s_aenter);
  I.add_method(c.session, "__aexit__", s_aexit);
  I.add_method(c.session, "close", s_close);
  I.add_method(c.session, "get", s_get);
  add_property(I, c.session, "closed", s_closed);
  I.set_attr(m, "ClientSession", Value(c.session));
  I.set_attr(m, "ClientTimeout", Value(object_class(I, "ClientTimeout", c_timeout)));

  c.request = object_class(I, "_RequestContextManager");
  I.add_method(c.request, "__aenter__", q_aenter);
  I.add_method(c.request, "__aexit__", q_aexit);
  I.add_method(c.request, "__await__", q_await);

  c.response = object_class(I, "ClientResponse");
  static const std::pair<const char*, NativeFn> rm[] = {
      {"read", r_read}, {"text", r_text}, {"json", r_json}, {"release", r_release}, {"close", r_release},
      {"raise_for_status", r_raise_for_status}, {"__repr__", r_repr},
  };
  for (auto& [n, fn] : rm) I.add_method(c.response, n, fn);
  I.set_attr(m, "ClientResponse", Value(c.response));

  c.reader = object_class(I, "StreamReader");
  I.add_method(c.reader, "read", c_read);
  I.add_method(c.reader, "at_eof", c_at_eof);
  I.add_method(c.reader, "iter_chunked", c_iter_chunked);
  c.chunks = object_class(I, "ChunkTupleAsyncStreamIterator");
  I.add_method(c.chunks, "__aiter__", k_aiter);
  I.add_method(c.chunks, "__anext__", k_anext);
  return mv;
}

}  // namespace ls::py
