// BigInt: the arbitrary-precision integer behind Python ints that do not fit
// in 64 bits. Pure arithmetic, no interpreter types: the evaluator keeps small
// ints inline (Value::integer) and only promotes to a BigInt when an
// operation overflows int64, then demotes results that fit again (int_big.cpp).
//
// Representation: sign and magnitude. `mag_` holds 32-bit limbs, least
// significant first, with no high zero limbs; zero is an empty magnitude and
// is never negative. Division, modulo, shifts and the bitwise operators follow
// Python (floor division, infinite two's complement for negatives).
//
// Long operations call BigInt::poll between rows so a runaway computation
// (10 ** 10 ** 7) can be stopped by the run's time limit; poll may throw.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ls::py {

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t v);
  // Truncates toward zero; d must be finite.
  static BigInt from_double(double d);
  // `digits`: one or more ASCII digits valid in `base` (2..36), no sign,
  // prefix or underscores (the caller has checked the syntax).
  static BigInt from_digits(std::string_view digits, int base, bool negative);

  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  bool fits_int64() const;
  int64_t to_int64() const;  // only when fits_int64()
  // Correctly rounded (ties to even), like CPython's int.__float__; +-inf
  // when the magnitude is 2**1024 or more.
  double to_double() const;
  // Digits in base 2..36 (lowercase), with a leading '-' for negatives.
  std::string to_string(int base = 10) const;
  uint64_t bit_length() const;  // of the magnitude, 0 for zero
  size_t limb_count() const { return mag_.size(); }
  // Python's hash(): |x| mod (2**61 - 1) carrying x's sign, -1 becomes -2.
  int64_t hash() const;

  // <0, 0, >0 as a is less than, equal to or greater than b.
  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  BigInt abs() const;
  // Floor quotient and the remainder with the divisor's sign; b != 0.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static BigInt pow(const BigInt& base, uint64_t exp);
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // floor(x / 2**n), as Python's >>
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -x - 1

  // Called between rows of long operations; may throw to abandon them.
  static inline void (*poll)() = nullptr;

 private:
  using Limbs = std::vector<uint32_t>;
  static void trim(Limbs& m);
  static int compare_mag(const Limbs& a, const Limbs& b);
  static Limbs add_mag(const Limbs& a, const Limbs& b);
  static Limbs sub_mag(const Limbs& a, const Limbs& b);  // requires a >= b
  static Limbs mul_mag(const Limbs& a, const Limbs& b);
  static void divmod_mag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r);
  static BigInt from_mag(Limbs m, bool negative);
  // Infinite two's complement, truncated to n limbs (n > the magnitude's size).
  Limbs twos(size_t n) const;
  static BigInt from_twos(Limbs t);
  template <class Op>
  static BigInt bitwise(const BigInt& a, const BigInt& b, Op op);

  bool neg_ = false;
  Limbs mag_;
};

}  // namespace ls::py
