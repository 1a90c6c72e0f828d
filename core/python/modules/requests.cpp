// requests: blocking HTTP on the simulated network. requests.get holds the
// loop for the whole transfer (latency plus body): nothing else runs, and the
// trace shows one blocking span labelled with the URL. Inside
// asyncio.to_thread only the thread lane waits, as with a real worker thread.
#include "python/modules/net_common.h"

namespace ls::py {

namespace {

using namespace netmod;

struct RequestsClasses {
  ClassObj* response = nullptr;
  ClassObj* session = nullptr;
  ClassObj *request_exception = nullptr, *http_error = nullptr, *missing_schema = nullptr,
           *invalid_schema = nullptr, *invalid_url = nullptr, *json_error = nullptr;
};
thread_local RequestsClasses classes;

struct ResponseObj final : InstanceObj {
  explicit ResponseObj(Value c) : InstanceObj(std::move(c)) {}
  net::Response r;
};

ResponseObj* self_response(Args& a) { return self_as<ResponseObj>(a, "Response"); }

[[noreturn]] void raise_url_error(const net::UrlError& e) {
  switch (e.kind()) {
    case net::UrlError::Kind::MissingScheme: raise_error(classes.missing_schema, e.what());
    case net::UrlError::Kind::UnsupportedScheme: raise_error(classes.invalid_schema, e.what());
    case net::UrlError::Kind::Invalid: break;
  }
  raise_error(classes.invalid_url, e.what());
}

// The URL with `params` appended as a query string (requests' params=).
std::string with_params(Interp& I, std::string url, const Value* params) {
  if (!params || params->is_none()) return url;
  if (!params->is(Type::Dict)) type_error("params must be a dict in Loopscope's requests");
  std::string q;
  for (const auto& e : params->as<DictObj>()->entries) {
    if (!e.live) continue;
    if (!q.empty()) q += '&';
    q += str(e.key) + "=" + str(e.value);
  }
  (void)I;
  if (q.empty()) return url;
  return url + (url.find('?') == std::string::npos ? "?" : "&") + q;
}

Value fetch(Interp& I, Args& a) {
  const Value* url_v = a.n > 0 ? &a[0] : kwarg(I, a, "url");
  if (!url_v) type_error("get() missing 1 required positional argument: 'url'");
  if (!as_str(*url_v)) {
    if (url_v->is(Type::Bytes)) type_error("requests in Loopscope takes the URL as a str");
    raise_error(classes.invalid_schema, "No connection adapters were found for " + repr(new_str(str(*url_v))));
  }
  const std::string url = with_params(I, as_str(*url_v)->s, a.n > 1 ? &a[1] : kwarg(I, a, "params"));
  net::SimNetwork& net = network(I);
  net::Response r;
  try {
    if (I.thread_time) {
      // A worker thread waits for the transfer; the loop stays free.
      r = net.get_off_loop(url);
      *I.thread_time += r.total;
    } else {
      const trace::LocId where = I.begin_block();
      r = net.get_blocking(url, {}, where);
      I.end_block();
    }
  } catch (const net::UrlError& e) {
    raise_url_error(e);
  }
  auto* o = new ResponseObj(Value(classes.response));
  Value ov(o);
  set_field(I, o, "status_code", Value::integer(r.status));
  set_field(I, o, "reason", new_str(r.reason));
  set_field(I, o, "url", new_str(r.url));
  set_field(I, o, "headers", headers_dict(r));
  set_field(I, o, "ok", Value::boolean(r.status < 400));
  const std::string cs = charset_of(r.header("Content-Type"));
  set_field(I, o, "encoding", cs.empty() ? Value() : new_str(cs));
  set_field(I, o, "content", make<BytesObj>(r.body));
  o->r = std::move(r);
  return ov;
}

Value r_get(Interp& I, Args& a) {
  check_args(a, "get", 0, 2);
  return fetch(I, a);
}

Value p_text(Interp&, Args& a) { return new_str(decode_replace(value_as<ResponseObj>(a[0])->r.body)); }

Value m_json(Interp& I, Args& a) {
  ResponseObj* o = self_response(a);
  return json_to_value(I, o->r.body, classes.json_error);
}

Value m_raise_for_status(Interp&, Args& a) {
  ResponseObj* o = self_response(a);
  const int s = o->r.status;
  if (s < 400 || s >= 600) return Value();
  raise_error(classes.http_error, std::to_string(s) + (s < 500 ? " Client Error: " : " Server Error: ") + o->r.reason +
                                      " for url: " + o->r.url);
}

Value m_repr(Interp&, Args& a) { return new_str("<Response [" + std::to_string(self_response(a)->r.status) + "]>"); }
Value m_bool(Interp&, Args& a) { return Value::boolean(self_response(a)->r.status < 400); }
Value m_close(Interp&, Args&) { return Value(); }
Value m_enter(Interp&, Args& a) { return *a.self; }
Value m_exit(Interp&, Args&) { return Value::boolean(false); }

// iter_content(chunk_size): the body is already here; hand it out in pieces.
Value m_iter_content(Interp& I, Args& a) {
  ResponseObj* o = self_response(a);
  const Value* cs = a.n > 0 ? &a[0] : kwarg(I, a, "chunk_size");
  const int64_t n = cs && !cs->is_none() ? to_index(*cs) : 1;
  if (n <= 0) value_error("chunk_size must be a positive integer");
  std::vector<Value> chunks;
  for (size_t at = 0; at < o->r.body.size(); at += static_cast<size_t>(n))
    chunks.push_back(make<BytesObj>(o->r.body.substr(at, static_cast<size_t>(n))));
  return I.get_iter(new_list(std::move(chunks)));
}

// ---- Session: the same get, as an object with a context manager ------------------------
Value c_session(Interp& I, Args& a) {
  (void)I;
  return make<InstanceObj>(*a.self);
}
Value s_get(Interp& I, Args& a) {
  check_args(a, "get", 0, 2);
  return fetch(I, a);
}

}  // namespace

Value make_requests_module(Interp& I) {
  auto* m = new ModuleObj("requests");
  Value mv(m);
  auto* ex = new ModuleObj("requests.exceptions");
  Value exv(ex);
  I.set_attr(m, "exceptions", exv);
  classes = RequestsClasses{};
  const char* mod = "requests.exceptions";
  auto& c = classes;
  c.request_exception = exception_class(I, ex, mod, "RequestException", {I.cls.OSError});
  c.http_error = exception_class(I, ex, mod, "HTTPError", {c.request_exception});
  ClassObj* conn = exception_class(I, ex, mod, "ConnectionError", {c.request_exception});
  ClassObj* timeout = exception_class(I, ex, mod, "Timeout", {c.request_exception});
  c.missing_schema = exception_class(I, ex, mod, "MissingSchema", {c.request_exception, I.cls.ValueError});
  c.invalid_schema = exception_class(I, ex, mod, "InvalidSchema", {c.request_exception, I.cls.ValueError});
  c.invalid_url = exception_class(I, ex, mod, "InvalidURL", {c.request_exception, I.cls.ValueError});
  c.json_error = exception_class(I, ex, mod, "JSONDecodeError", {c.request_exception, I.cls.ValueError});
  // The names requests also exports at the top level.
  for (ClassObj* k : {c.request_exception, c.http_error, conn, timeout, c.json_error}) I.set_attr(m, k->name.c_str(), Value(k));

  c.response = object_class(I, "Response");
  c.response->dict[I.id.module] = new_str("requests.models");
  static const std::pair<const char*, NativeFn> methods[] = {
      {"json", m_json},   {"raise_for_status", m_raise_for_status}, {"__repr__", m_repr}, {"__bool__", m_bool},
      {"close", m_close}, {"__enter__", m_enter}, {"__exit__", m_exit}, {"iter_content", m_iter_content},
  };
  for (auto& [n, fn] : methods) I.add_method(c.response, n, fn);
  add_property(I, c.response, "text", p_text);
  I.set_attr(m, "Response", Value(c.response));

  c.session = object_class(I, "Session", c_session);
  I.add_method(c.session, "get", s_get);
  I.add_method(c.session, "close", m_close);
  I.add_method(c.session, "__enter__", m_enter);
  I.add_method(c.session, "__exit__", m_exit);
  I.set_attr(m, "Session", Value(c.session));
  I.set_attr(m, "get", I.builtin_fn("get", r_get));
  return mv;
}

}  // namespace ls::py
