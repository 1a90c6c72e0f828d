// BigInt arithmetic: schoolbook multiplication and Knuth's algorithm D for
// division (Hacker's Delight's divmnu formulation). Teaching programs use
// numbers of a few hundred digits at most (factorials, 2 ** 100), where the
// quadratic algorithms are the fast ones; str() of an int is capped at 4300
// digits as in CPython 3.11, which bounds the conversion cost too.
#include "python/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace ls::py {

namespace {

constexpr uint64_t kBase = uint64_t{1} << 32;
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// Rows of work between two polls: cheap enough to be frequent, rare enough
// to cost nothing on small numbers.
constexpr size_t kPollLimbs = 64;

void maybe_poll(size_t row_limbs) {
  if (BigInt::poll && row_limbs >= kPollLimbs) BigInt::poll();
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// The largest power of `base` that fits in a limb, and its exponent.
void chunk_of(int base, uint32_t& power, int& digits) {
  uint64_t p = static_cast<uint64_t>(base);
  digits = 1;
  while (p * static_cast<uint64_t>(base) < kBase) {
    p *= static_cast<uint64_t>(base);
    ++digits;
  }
  power = static_cast<uint32_t>(p);
}

}  // namespace

// ---- construction and conversion -------------------------------------------------

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (m) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

void BigInt::trim(Limbs& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

BigInt BigInt::from_mag(Limbs m, bool negative) {
  trim(m);
  BigInt r;
  r.neg_ = negative && !m.empty();
  r.mag_ = std::move(m);
  return r;
}

BigInt BigInt::from_double(double d) {
  d = std::trunc(d);
  if (d == 0) return BigInt();
  int e = 0;
  const double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1
  const auto mant = static_cast<uint64_t>(std::ldexp(m, 53));
  BigInt r(static_cast<int64_t>(mant));
  r = e >= 53 ? r.shl(static_cast<uint64_t>(e - 53)) : r.shr(static_cast<uint64_t>(53 - e));
  return d < 0 ? -r : r;
}

BigInt BigInt::from_digits(std::string_view digits, int base, bool negative) {
  uint32_t power;
  int per_chunk;
  chunk_of(base, power, per_chunk);
  Limbs m;
  size_t i = 0;
  while (i < digits.size()) {
    // The first chunk takes the remainder so the rest are full.
    size_t take = (digits.size() - i) % static_cast<size_t>(per_chunk);
    if (take == 0) take = static_cast<size_t>(per_chunk);
    uint64_t chunk = 0, scale = 1;
    for (size_t k = 0; k < take; ++k) {
      chunk = chunk * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit_value(digits[i + k]));
      scale *= static_cast<uint64_t>(base);
    }
    i += take;
    // m = m * scale + chunk
    uint64_t carry = chunk;
    for (uint32_t& limb : m) {
      const uint64_t t = static_cast<uint64_t>(limb) * scale + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) m.push_back(static_cast<uint32_t>(carry));
    maybe_poll(m.size());
  }
  return from_mag(std::move(m), negative);
}

bool BigInt::fits_int64() const {
  if (mag_.size() <= 1) return true;
  if (mag_.size() > 2) return false;
  const uint64_t m = (static_cast<uint64_t>(mag_[1]) << 32) | mag_[0];
  return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + static_cast<uint64_t>(32 - std::countl_zero(mag_.back()));
}

double BigInt::to_double() const {
  const uint64_t bits = bit_length();
  double d;
  if (bits <= 64) {
    uint64_t m = 0;
    for (size_t i = mag_.size(); i-- > 0;) m = (m << 32) | mag_[i];
    d = static_cast<double>(m);
  } else {
    // The top 55 bits (53 kept, a rounding bit and a sticky bit) with every
    // lower bit OR-ed into the last one: converting that rounds exactly as
    // rounding the whole number would, ties to even.
    const uint64_t drop = bits - 55;
    BigInt top = abs().shr(drop);
    uint64_t m = static_cast<uint64_t>(top.to_int64());
    bool sticky = false;
    const size_t whole = static_cast<size_t>(drop / 32);
    for (size_t i = 0; i < whole && !sticky; ++i) sticky = mag_[i] != 0;
    if (!sticky && drop % 32) sticky = (mag_[whole] & ((uint32_t{1} << (drop % 32)) - 1)) != 0;
    if (sticky) m |= 1;
    d = drop > 2000 ? HUGE_VAL : std::ldexp(static_cast<double>(m), static_cast<int>(drop));
  }
  return neg_ ? -d : d;
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  uint32_t power;
  int per_chunk;
  chunk_of(base, power, per_chunk);
  // Repeated short division by the largest power of the base in a limb.
  Limbs m = mag_;
  std::vector<uint32_t> chunks;
  while (!m.empty()) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
      const uint64_t cur = (rem << 32) | m[i];
      m[i] = static_cast<uint32_t>(cur / power);
      rem = cur % power;
    }
    trim(m);
    chunks.push_back(static_cast<uint32_t>(rem));
    maybe_poll(m.size());
  }
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out = neg_ ? "-" : "";
  for (size_t c = chunks.size(); c-- > 0;) {
    char buf[40];
    int n = 0;
    uint32_t v = chunks[c];
    do {
      buf[n++] = kDigits[v % static_cast<uint32_t>(base)];
      v /= static_cast<uint32_t>(base);
    } while (v);
    // Every chunk but the most significant is zero-padded to full width.
    if (c + 1 != chunks.size())
      while (n < per_chunk) buf[n++] = '0';
    while (n) out += buf[--n];
  }
  return out;
}

