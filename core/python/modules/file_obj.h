// A file of the run's sandbox, as open() and aiofiles.open() see it.
//
// The file's bytes live in memory while it is open (teaching programs write
// kilobytes, not gigabytes, and the memory cap still applies): opening loads
// what is there (truncating for "w"), reads and writes move through the buffer,
// and flush/close writes the buffer back when anything changed. That gives
// every mode ("r", "w", "a", "x", each with "b" and "+") one simple model.
//
// The operations here take no time: open() charges the loop for them (a
// blocking span), aiofiles awaits an I/O wait of the same length instead.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "python/modules/net_common.h"

namespace ls::py::netmod {

// The classes open() uses, made once per run by setup_io_builtins (io.cpp).
struct IoClasses {
  ClassObj* text = nullptr;             // _io.TextIOWrapper
  ClassObj* reader = nullptr;           // _io.BufferedReader ("rb")
  ClassObj* writer = nullptr;           // _io.BufferedWriter ("wb", "ab", "xb")
  ClassObj* random = nullptr;           // _io.BufferedRandom ("r+b", ...)
  ClassObj* unsupported = nullptr;      // io.UnsupportedOperation
  ClassObj* is_a_directory = nullptr;   // IsADirectoryError
  ClassObj* file_exists = nullptr;      // FileExistsError
};
IoClasses& io_classes();  // the running interpreter's (one run per thread)
// The class open() gives a file of this mode.
ClassObj* file_class_for(std::string_view mode);

struct FileObj final : InstanceObj {
  explicit FileObj(Value cls) : InstanceObj(std::move(cls)) {}
  ~FileObj() override;

  std::string name;             // the path as the program wrote it
  std::string mode;             // as given ("r", "wb", ...)
  std::filesystem::path real;   // inside the sandbox
  bool readable = false, writable = false, append = false, binary = false;
  bool closed = false, dirty = false;
  std::string data;             // the file's bytes
  size_t pos = 0;               // byte offset of the next read or write
  int64_t tracked = 0;          // bytes the memory cap has been told about
  void track();                 // tells the memory cap about data's size
};

// Opens `path` in `mode` inside the sandbox (Python's errors: PermissionError
// outside it, FileNotFoundError, IsADirectoryError, FileExistsError,
// ValueError for a bad mode).
Value file_open(Interp& I, const Value& path, const Value& mode);

// The operations (no time charged). Each raises ValueError on a closed file
// and io.UnsupportedOperation when the mode does not allow it.
Value file_read(Interp& I, FileObj* f, int64_t size);  // size < 0: to the end
Value file_readline(Interp& I, FileObj* f);            // "" / b"" at the end
Value file_readlines(Interp& I, FileObj* f);
int64_t file_write(Interp& I, FileObj* f, const Value& data);  // chars (text) or bytes written
void file_flush(Interp& I, FileObj* f);
void file_close(Interp& I, FileObj* f);

// Virtual time a blocking open() takes: a file-system call with the page
// cache warm, not a disk seek. Measured here with CPython: open + close of a
// small file 17-23 us; the sandbox's 5 ms disk latency would make a program
// that opens a file per download reorder its tasks, which CPython does not.
constexpr trace::Nanos kOpenTime = 20'000;
// Virtual time moving n bytes through a buffered file takes (the disk's
// throughput; no per-call latency: CPython writes 1 KiB in about 5 us).
trace::Nanos disk_bytes_time(Interp& I, int64_t n);
// Bytes a read or write result moves (for the time it takes).
int64_t moved_bytes(const Value& v);

}  // namespace ls::py::netmod
