// Python exceptions: the class hierarchy, the C++ carriers, conversion of the
// loop's own errors, and CPython-style tracebacks.
#include <ostream>

#include "python/interpreter.h"
#include "python/text/error.h"

namespace ls::py {

const char* PyException::what() const noexcept {
  if (what_.empty()) {
    try {
      what_ = interp().exception_line(exc);
    } catch (...) {
      what_ = "exception";
    }
  }
  return what_.c_str();
}

ExceptionObj* as_exception(const Value& v) { return v.is(Type::Exception) ? v.as<ExceptionObj>() : nullptr; }

Value make_exception(ClassObj* cls, std::vector<Value> args) {
  auto* e = new ExceptionObj(Value(cls));
  Value v(e);
  e->args = new_tuple(std::move(args));
  return v;
}

Value make_exception(ClassObj* cls, std::string msg) {
  std::vector<Value> args;
  args.push_back(new_str(std::move(msg)));
  return make_exception(cls, std::move(args));
}

void raise(const Value& exc) {
  Interp& I = interp();
  if (I.isinstance(exc, I.cls.CancelledError)) {
    auto& args = exc.as<ExceptionObj>()->args.as<TupleObj>()->items;
    throw PyCancelled(exc, args.empty() ? std::string() : str(args[0]));
  }
  throw PyException(exc);
}

void raise_error(ClassObj* cls, std::string msg) { raise(make_exception(cls, std::move(msg))); }
void type_error(std::string msg) { raise_error(interp().cls.TypeError, std::move(msg)); }
void value_error(std::string msg) { raise_error(interp().cls.ValueError, std::move(msg)); }
void raise_memory_error() { raise(make_exception(interp().cls.MemoryError, std::vector<Value>{})); }

bool is_abort(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const RunAborted&) {
    return true;
  } catch (...) {
    return false;
  }
}

Value exception_value(std::exception_ptr e) {
  Interp& I = interp();
  try {
    std::rethrow_exception(e);
  } catch (const PyException& x) {
    return x.exc;
  } catch (const PyCancelled& x) {
    return x.exc;
  } catch (const loop::CancelledError& x) {
    std::vector<Value> args;
    if (!x.message().empty()) args.push_back(new_str(x.message()));
    return make_exception(I.cls.CancelledError, std::move(args));
  } catch (const loop::TimeoutError&) {
    return make_exception(I.cls.TimeoutError, std::vector<Value>{});
  } catch (const loop::QueueFull&) {
    return make_exception(I.cls.QueueFull, std::vector<Value>{});
  } catch (const loop::QueueEmpty&) {
    return make_exception(I.cls.QueueEmpty, std::vector<Value>{});
  } catch (const loop::InvalidStateError& x) {
    return make_exception(I.cls.InvalidStateError, x.what());
  } catch (const loop::LoopMisuseError& x) {
    return make_exception(I.cls.RuntimeError, x.what());
  } catch (const text::TextError& x) {
    return make_exception(x.kind() == text::PyErrorKind::OverflowError ? I.cls.OverflowError : I.cls.ValueError, x.what());
  } catch (const std::invalid_argument& x) {
    return make_exception(I.cls.ValueError, x.what());
  } catch (const std::bad_alloc&) {
    return make_exception(I.cls.MemoryError, std::vector<Value>{});
  } catch (const RunAborted&) {
    throw;
  } catch (const std::exception& x) {
    return make_exception(I.cls.RuntimeError, x.what());
  }
}

// Adds the frame (function name, current line) to the in-flight exception's
// traceback and rethrows it, turning non-Python C++ errors into Python ones.
void Interp::add_traceback(std::exception_ptr ep, const std::string& func, uint32_t line) {
  try {
    std::rethrow_exception(ep);
  } catch (PyException& e) {
    as_exception(e.exc)->tb.push_back({func, line});
    throw;
  } catch (PyCancelled& e) {
    as_exception(e.exc)->tb.push_back({func, line});
    throw;
  } catch (RunAborted&) {
    throw;
  } catch (...) {
    Value v = exception_value(std::current_exception());
    as_exception(v)->tb.push_back({func, line});
    raise(v);
  }
}

std::string Interp::exception_line(const Value& exc) {
  ClassObj* c = class_of(exc);
  std::string name = c->name;
  if (c == cls.CancelledError || c == cls.InvalidStateError) name = "asyncio.exceptions." + name;
  else if (c == cls.QueueEmpty || c == cls.QueueFull) name = "asyncio.queues." + name;
  else if (auto m = c->dict.find(id.module); m != c->dict.end() && as_str(m->second))
    name = as_str(m->second)->s + "." + name;  // a library's own class: requests.exceptions.HTTPError
  std::string msg = str(exc);
  return msg.empty() ? name : name + ": " + msg;
}

void Interp::print_exception(const Value& exc) {
  flush_output();
  err_ << format_exception(exc);
  err_.flush();
}