int64_t BigInt::hash() const {
  unsigned __int128 h = 0;
  for (size_t i = mag_.size(); i-- > 0;) h = ((h << 32) | mag_[i]) % kHashModulus;
  auto r = static_cast<int64_t>(h);
  if (neg_) r = -r;
  return r == -1 ? -2 : r;
}

// ---- comparison, addition, subtraction ----------------------------------------------

int BigInt::compare_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  const int c = compare_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt::Limbs BigInt::add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& big = a.size() >= b.size() ? a : b;
  const Limbs& small = a.size() >= b.size() ? b : a;
  Limbs r(big.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < big.size(); ++i) {
    const uint64_t t = static_cast<uint64_t>(big[i]) + (i < small.size() ? small[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  r[big.size()] = static_cast<uint32_t>(carry);
  trim(r);
  return r;
}

BigInt::Limbs BigInt::sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0;
    if (t < 0) t += static_cast<int64_t>(kBase);
    r[i] = static_cast<uint32_t>(t);
  }
  trim(r);
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt::from_mag(BigInt::add_mag(a.mag_, b.mag_), a.neg_);
  const int c = BigInt::compare_mag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return BigInt::from_mag(BigInt::sub_mag(a.mag_, b.mag_), a.neg_);
  return BigInt::from_mag(BigInt::sub_mag(b.mag_, a.mag_), b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

// ---- multiplication, division, powers -------------------------------------------------

BigInt::Limbs BigInt::mul_mag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    const uint64_t ai = a[i];
    for (size_t j = 0; j < b.size(); ++j) {
      const uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
    maybe_poll(b.size());
  }
  trim(r);
  return r;
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::from_mag(BigInt::mul_mag(a.mag_, b.mag_), a.neg_ != b.neg_);
}

void BigInt::divmod_mag(const Limbs& u, const Limbs& v, Limbs& q, Limbs& r) {
  if (compare_mag(u, v) < 0) {
    q.clear();
    r = u;
    return;
  }
  const size_t n = v.size(), m = u.size();
  q.assign(m - n + 1, 0);
  if (n == 1) {
    uint64_t rem = 0;
    for (size_t i = m; i-- > 0;) {
      const uint64_t cur = (rem << 32) | u[i];
      q[i] = static_cast<uint32_t>(cur / v[0]);
      rem = cur % v[0];
    }
    r.assign(1, static_cast<uint32_t>(rem));
    trim(q);
    trim(r);
    return;
  }
  // Normalise so the divisor's top limb has its high bit set; then each
  // estimated quotient digit is at most 2 too large.
  const int s = std::countl_zero(v.back());
  Limbs vn(n), un(m + 1);
  for (size_t i = n - 1; i > 0; --i)
    vn[i] = (v[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(v[i - 1]) >> (32 - s)) : 0);
  vn[0] = v[0] << s;
  un[m] = s ? static_cast<uint32_t>(static_cast<uint64_t>(u[m - 1]) >> (32 - s)) : 0;
  for (size_t i = m - 1; i > 0; --i)
    un[i] = (u[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(u[i - 1]) >> (32 - s)) : 0);
  un[0] = u[0] << s;

  for (size_t j = m - n + 1; j-- > 0;) {
    const uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= kBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= kBase) break;
    }
    // un[j .. j+n] -= qhat * vn
    int64_t k = 0, t = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    q[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {
      // qhat was one too large: add the divisor back.
      --q[j];
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        const uint64_t w = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(w);
        c = w >> 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + c);
    }
    maybe_poll(n);
  }
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    r[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
  trim(q);
  trim(r);
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  Limbs qm, rm;
  divmod_mag(a.mag_, b.mag_, qm, rm);
  // Truncated division first, then floor it: the remainder takes the
  // divisor's sign, as in Python.
  BigInt tq = from_mag(std::move(qm), a.neg_ != b.neg_);
  BigInt tr = from_mag(std::move(rm), a.neg_);
  if (!tr.is_zero() && tr.neg_ != b.neg_) {
    tq = tq - BigInt(1);
    tr = tr + b;
  }
  q = std::move(tq);
  r = std::move(tr);
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result(1), b = base;
  while (exp) {
    if (exp & 1) result = result * b;
    exp >>= 1;
    if (exp) b = b * b;
  }
  return result;
}

