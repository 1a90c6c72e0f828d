// A small JSON reader that remembers the line of every value and key, so a bad
// network.json can be reported as file:line. (nlohmann::json keeps no positions.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ls::lesson::json {

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  int line = 0;            // where the value starts
  bool boolean = false;
  double number = 0;
  bool integral = false;   // written without '.', 'e' or 'E'
  std::string text;        // String: the decoded text
  std::vector<Value> items;                         // Array
  std::vector<std::pair<std::string, Value>> members;  // Object, in file order
  std::vector<int> key_lines;                       // Object: line of each key
  std::size_t begin = 0, end = 0;                   // the value's bytes in the source
};

struct Error {
  int line = 0;
  std::string message;
};

// Parses one JSON document (RFC 8259, nesting capped at 64 levels). On failure
// returns false and fills `error`.
bool parse(std::string_view text, Value& out, Error& error);

const char* kind_name(Value::Kind k);

}  // namespace ls::lesson::json
