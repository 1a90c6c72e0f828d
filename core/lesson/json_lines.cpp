#include "lesson/json_lines.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "python/utf8.h"

namespace ls::lesson::json {

namespace {

constexpr int kMaxDepth = 64;

class Reader {
 public:
  explicit Reader(std::string_view t) : t_(t) {}

  bool document(Value& out, Error& err) {
    if (!value(out, 0)) return fail_out(err);
    skip_space();
    if (pos_ != t_.size()) {
      msg_ = "unexpected text after the end of the JSON document";
      return fail_out(err);
    }
    return true;
  }

 private:
  bool fail_out(Error& err) {
    err.line = line_;
    err.message = msg_;
    return false;
  }
  bool fail(std::string m) {
    msg_ = std::move(m);
    return false;
  }

  void skip_space() {
    while (pos_ < t_.size()) {
      const char c = t_[pos_];
      if (c == '\n') ++line_;
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
      ++pos_;
    }
  }

  bool literal(std::string_view word) {
    if (t_.substr(pos_, word.size()) != word) return fail("unexpected text; expected a JSON value");
    pos_ += word.size();
    return true;
  }

  bool value(Value& v, int depth) {
    if (depth > kMaxDepth) return fail("JSON nested more than 64 levels deep");
    skip_space();
    if (pos_ >= t_.size()) return fail("the JSON ends where a value was expected");
    v.line = line_;
    v.begin = pos_;
    const char c = t_[pos_];
    bool ok = false;
    if (c == '{') ok = object(v, depth);
    else if (c == '[') ok = array(v, depth);
    else if (c == '"') { v.kind = Value::Kind::String; ok = string(v.text); }
    else if (c == 't') { v.kind = Value::Kind::Bool; v.boolean = true; ok = literal("true"); }
    else if (c == 'f') { v.kind = Value::Kind::Bool; ok = literal("false"); }
    else if (c == 'n') { v.kind = Value::Kind::Null; ok = literal("null"); }
    else if (c == '-' || (c >= '0' && c <= '9')) ok = number(v);
    else ok = fail(std::string("unexpected character '") + c + "'; expected a JSON value");
    v.end = pos_;
    return ok;
  }

  bool object(Value& v, int depth) {
    v.kind = Value::Kind::Object;
    ++pos_;
    skip_space();
    if (pos_ < t_.size() && t_[pos_] == '}') return ++pos_, true;
    for (;;) {
      skip_space();
      if (pos_ >= t_.size() || t_[pos_] != '"') return fail("expected a quoted key");
      const int key_line = line_;
      std::string key;
      if (!string(key)) return false;
      skip_space();
      if (pos_ >= t_.size() || t_[pos_] != ':') return fail("expected ':' after the key \"" + key + "\"");
      ++pos_;
      Value member;
      if (!value(member, depth + 1)) return false;
      for (const auto& m : v.members)
        if (m.first == key) return fail("the key \"" + key + "\" appears twice");
      v.members.emplace_back(std::move(key), std::move(member));
      v.key_lines.push_back(key_line);
      skip_space();
      if (pos_ < t_.size() && t_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < t_.size() && t_[pos_] == '}') return ++pos_, true;
      return fail("expected ',' or '}' in an object");
    }
  }

  bool array(Value& v, int depth) {
    v.kind = Value::Kind::Array;
    ++pos_;
    skip_space();
    if (pos_ < t_.size() && t_[pos_] == ']') return ++pos_, true;
    for (;;) {
      Value item;
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      skip_space();
      if (pos_ < t_.size() && t_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < t_.size() && t_[pos_] == ']') return ++pos_, true;
      return fail("expected ',' or ']' in a list");
    }
  }

  bool hex4(unsigned& cp) {
    if (pos_ + 4 > t_.size()) return fail("a \\u escape needs four hex digits");
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = t_[pos_++];
      const int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                  : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0) return fail("a \\u escape needs four hex digits");
      cp = cp * 16 + static_cast<unsigned>(d);
    }
    return true;
  }

  bool string(std::string& out) {
    ++pos_;  // the opening quote
    while (pos_ < t_.size()) {
      const char c = t_[pos_++];
      if (c == '"') return true;
      if (c == '\n') return fail("a string runs past the end of its line");
      if (static_cast<unsigned char>(c) < 0x20) return fail("a control character inside a string");
      if (c != '\\') { out += c; continue; }
      if (pos_ >= t_.size()) break;
      const char e = t_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          // A surrogate pair spells one code point beyond U+FFFF.
          if (cp >= 0xD800 && cp < 0xDC00 && t_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            unsigned lo = 0;
            if (!hex4(lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF) return fail("a broken \\u surrogate pair");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            return fail("a broken \\u surrogate pair");
          }
          py::utf8::encode(static_cast<char32_t>(cp), out);
          break;
        }
        default: return fail(std::string("unknown escape '\\") + e + "' in a string");
      }
    }
    return fail("a string is not closed");
  }

  bool number(Value& v) {
    v.kind = Value::Kind::Number;
    const std::size_t start = pos_;
    if (t_[pos_] == '-') ++pos_;
    auto digits = [&] {
      const std::size_t d = pos_;
      while (pos_ < t_.size() && t_[pos_] >= '0' && t_[pos_] <= '9') ++pos_;
      return pos_ > d;
    };
    if (pos_ < t_.size() && t_[pos_] == '0') ++pos_;
    else if (!digits()) return fail("a number needs digits");
    v.integral = true;
    if (pos_ < t_.size() && t_[pos_] == '.') {
      ++pos_;
      v.integral = false;
      if (!digits()) return fail("a number needs digits after '.'");
    }
    if (pos_ < t_.size() && (t_[pos_] == 'e' || t_[pos_] == 'E')) {
      ++pos_;
      v.integral = false;
      if (pos_ < t_.size() && (t_[pos_] == '+' || t_[pos_] == '-')) ++pos_;
      if (!digits()) return fail("a number needs digits in its exponent");
    }
    const std::string s(t_.substr(start, pos_ - start));
    v.number = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(v.number)) return fail("the number " + s + " is too large");
    return true;
  }

  std::string_view t_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::string msg_;
};

}  // namespace

bool parse(std::string_view text, Value& out, Error& error) {
  out = Value{};
  return Reader(text).document(out, error);
}

const char* kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return "true/false";
    case Value::Kind::Number: return "a number";
    case Value::Kind::String: return "a string";
    case Value::Kind::Array: return "a list";
    case Value::Kind::Object: return "an object";
  }
  return "a value";
}

}  // namespace ls::lesson::json