// ---- shifts and bitwise operators ------------------------------------------------------

BigInt BigInt::shl(uint64_t n) const {
  if (mag_.empty()) return BigInt();
  const size_t whole = static_cast<size_t>(n / 32);
  const int bits = static_cast<int>(n % 32);
  Limbs r(whole + mag_.size() + 1, 0);
  for (size_t i = 0; i < mag_.size(); ++i) {
    const uint64_t w = static_cast<uint64_t>(mag_[i]) << bits;
    r[i + whole] |= static_cast<uint32_t>(w);
    r[i + whole + 1] |= static_cast<uint32_t>(w >> 32);
  }
  return from_mag(std::move(r), neg_);
}

BigInt BigInt::shr(uint64_t n) const {
  if (neg_) {
    // floor(-m / 2**n) == -(((m - 1) >> n) + 1)
    return -((abs() - BigInt(1)).shr(n) + BigInt(1));
  }
  const uint64_t whole = n / 32;
  if (whole >= mag_.size()) return BigInt();
  const int bits = static_cast<int>(n % 32);
  Limbs r(mag_.size() - static_cast<size_t>(whole));
  for (size_t i = 0; i < r.size(); ++i) {
    const size_t src = i + static_cast<size_t>(whole);
    uint64_t w = mag_[src];
    if (src + 1 < mag_.size()) w |= static_cast<uint64_t>(mag_[src + 1]) << 32;
    r[i] = static_cast<uint32_t>(w >> bits);
  }
  return from_mag(std::move(r), false);
}

BigInt::Limbs BigInt::twos(size_t n) const {
  Limbs t(n, 0);
  std::copy(mag_.begin(), mag_.end(), t.begin());
  if (neg_) {
    // -m == ~m + 1
    uint64_t carry = 1;
    for (uint32_t& limb : t) {
      const uint64_t w = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(w);
      carry = w >> 32;
    }
  }
  return t;
}

BigInt BigInt::from_twos(Limbs t) {
  const bool negative = !t.empty() && (t.back() >> 31);
  if (negative) {
    uint64_t carry = 1;
    for (uint32_t& limb : t) {
      const uint64_t w = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(w);
      carry = w >> 32;
    }
  }
  return from_mag(std::move(t), negative);
}

template <class Op>
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, Op op) {
  // One limb more than either magnitude holds the sign.
  const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt BigInt::operator~() const { return -*this - BigInt(1); }

}  // namespace ls::py
