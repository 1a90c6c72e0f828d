// Python semantics of values that do not need a frame: truthiness, equality,
// hashing, ordering, repr/str, arithmetic, and the exceptions that carry
// Python errors through C++ (and through the event loop).
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "loop/errors.h"
#include "python/ast.h"
#include "python/object.h"

namespace ls::py {

// ---- exceptions as C++ exceptions -----------------------------------------------
// A Python exception travels as PyException, except CancelledError (and its
// subclasses), which travels as PyCancelled so that the loop recognises a
// Python-raised cancellation as one. what() is "Type: message", which is what
// the loop's logs and the trace show.
struct PyException final : std::exception {
  explicit PyException(Value e) : exc(std::move(e)) {}
  const char* what() const noexcept override;
  Value exc;  // an ExceptionObj
  mutable std::string what_;
};

struct PyCancelled final : loop::CancelledError {
  PyCancelled(Value e, std::string msg) : loop::CancelledError(std::move(msg)), exc(std::move(e)) {}
  Value exc;
};

// The run must stop now (time limit, interpreter abort): Python code cannot
// catch it, and it unwinds through every frame and task.
struct RunAborted final : std::exception {
  explicit RunAborted(std::string m) : msg(std::move(m)) {}
  const char* what() const noexcept override { return msg.c_str(); }
  std::string msg;
};

[[noreturn]] void raise(const Value& exc);
[[noreturn]] void raise_error(ClassObj* cls, std::string msg);
[[noreturn]] void type_error(std::string msg);
[[noreturn]] void value_error(std::string msg);
// The Python exception an in-flight C++ exception stands for (loop errors
// become CancelledError, TimeoutError, RuntimeError...). RunAborted is not
// convertible: callers must let it pass (is_abort()).
Value exception_value(std::exception_ptr e);
bool is_abort(std::exception_ptr e);
// A new exception instance of cls with the given args.
Value make_exception(ClassObj* cls, std::vector<Value> args);
Value make_exception(ClassObj* cls, std::string msg);
ExceptionObj* as_exception(const Value& v);

// ---- value semantics -------------------------------------------------------------
bool truthy(const Value& v);
bool py_eq(const Value& a, const Value& b);
uint64_t py_hash(const Value& v);
// a < b etc. for CmpOp Lt/LtE/Gt/GtE (raises TypeError for unorderable).
bool py_less(const Value& a, const Value& b);
bool compare(ast::CmpOp op, const Value& a, const Value& b);
bool contains(const Value& container, const Value& item);

std::string repr(const Value& v);
std::string str(const Value& v);
std::string type_name(const Value& v);
// "'int'": the type's name in quotes, as error messages show it. (Built by
// appending: `"'" + std::string&&` trips GCC 12's -Wrestrict false positive.)
std::string quoted_type(const Value& v);

Value binop(ast::BinOpKind op, const Value& a, const Value& b);
// a op= b: lists extend in place, everything else as binop.
Value inplace_binop(ast::BinOpKind op, const Value& a, const Value& b);
Value unaryop(ast::UnaryOpKind op, const Value& v);

// ---- ints of any size (int_big.cpp) -----------------------------------------------
// An int is Value::integer while it fits in int64 and a BigIntObj past that.
inline bool is_integer(const Value& v) { return v.is_intlike() || v.is(Type::BigInt); }
// The int with value b, small when it fits.
Value int_value(BigInt b);
BigInt to_bigint(const Value& v);  // v is_integer
// float(v) for an int; OverflowError "int too large to convert to float".
double int_to_double(const Value& v);
// a op b for two ints when the int64 fast path overflows or either is big.
Value big_binop(ast::BinOpKind op, const Value& a, const Value& b);
Value int_negate(const Value& v);
// <0, 0, >0: an int against an int, or against a finite or infinite float (not NaN).
int compare_ints(const Value& a, const Value& b);
int compare_int_float(const Value& i, double f);
// str() of an int; ValueError past CPython 3.11's 4300-digit limit.
std::string int_to_text(const Value& v);
std::string format_integer(const Value& v, std::string_view spec);
// int(text, base) with CPython's syntax and messages (base already checked).
Value parse_int_value(std::string_view text, int base);
// int(float): truncates; ValueError for NaN, OverflowError for infinities.
Value int_from_double(double d);
uint64_t hash_bigint(const Value& v);
// pow(base, exp, mod) when any of them is big.
Value big_pow_mod(const Value& base, const Value& exp, const Value& mod);

// ---- numbers and text ------------------------------------------------------------
std::string float_repr(double d);
std::string int_to_string(int64_t i);
// Python's `format(value, spec)` for int, float and str.
std::string format_value(const Value& v, std::string_view spec);
std::string str_repr(std::string_view s);
int64_t utf8_length(std::string_view s);
// Byte offset of code point i (0 <= i <= length).
size_t utf8_offset(std::string_view s, int64_t i);

// Index normalisation for sequences: Python's negative indexes; raises
// IndexError("<what> index out of range") when out of range.
int64_t seq_index(int64_t i, int64_t len, const char* what);
// Converts v to int64 for an index or count (int or bool; else TypeError).
int64_t to_index(const Value& v, const char* what = "indices");
// Slice bounds for a sequence of length len (CPython's PySlice_AdjustIndices).
struct SliceBounds {
  int64_t start, stop, step, count;
};
SliceBounds slice_bounds(const Value& lower, const Value& upper, const Value& step, int64_t len);

}  // namespace ls::py
