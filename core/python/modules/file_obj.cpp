// The sandbox file model shared by open() and aiofiles (file_obj.h).
#include "python/modules/file_obj.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace ls::py::netmod {

namespace fs = std::filesystem;

namespace {

void check_open(Interp&, FileObj* f) {
  if (f->closed) value_error("I/O operation on closed file.");
}

thread_local IoClasses classes;

[[noreturn]] void unsupported(Interp&, const char* what) { raise_error(classes.unsupported, what); }

void check_readable(Interp& I, FileObj* f) {
  check_open(I, f);
  if (!f->readable) unsupported(I, "not readable");
}

Value make_data(FileObj* f, std::string s) {
  if (f->binary) return make<BytesObj>(std::move(s));
  return new_str(decode_replace(s));
}

struct Mode {
  bool read = false, write = false, append = false, create_new = false, truncate = false, binary = false;
};

Mode parse_mode(std::string_view m) {
  Mode r;
  int kinds = 0;
  bool plus = false, text = false;
  for (char c : m) {
    switch (c) {
      case 'r': ++kinds; r.read = true; break;
      case 'w': ++kinds; r.write = r.truncate = true; break;
      case 'a': ++kinds; r.write = r.append = true; break;
      case 'x': ++kinds; r.write = r.create_new = true; break;
      case 'b': if (r.binary) kinds = 9; r.binary = true; break;
      case 't': if (text) kinds = 9; text = true; break;
      case '+': if (plus) kinds = 9; plus = true; break;
      default: kinds = 9; break;
    }
  }
  if (kinds > 1 && kinds != 9) value_error("must have exactly one of create/read/write/append mode");
  if (kinds != 1 || (r.binary && text)) value_error("invalid mode: '" + std::string(m) + "'");
  if (plus) r.read = r.write = true;
  return r;
}

}  // namespace

IoClasses& io_classes() { return classes; }

ClassObj* file_class_for(std::string_view mode) {
  if (mode.find('b') == std::string_view::npos) return classes.text;
  if (mode.find('+') != std::string_view::npos) return classes.random;
  return mode.find('r') != std::string_view::npos ? classes.reader : classes.writer;
}

void FileObj::track() {
  const auto now = static_cast<int64_t>(data.capacity());
  if (now != tracked) {
    mem_add(now - tracked);
    tracked = now;
  }
}

FileObj::~FileObj() {
  // A file the program never closed still lands on disk, as CPython flushes
  // it when the object goes away.
  if (!closed && dirty) {
    std::ofstream out(real, std::ios::binary | std::ios::trunc);
    out << data;
  }
  mem_sub(tracked);
}

