// aiofiles: the same sandbox files as open(), but every operation is awaited.
// Real aiofiles hands each call to a worker thread and awaits it; here each
// call is an I/O wait on the loop for the simulated disk's time (latency plus
// bytes at its throughput), so other tasks run meanwhile and the timeline shows
// the task waiting on I/O instead of blocking the loop.
#include "python/modules/file_obj.h"

namespace ls::py {

namespace {

using namespace netmod;
using loop::Task;

struct AiofilesClasses {
  ClassObj* opener = nullptr;  // what aiofiles.open() returns
  ClassObj* text = nullptr;    // AsyncTextIOWrapper
  ClassObj* binary = nullptr;  // AsyncBufferedIOBase
};
thread_local AiofilesClasses classes;

// aiofiles.open(...): awaitable, and an async context manager closing the file.
struct OpenerObj final : InstanceObj {
  explicit OpenerObj(Value c) : InstanceObj(std::move(c)) {}
  Value path, mode;
  Value file;  // the AsyncFileObj once opened
};

struct AsyncFileObj final : InstanceObj {
  explicit AsyncFileObj(Value c) : InstanceObj(std::move(c)) {}
  Value inner;  // the FileObj
  FileObj* file() const { return value_as<FileObj>(inner); }
};

AsyncFileObj* self_afile(Args& a) { return self_as<AsyncFileObj>(a, "AsyncTextIOWrapper"); }

// Called with co_await on a local: GCC 12 mishandles temporaries (such as a
// conditional's std::string) that live across a co_await in the caller.
Task<void> disk_wait(Interp& I, std::string what, int64_t bytes) {
  co_await net::io_wait(I.loop(), sandbox(I).disk_time(bytes), std::move(what));
}

std::string wait_text(const char* op, const std::string& name) { return std::string("aiofiles ") + op + " " + name; }

Task<Value> open_coro(Interp& I, Value opener) {
  auto* o = value_as<OpenerObj>(opener);
  if (!o->file.is_none()) co_return o->file;
  std::string what = wait_text("open", as_str(o->path)->s);
  co_await disk_wait(I, std::move(what), 0);
  Value f = file_open(I, o->path, o->mode);
  auto* af = new AsyncFileObj(Value(value_as<FileObj>(f)->binary ? classes.binary : classes.text));
  Value afv(af);
  af->inner = f;
  o->file = afv;
  co_return afv;
}

Task<Value> close_coro(Interp& I, Value afile) {
  auto* af = value_as<AsyncFileObj>(afile);
  if (af && !af->file()->closed) {
    const bool wrote = af->file()->dirty;
    file_close(I, af->file());
    // Closing writes the buffer back; a clean file closes without a disk trip.
    if (wrote) {
      std::string what = wait_text("close", af->file()->name);
      co_await disk_wait(I, std::move(what), 0);
    }
  }
  co_return Value();
}

Value o_aenter(Interp& I, Args& a) { return I.native_coro(open_coro(I, *a.self), "aiofiles.open"); }
Value o_await(Interp& I, Args& a) { return I.native_coro(open_coro(I, *a.self), "aiofiles.open"); }
Value o_aexit(Interp& I, Args& a) {
  return I.native_coro(close_coro(I, self_as<OpenerObj>(a, "AiofilesContextManager")->file), "close");
}

Value a_open(Interp& I, Args& a) {
  check_args(a, "open", 1, 8);
  const Value* file = a.n > 0 ? &a[0] : kwarg(I, a, "file");
  const Value* mode = a.n > 1 ? &a[1] : kwarg(I, a, "mode");
  if (!file) type_error("open() missing required argument 'file' (pos 1)");
  auto* o = new OpenerObj(Value(classes.opener));
  Value ov(o);
  o->path = *file;
  o->mode = mode ? *mode : new_str("r");
  if (!as_str(o->path)) type_error("expected str, bytes or os.PathLike object, not " + type_name(o->path));
  return ov;
}

// ---- the file's awaitable operations -----------------------------------------------------

enum class Op { Read, Readline, Readlines, Write, Writelines, Flush };

Task<Value> op_coro(Interp& I, Value afile, Op op, Value arg) {
  FileObj* f = value_as<AsyncFileObj>(afile)->file();
  Value r;
  int64_t bytes = 0;
  const char* what = "read";
  switch (op) {
    case Op::Read: r = file_read(I, f, arg.is_none() ? -1 : to_index(arg)); break;
    case Op::Readline: r = file_readline(I, f); what = "readline"; break;
    case Op::Readlines: r = file_readlines(I, f); what = "readlines"; break;
    case Op::Write:
      r = Value::integer(file_write(I, f, arg));
      bytes = moved_bytes(arg);
      what = "write";
      break;
    case Op::Writelines:
      I.for_each(arg, [&](const Value& line) {
        file_write(I, f, line);
        bytes += moved_bytes(line);
        return true;
      });
      what = "write";
      break;
    case Op::Flush: file_flush(I, f); what = "flush"; break;
  }
  if (op == Op::Read || op == Op::Readline || op == Op::Readlines) bytes = moved_bytes(r);
  std::string text = wait_text(what, f->name);
  co_await disk_wait(I, std::move(text), bytes);
  co_return r;
}

Value size_or_none(Interp& I, Args& a, const char* name) {
  const Value* s = a.n > 0 ? &a[0] : kwarg(I, a, name);
  return s ? *s : Value();
}

Value m_read(Interp& I, Args& a) { return I.native_coro(op_coro(I, *a.self, Op::Read, size_or_none(I, a, "size")), "read"); }
Value m_readline(Interp& I, Args& a) { return I.native_coro(op_coro(I, *a.self, Op::Readline, Value()), "readline"); }
Value m_readlines(Interp& I, Args& a) { return I.native_coro(op_coro(I, *a.self, Op::Readlines, Value()), "readlines"); }
Value m_write(Interp& I, Args& a) {
  check_args(a, "write", 1, 1);
  self_afile(a);
  return I.native_coro(op_coro(I, *a.self, Op::Write, a[0]), "write");
}
Value m_writelines(Interp& I, Args& a) {
  check_args(a, "writelines", 1, 1);
  return I.native_coro(op_coro(I, *a.self, Op::Writelines, a[0]), "writelines");
}
Value m_flush(Interp& I, Args& a) { return I.native_coro(op_coro(I, *a.self, Op::Flush, Value()), "flush"); }
Value m_close(Interp& I, Args& a) { return I.native_coro(close_coro(I, *a.self), "close"); }

Task<Value> self_coro(Value v) { co_return v; }
Value m_aenter(Interp& I, Args& a) { return I.native_coro(self_coro(*a.self), "__aenter__"); }
Value m_aexit(Interp& I, Args& a) { return I.native_coro(close_coro(I, *a.self), "__aexit__"); }
Value m_aiter(Interp&, Args& a) { return *a.self; }

Task<Value> anext_coro(Interp& I, Value afile) {
  Value line = co_await op_coro(I, afile, Op::Readline, Value());
  if (moved_bytes(line) == 0) raise(make_exception(I.cls.StopAsyncIteration, std::vector<Value>{}));
  co_return line;
}
Value m_anext(Interp& I, Args& a) { return I.native_coro(anext_coro(I, *a.self), "__anext__"); }

Value p_name(Interp&, Args& a) { return new_str(value_as<AsyncFileObj>(a[0])->file()->name); }
Value p_mode(Interp&, Args& a) { return new_str(value_as<AsyncFileObj>(a[0])->file()->mode); }
Value p_closed(Interp&, Args& a) { return Value::boolean(value_as<AsyncFileObj>(a[0])->file()->closed); }

ClassObj* async_file_class(Interp& I, const char* name) {
  ClassObj* c = object_class(I, name);
  c->dict[I.id.module] = new_str("aiofiles.threadpool");
  static const std::pair<const char*, NativeFn> methods[] = {
      {"read", m_read},     {"readline", m_readline}, {"readlines", m_readlines}, {"write", m_write},
      {"writelines", m_writelines}, {"flush", m_flush}, {"close", m_close},   {"__aenter__", m_aenter},
      {"__aexit__", m_aexit}, {"__aiter__", m_aiter}, {"__anext__", m_anext},
  };
  for (auto& [n, fn] : methods) I.add_method(c, n, fn);
  add_property(I, c, "name", p_name);
  add_property(I, c, "mode", p_mode);
  add_property(I, c, "closed", p_closed);
  return c;
}

}  // namespace

Value make_aiofiles_module(Interp& I) {
  auto* m = new ModuleObj("aiofiles");
  Value mv(m);
  classes = AiofilesClasses{};
  classes.opener = object_class(I, "AiofilesContextManager");
  I.add_method(classes.opener, "__aenter__", o_aenter);
  I.add_method(classes.opener, "__aexit__", o_aexit);
  I.add_method(classes.opener, "__await__", o_await);
  classes.text = async_file_class(I, "AsyncTextIOWrapper");
  classes.binary = async_file_class(I, "AsyncBufferedIOBase");
  I.set_attr(m, "open", I.builtin_fn("open", a_open));
  return mv;
}

}  // namespace ls::py
