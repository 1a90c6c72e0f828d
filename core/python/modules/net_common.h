// What the I/O modules (requests, aiohttp, aiofiles, open()) share: access to
// the run's simulated network and sandbox, native classes whose objects carry
// C++ state, exceptions that belong to a library module, and the conversions
// of response bodies into Python values.
//
// Objects of these modules are InstanceObj subclasses (Type::Instance), so the
// evaluator's instance paths give them repr via __repr__, iteration via
// __iter__, `with`/`async with` and attribute storage for free. Natives check
// their receiver with self_as<T>() before touching the C++ state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "net/sandbox.h"
#include "net/sim_network.h"
#include "python/interpreter.h"

namespace ls::py::netmod {

// The run's network and sandbox; RuntimeError when the run has none.
net::SimNetwork& network(Interp& I);
net::Sandbox& sandbox(Interp& I);

// A class for objects a module makes (not instantiable from Python unless a
// ctor is given).
ClassObj* object_class(Interp& I, const char* name, NativeFn ctor = nullptr);
// A read-only attribute computed on access: fn gets the object as a[0].
void add_property(Interp& I, ClassObj* c, const char* name, NativeFn fn);
// An exception class of a library module ("requests.exceptions"): tracebacks
// name it module.Name as CPython does, and it is set on `m` under its name.
ClassObj* exception_class(Interp& I, ModuleObj* m, const char* module_name, const char* name,
                          std::vector<ClassObj*> bases);

// The receiver as T, or TypeError naming what was expected.
template <class T>
T* self_as(const Args& a, const char* what) {
  T* p = a.self && a.self->is(Type::Instance) ? dynamic_cast<T*>(a.self->obj()) : nullptr;
  if (!p) type_error(std::string("descriptor needs a '") + what + "' object");
  return p;
}
template <class T>
T* value_as(const Value& v) {
  return v.is(Type::Instance) ? dynamic_cast<T*>(v.obj()) : nullptr;
}

// Sets an instance attribute by name.
void set_field(Interp& I, InstanceObj* o, const char* name, Value v);

// UTF-8 text from bytes, invalid sequences replaced by U+FFFD (the
// errors="replace" decoding requests' .text effectively gives).
std::string decode_replace(std::string_view bytes);
// The charset of a Content-Type header ("" when it names none).
std::string charset_of(std::string_view content_type);
// Parses JSON into Python values (objects keep their key order). Bad JSON
// raises `error_cls` with json's "Expecting value: line 1 column 1 (char 0)".
Value json_to_value(Interp& I, std::string_view text, ClassObj* error_cls);
// A response's headers as a dict.
Value headers_dict(const net::Response& r);

// OSError subclasses as CPython makes them: args (errno, strerror) plus the
// errno, strerror and filename attributes; str() gives
// "[Errno 13] Permission denied: 'path'".
[[noreturn]] void raise_os_error(Interp& I, ClassObj* cls, int err, const char* strerror, std::string_view filename);
// A SandboxError as PermissionError (or ValueError for an embedded NUL).
[[noreturn]] void raise_sandbox_error(Interp& I, const net::SandboxError& e);

// The str() of an OSError that carries errno/strerror (nullopt otherwise);
// value.cpp's str() asks this first.
std::optional<std::string> os_error_str(Interp& I, const Value& exc);

}  // namespace ls::py::netmod