Value file_open(Interp& I, const Value& path, const Value& mode_v) {
  const StrObj* p = as_str(path);
  if (!p) {
    if (path.is_int()) type_error("file descriptors are not supported by Loopscope: open() takes a file name");
    type_error("expected str, bytes or os.PathLike object, not " + type_name(path));
  }
  std::string mode = "r";
  if (!mode_v.is_none()) {
    if (!as_str(mode_v)) type_error("open() argument 'mode' must be str, not " + type_name(mode_v));
    mode = as_str(mode_v)->s;
  }
  const Mode m = parse_mode(mode);
  fs::path real;
  try {
    real = sandbox(I).resolve(p->s);
  } catch (const net::SandboxError& e) {
    raise_sandbox_error(I, e);
  }
  std::error_code ec;
  const bool exists = fs::exists(real, ec);
  if (exists && fs::is_directory(real, ec)) raise_os_error(I, classes.is_a_directory, 21, "Is a directory", p->s);
  if (!exists && !m.write) raise_os_error(I, I.cls.FileNotFoundError, 2, "No such file or directory", p->s);
  if (exists && m.create_new) raise_os_error(I, classes.file_exists, 17, "File exists", p->s);
  if (!exists && !fs::is_directory(real.parent_path(), ec))
    raise_os_error(I, I.cls.FileNotFoundError, 2, "No such file or directory", p->s);
  auto* f = new FileObj(Value(file_class_for(mode)));
  Value fv(f);
  f->name = p->s;
  f->mode = mode;
  f->real = real;
  f->readable = m.read;
  f->writable = m.write;
  f->append = m.append;
  f->binary = m.binary;
  if (exists && !m.truncate) {
    std::ifstream in(real, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    f->data = ss.str();
    f->track();
  }
  if (m.append) f->pos = f->data.size();
  // "w" and "x" create the file at once, as the OS call would.
  if (m.truncate || !exists) {
    std::ofstream out(real, std::ios::binary | std::ios::trunc);
    if (!out) raise_os_error(I, I.cls.PermissionError, 13, "Permission denied", p->s);
  }
  return fv;
}

Value file_read(Interp& I, FileObj* f, int64_t size) {
  check_readable(I, f);
  const std::string_view rest = std::string_view(f->data).substr(std::min(f->pos, f->data.size()));
  size_t n = rest.size();
  if (size >= 0) {
    // Text files count characters, binary files bytes.
    n = f->binary ? std::min<size_t>(n, static_cast<size_t>(size))
                  : (size >= utf8_length(rest) ? rest.size() : utf8_offset(rest, size));
  }
  f->pos += n;
  return make_data(f, std::string(rest.substr(0, n)));
}

Value file_readline(Interp& I, FileObj* f) {
  check_readable(I, f);
  const std::string_view rest = std::string_view(f->data).substr(std::min(f->pos, f->data.size()));
  const size_t nl = rest.find('\n');
  const size_t n = nl == std::string_view::npos ? rest.size() : nl + 1;
  f->pos += n;
  return make_data(f, std::string(rest.substr(0, n)));
}

Value file_readlines(Interp& I, FileObj* f) {
  check_readable(I, f);
  std::vector<Value> lines;
  while (f->pos < f->data.size()) lines.push_back(file_readline(I, f));
  return new_list(std::move(lines));
}

int64_t file_write(Interp& I, FileObj* f, const Value& data) {
  check_open(I, f);
  if (!f->writable) unsupported(I, "not writable");
  std::string_view bytes;
  int64_t count = 0;
  if (f->binary) {
    if (!data.is(Type::Bytes)) type_error("a bytes-like object is required, not " + quoted_type(data));
    bytes = data.as<BytesObj>()->s;
    count = static_cast<int64_t>(bytes.size());
  } else {
    const StrObj* s = as_str(data);
    if (!s) type_error("write() argument must be str, not " + type_name(data));
    bytes = s->s;
    count = utf8_length(bytes);
  }
  if (f->append) f->pos = f->data.size();
  if (f->pos + bytes.size() > f->data.size()) {
    // A write far past the end (after a big seek) must meet the memory cap
    // before it allocates, as a MemoryError rather than a crash.
    const auto grow = static_cast<int64_t>(f->pos + bytes.size() - f->data.size());
    mem_add(grow);
    mem_sub(grow);
  }
  if (f->pos > f->data.size()) f->data.resize(f->pos, '\0');
  f->data.replace(f->pos, std::min(bytes.size(), f->data.size() - f->pos), bytes);
  f->pos += bytes.size();
  f->dirty = true;
  f->track();
  return count;
}

void file_flush(Interp& I, FileObj* f) {
  check_open(I, f);
  if (!f->dirty) return;
  std::ofstream out(f->real, std::ios::binary | std::ios::trunc);
  out << f->data;
  if (!out) raise_os_error(I, I.cls.OSError, 28, "No space left on device", f->name);
  f->dirty = false;
}

void file_close(Interp& I, FileObj* f) {
  if (f->closed) return;
  file_flush(I, f);
  f->closed = true;
  f->data.clear();
  f->data.shrink_to_fit();
  f->track();
}

trace::Nanos disk_bytes_time(Interp& I, int64_t n) {
  const net::Sandbox& sb = sandbox(I);
  return n > 0 ? sb.disk_time(n) - sb.disk_time(0) : 0;
}

int64_t moved_bytes(const Value& v) {
  if (v.is(Type::Bytes)) return static_cast<int64_t>(v.as<BytesObj>()->s.size());
  if (const StrObj* s = as_str(v)) return static_cast<int64_t>(s->s.size());
  if (v.is(Type::List)) {
    int64_t n = 0;
    for (const Value& x : v.as<ListObj>()->items) n += moved_bytes(x);
    return n;
  }
  return 0;
}

}  // namespace ls::py::netmod
