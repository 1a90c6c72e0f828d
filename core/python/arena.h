// Arena: bump allocation for the AST. A Program's nodes, lists and decoded
// strings all live in one Arena and die with it at once.
//
// Only trivially destructible types may be allocated (checked at compile
// time): no destructor ever runs, so freeing a tree of any depth is a few
// block frees and can never recurse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ls::py {

// An immutable array in an Arena: pointer + length, cheap to copy, iterable.
template <class T>
class Seq {
 public:
  Seq() = default;
  Seq(T* data, uint32_t size) : data_(data), size_(size) {}

  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  T& operator[](uint32_t i) const { return data_[i]; }
  T& front() const { return data_[0]; }
  T& back() const { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  uint32_t size_ = 0;
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align) {
    size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + size > capacity_) {
      capacity_ = size > kBlockSize ? size : kBlockSize;
      blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(capacity_));
      offset = 0;
    }
    used_ = offset + size;
    total_ += size;
    return blocks_.back().get() + offset;
  }

  // A value-initialised T.
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "Arena never runs destructors");
    return new (allocate(sizeof(T), alignof(T))) T{};
  }

  template <class T>
  Seq<T> copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_destructible_v<T>, "Arena never runs destructors");
    if (items.empty()) return {};
    T* data = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    for (size_t i = 0; i < items.size(); ++i) new (data + i) T(items[i]);
    return {data, static_cast<uint32_t>(items.size())};
  }

  std::string_view copy_string(std::string_view s) {
    if (s.empty()) return {};
    char* data = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(data, s.data(), s.size());
    return {data, s.size()};
  }

  // Bytes handed out so far (for tests and statistics).
  size_t bytes_allocated() const { return total_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  size_t capacity_ = 0;  // size of the current (last) block
  size_t used_ = 0;      // bytes used in the current block
  size_t total_ = 0;
};

}  // namespace ls::py