std::string Interp::format_exception(const Value& exc) {
  auto* e = as_exception(exc);
  if (!e) return repr(exc) + "\n";
  std::string out;
  if (as_exception(e->cause)) {
    out += format_exception(e->cause);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (as_exception(e->context)) {
    out += format_exception(e->context);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!e->tb.empty()) {
    out += "Traceback (most recent call last):\n";
    // As CPython's traceback.StackSummary.format: a frame repeated more than
    // three times in a row (deep recursion) prints three times, then a count.
    constexpr int kRecursiveCutoff = 3;
    const TbEntry* last = nullptr;
    int count = 0;
    auto repeated = [&out](int n) {
      out += "  [Previous line repeated " + std::to_string(n) + " more time" + (n > 1 ? "s" : "") + "]\n";
    };
    for (auto it = e->tb.rbegin(); it != e->tb.rend(); ++it) {
      if (!last || last->line != it->line || last->func != it->func) {
        if (count > kRecursiveCutoff) repeated(count - kRecursiveCutoff);
        last = &*it;
        count = 0;
      }
      if (++count > kRecursiveCutoff) continue;
      out += "  File \"" + file_name() + "\", line " + std::to_string(it->line) + ", in " + it->func + "\n";
      std::string_view src = source_line(it->line);
      while (!src.empty() && (src.front() == ' ' || src.front() == '\t')) src.remove_prefix(1);
      while (!src.empty() && (src.back() == ' ' || src.back() == '\r')) src.remove_suffix(1);
      if (!src.empty()) {
        out += "    ";
        out += src;
        out += "\n";
      }
    }
    if (count > kRecursiveCutoff) repeated(count - kRecursiveCutoff);
  }
  out += exception_line(exc);
  out += "\n";
  return out;
}

namespace {

Value base_exception_init(Interp&, Args& a) {
  auto* e = as_exception(*a.self);
  if (!e) type_error("descriptor '__init__' requires a 'BaseException' object");
  e->args = new_tuple(std::vector<Value>(a.pos, a.pos + a.n));
  return Value();
}

Value exception_ctor(Interp& I, Args& a) {
  // Called with the class as self (see Interp::instantiate).
  auto* c = a.self->as<ClassObj>();
  (void)I;
  return make_exception(c, std::vector<Value>(a.pos, a.pos + a.n));
}

Value base_exception_with_traceback(Interp&, Args& a) { return *a.self; }

}  // namespace

void Interp::setup_exceptions() {
  auto mk = [&](const char* name, ClassObj* base) {
    ClassObj* c = new_class(name, base ? std::vector<Value>{Value(base)} : std::vector<Value>{Value(cls.object)},
                            BuiltinType::BaseException, &exception_ctor);
    c->is_exception = true;
    builtins_by_name_[name] = Value(c);
    return c;
  };
  cls.BaseException = mk("BaseException", nullptr);
  add_method(cls.BaseException, "__init__", &base_exception_init);
  add_method(cls.BaseException, "with_traceback", &base_exception_with_traceback);
  cls.Exception = mk("Exception", cls.BaseException);
  cls.SystemExit = mk("SystemExit", cls.BaseException);
  cls.KeyboardInterrupt = mk("KeyboardInterrupt", cls.BaseException);
  cls.GeneratorExit = mk("GeneratorExit", cls.BaseException);
  cls.ArithmeticError = mk("ArithmeticError", cls.Exception);
  cls.ZeroDivisionError = mk("ZeroDivisionError", cls.ArithmeticError);
  cls.OverflowError = mk("OverflowError", cls.ArithmeticError);
  cls.LookupError = mk("LookupError", cls.Exception);
  cls.KeyError = mk("KeyError", cls.LookupError);
  cls.IndexError = mk("IndexError", cls.LookupError);
  cls.ValueError = mk("ValueError", cls.Exception);
  cls.UnicodeError = mk("UnicodeError", cls.ValueError);
  cls.TypeError = mk("TypeError", cls.Exception);
  cls.RuntimeError = mk("RuntimeError", cls.Exception);
  cls.RecursionError = mk("RecursionError", cls.RuntimeError);
  cls.NotImplementedError = mk("NotImplementedError", cls.RuntimeError);
  cls.AttributeError = mk("AttributeError", cls.Exception);
  cls.NameError = mk("NameError", cls.Exception);
  cls.UnboundLocalError = mk("UnboundLocalError", cls.NameError);
  cls.StopIteration = mk("StopIteration", cls.Exception);
  cls.StopAsyncIteration = mk("StopAsyncIteration", cls.Exception);
  cls.MemoryError = mk("MemoryError", cls.Exception);
  cls.AssertionError = mk("AssertionError", cls.Exception);
  cls.ImportError = mk("ImportError", cls.Exception);
  cls.ModuleNotFoundError = mk("ModuleNotFoundError", cls.ImportError);
  cls.OSError = mk("OSError", cls.Exception);
  builtins_by_name_["IOError"] = Value(cls.OSError);
  builtins_by_name_["EnvironmentError"] = Value(cls.OSError);
  cls.PermissionError = mk("PermissionError", cls.OSError);
  cls.FileNotFoundError = mk("FileNotFoundError", cls.OSError);
  cls.TimeoutError = mk("TimeoutError", cls.OSError);
  cls.ConnectionError = mk("ConnectionError", cls.OSError);
  mk("ConnectionResetError", cls.ConnectionError);
  mk("ConnectionRefusedError", cls.ConnectionError);
  mk("FileExistsError", cls.OSError);
  mk("IsADirectoryError", cls.OSError);
  mk("BlockingIOError", cls.OSError);
  mk("Warning", cls.Exception);
  // asyncio's own; CancelledError is a BaseException since 3.8.
  cls.CancelledError = mk("CancelledError", cls.BaseException);
  cls.InvalidStateError = mk("InvalidStateError", cls.Exception);
  cls.QueueEmpty = mk("QueueEmpty", cls.Exception);
  cls.QueueFull = mk("QueueFull", cls.Exception);
  for (const char* n : {"CancelledError", "InvalidStateError", "QueueEmpty", "QueueFull"}) builtins_by_name_.erase(n);
}

}  // namespace ls::py
