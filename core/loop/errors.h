// The exceptions the loop raises, named after asyncio's. Python's own exception
// carriers (core/python) derive from these so a Python `except
// asyncio.CancelledError` and the loop agree on what a cancellation is.
#pragma once

#include <stdexcept>
#include <string>

namespace ls::loop {

// Thrown into a task at its current await when it is cancelled.
class CancelledError : public std::exception {
 public:
  CancelledError() = default;
  explicit CancelledError(std::string msg) : msg_(std::move(msg)) {}
  const char* what() const noexcept override { return msg_.empty() ? "CancelledError" : msg_.c_str(); }
  const std::string& message() const { return msg_; }

 private:
  std::string msg_;
};

// wait_for / timeout ran out.
class TimeoutError : public std::runtime_error {
 public:
  TimeoutError() : std::runtime_error("TimeoutError") {}
  explicit TimeoutError(const std::string& m) : std::runtime_error(m) {}
};

// A future's result asked for before it is done, or set twice.
class InvalidStateError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

// Misuse of the loop: running it twice at once, awaiting a coroutine twice...
class LoopMisuseError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace ls::loop

namespace ls::loop {

// Queue.put_nowait on a full queue / get_nowait on an empty one.
class QueueFull : public std::runtime_error {
 public:
  QueueFull() : std::runtime_error("QueueFull") {}
};
class QueueEmpty : public std::runtime_error {
 public:
  QueueEmpty() : std::runtime_error("QueueEmpty") {}
};

}  // namespace ls::loop
