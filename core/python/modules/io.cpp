// open(): blocking file I/O in the run's sandbox folder. Every call that
// touches the disk holds the loop for the simulated disk's time (a blocking
// span in the trace, on the task that made it), as a real open()/write() does.
#include "python/modules/file_obj.h"

namespace ls::py {

namespace {

using namespace netmod;

FileObj* self_file(Args& a) { return self_as<FileObj>(a, "_io._IOBase"); }

std::string label(const char* op, FileObj* f) { return std::string(op) + " " + f->name; }

// Charges the disk time of moving n bytes (nothing for an empty read).
void charge(Interp& I, FileObj* f, const char* op, int64_t n) {
  const trace::Nanos d = disk_bytes_time(I, n);
  if (d > 0) I.block(d, label(op, f));
}

Value b_open(Interp& I, Args& a) {
  check_args(a, "open", 1, 7);
  const Value* mode = a.n > 1 ? &a[1] : kwarg(I, a, "mode");
  Value f = file_open(I, a[0], mode ? *mode : Value());
  auto* fo = value_as<FileObj>(f);
  I.block(kOpenTime, "open('" + fo->name + "', '" + fo->mode + "')");
  return f;
}

int64_t size_arg(Interp& I, Args& a, const char* name) {
  const Value* s = a.n > 0 ? &a[0] : kwarg(I, a, name);
  if (!s || s->is_none()) return -1;
  return to_index(*s);
}

Value f_read(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  Value r = file_read(I, f, size_arg(I, a, "size"));
  charge(I, f, "read", moved_bytes(r));
  return r;
}

Value f_readline(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  Value r = file_readline(I, f);
  charge(I, f, "readline", moved_bytes(r));
  return r;
}

Value f_readlines(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  Value r = file_readlines(I, f);
  charge(I, f, "readlines", moved_bytes(r));
  return r;
}

Value f_write(Interp& I, Args& a) {
  check_args(a, "write", 1, 1);
  FileObj* f = self_file(a);
  const int64_t n = file_write(I, f, a[0]);
  charge(I, f, "write", moved_bytes(a[0]));
  return Value::integer(n);
}

Value f_writelines(Interp& I, Args& a) {
  check_args(a, "writelines", 1, 1);
  FileObj* f = self_file(a);
  int64_t bytes = 0;
  I.for_each(a[0], [&](const Value& line) {
    file_write(I, f, line);
    bytes += moved_bytes(line);
    return true;
  });
  charge(I, f, "write", bytes);
  return Value();
}

Value f_close(Interp& I, Args& a) {
  file_close(I, self_file(a));
  return Value();
}
Value f_flush(Interp& I, Args& a) {
  file_flush(I, self_file(a));
  return Value();
}
Value f_enter(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  if (f->closed) value_error("I/O operation on closed file.");
  (void)I;
  return *a.self;
}
Value f_exit(Interp& I, Args& a) {
  file_close(I, self_file(a));
  return Value::boolean(false);
}
Value f_iter(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  if (f->closed) value_error("I/O operation on closed file.");
  (void)I;
  return *a.self;
}
Value f_next(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  Value line = file_readline(I, f);
  if (moved_bytes(line) == 0) raise(make_exception(I.cls.StopIteration, std::vector<Value>{}));
  charge(I, f, "readline", moved_bytes(line));
  return line;
}
Value f_tell(Interp&, Args& a) {
  FileObj* f = self_file(a);
  if (f->closed) value_error("I/O operation on closed file.");
  return Value::integer(static_cast<int64_t>(f->pos));
}
Value f_seek(Interp&, Args& a) {
  check_args(a, "seek", 1, 2);
  FileObj* f = self_file(a);
  if (f->closed) value_error("I/O operation on closed file.");
  const int64_t off = to_index(a[0]);
  const int64_t whence = a.n > 1 ? to_index(a[1]) : 0;
  int64_t base = whence == 0 ? 0 : whence == 1 ? static_cast<int64_t>(f->pos) : static_cast<int64_t>(f->data.size());
  if (whence < 0 || whence > 2) value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (base + off < 0) value_error("negative seek position " + std::to_string(off));
  f->pos = static_cast<size_t>(base + off);
  return Value::integer(base + off);
}
Value f_readable(Interp&, Args& a) { return Value::boolean(self_file(a)->readable); }
Value f_writable(Interp&, Args& a) { return Value::boolean(self_file(a)->writable); }

Value p_closed(Interp&, Args& a) { return Value::boolean(value_as<FileObj>(a[0])->closed); }
Value p_name(Interp&, Args& a) { return new_str(value_as<FileObj>(a[0])->name); }
Value p_mode(Interp&, Args& a) { return new_str(value_as<FileObj>(a[0])->mode); }

Value f_repr(Interp& I, Args& a) {
  FileObj* f = self_file(a);
  std::string r = "<_io." + I.class_of(*a.self)->name;
  if (f->closed && !f->binary) return new_str(r + " [closed]>");
  r += " name=" + repr(new_str(f->name));
  if (!f->binary) r += " mode=" + repr(new_str(f->mode)) + " encoding='UTF-8'";
  return new_str(r + ">");
}

ClassObj* file_class(Interp& I, const char* name) {
  ClassObj* c = object_class(I, name);
  c->dict[I.id.module] = new_str("_io");
  static const std::pair<const char*, NativeFn> methods[] = {
      {"read", f_read},   {"readline", f_readline}, {"readlines", f_readlines}, {"write", f_write},
      {"writelines", f_writelines}, {"close", f_close}, {"flush", f_flush}, {"__enter__", f_enter},
      {"__exit__", f_exit}, {"__iter__", f_iter}, {"__next__", f_next}, {"tell", f_tell},
      {"seek", f_seek}, {"readable", f_readable}, {"writable", f_writable}, {"__repr__", f_repr},
  };
  for (auto& [n, fn] : methods) I.add_method(c, n, fn);
  add_property(I, c, "closed", p_closed);
  add_property(I, c, "name", p_name);
  add_property(I, c, "mode", p_mode);
  return c;
}

}  // namespace

void setup_io_builtins(Interp& I, std::unordered_map<std::string, Value>& table) {
  IoClasses& c = io_classes();
  c = IoClasses{};
  c.text = file_class(I, "TextIOWrapper");
  c.reader = file_class(I, "BufferedReader");
  c.writer = file_class(I, "BufferedWriter");
  c.random = file_class(I, "BufferedRandom");
  auto cls_named = [&](const char* n) {
    auto it = table.find(n);
    return it != table.end() && it->second.is(Type::Class) ? it->second.as<ClassObj>() : I.cls.OSError;
  };
  c.is_a_directory = cls_named("IsADirectoryError");
  c.file_exists = cls_named("FileExistsError");
  c.unsupported = exception_class(I, nullptr, "io", "UnsupportedOperation", {I.cls.OSError, I.cls.ValueError});
  table["open"] = I.builtin_fn("open", b_open);
}

}  // namespace ls::py
