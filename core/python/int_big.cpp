// Python ints past int64: the glue between Value and BigInt (bigint.h).
// Small ints stay immediates on every hot path; the int64 operators call
// big_binop only when they would overflow, and results that fit are demoted
// again, so a BigIntObj always holds a value outside int64.
#include <cmath>

#include "python/interpreter.h"
#include "python/text/format_spec.h"
#include "python/text/number.h"

namespace ls::py {

namespace {

// CPython 3.11's sys.int_info.default_max_str_digits: converting an int with
// more decimal digits to or from text is a ValueError (power-of-two bases
// are exempt). It also bounds our quadratic conversions.
constexpr size_t kMaxStrDigits = 4300;

std::string limit_message(size_t digits) {
  std::string m = "Exceeds the limit (" + std::to_string(kMaxStrDigits) + " digits) for integer string conversion";
  if (digits) m += ": value has " + std::to_string(digits) + " digits";
  return m + "; use sys.set_int_max_str_digits() to increase the limit";
}

// A result of about `bits` bits that cannot fit under the memory cap is a
// MemoryError at once, before any work (2 ** 10 ** 12, 1 << 10 ** 15).
void check_result_bits(double bits) {
  if (bits / 8 > static_cast<double>(Memory::limit - Memory::used)) raise_memory_error();
}

[[noreturn]] void zero_division(const char* msg) { raise_error(interp().cls.ZeroDivisionError, msg); }

std::string decimal_magnitude(const BigInt& b) {
  // log10(2) ~ 0.30103: reject numbers that surely have too many digits
  // without converting them (CPython does the same early check).
  if (static_cast<double>(b.bit_length()) * 0.30103 > static_cast<double>(kMaxStrDigits) + 1)
    value_error(limit_message(0));
  std::string s = b.abs().to_string(10);
  if (s.size() > kMaxStrDigits) value_error(limit_message(0));
  return s;
}

// a / b correctly rounded: a quotient of at least 55 bits with the remainder
// folded into a sticky bit, then one rounding in to_double.
Value true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) zero_division("division by zero");
  const bool negative = a.negative() != b.negative();
  if (a.is_zero()) return Value::flt(negative ? -0.0 : 0.0);
  const BigInt x = a.abs(), y = b.abs();
  int64_t k = 55 + static_cast<int64_t>(y.bit_length()) - static_cast<int64_t>(x.bit_length());
  if (k < 0) k = 0;
  BigInt q, r;
  BigInt::divmod(x.shl(static_cast<uint64_t>(k)), y, q, r);
  if (!r.is_zero()) q = q | BigInt(1);
  const double qd = q.to_double();
  const double d = k > 2000 ? 0.0 : std::ldexp(qd, static_cast<int>(-k));
  if (std::isinf(d) || std::isinf(qd))
    raise_error(interp().cls.OverflowError, "integer division result too large for a float");
  return Value::flt(negative ? -d : d);
}

Value power(const Value& va, const Value& vb, const BigInt& a, const BigInt& b) {
  if (b.negative()) {
    // A negative exponent gives a float, as in CPython.
    const double x = int_to_double(va), y = int_to_double(vb);
    if (x == 0) zero_division("0.0 cannot be raised to a negative power");
    return Value::flt(std::pow(x, y));
  }
  if (!b.fits_int64()) {
    // Only 0, 1 and -1 have a power with an exponent this large that fits anywhere.
    if (a.is_zero() || a == BigInt(1)) return int_value(a);
    if (a == BigInt(-1)) return Value::integer((b & BigInt(1)).is_zero() ? 1 : -1);
    raise_memory_error();
  }
  const int64_t e = b.to_int64();
  check_result_bits(static_cast<double>(a.bit_length()) * static_cast<double>(e));
  return int_value(BigInt::pow(a, static_cast<uint64_t>(e)));
}

Value shift(ast::BinOpKind op, const BigInt& a, const BigInt& b) {
  if (b.negative()) value_error("negative shift count");
  if (a.is_zero()) return Value::integer(0);
  if (op == ast::BinOpKind::RShift) {
    if (!b.fits_int64()) return Value::integer(a.negative() ? -1 : 0);
    return int_value(a.shr(static_cast<uint64_t>(b.to_int64())));
  }
  if (!b.fits_int64()) raise_memory_error();
  const int64_t n = b.to_int64();
  check_result_bits(static_cast<double>(a.bit_length()) + static_cast<double>(n));
  return int_value(a.shl(static_cast<uint64_t>(n)));
}

}  // namespace

Value int_value(BigInt b) {
  if (b.fits_int64()) return Value::integer(b.to_int64());
  return make<BigIntObj>(std::move(b));
}

BigInt to_bigint(const Value& v) {
  if (v.is(Type::BigInt)) return v.as<BigIntObj>()->v;
  return BigInt(v.as_int());
}

double int_to_double(const Value& v) {
  if (!v.is(Type::BigInt)) return static_cast<double>(v.as_int());
  const double d = v.as<BigIntObj>()->v.to_double();
  if (std::isinf(d)) raise_error(interp().cls.OverflowError, "int too large to convert to float");
  return d;
}

Value big_binop(ast::BinOpKind op, const Value& va, const Value& vb) {
  const BigInt a = to_bigint(va), b = to_bigint(vb);
  switch (op) {
    case ast::BinOpKind::Add: return int_value(a + b);
    case ast::BinOpKind::Sub: return int_value(a - b);
    case ast::BinOpKind::Mul:
      check_result_bits(static_cast<double>(a.bit_length()) + static_cast<double>(b.bit_length()));
      return int_value(a * b);
    case ast::BinOpKind::Div: return true_divide(a, b);
    case ast::BinOpKind::FloorDiv:
    case ast::BinOpKind::Mod: {
      if (b.is_zero())
        zero_division(op == ast::BinOpKind::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      BigInt::divmod(a, b, q, r);
      return int_value(op == ast::BinOpKind::Mod ? std::move(r) : std::move(q));
    }
    case ast::BinOpKind::Pow: return power(va, vb, a, b);
    case ast::BinOpKind::LShift:
    case ast::BinOpKind::RShift: return shift(op, a, b);
    case ast::BinOpKind::BitOr: return int_value(a | b);
    case ast::BinOpKind::BitXor: return int_value(a ^ b);
    case ast::BinOpKind::BitAnd: return int_value(a & b);
  }
  return Value();
}

Value int_negate(const Value& v) { return int_value(-to_bigint(v)); }

int compare_ints(const Value& a, const Value& b) {
  if (a.is_intlike() && b.is_intlike()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int();
  return BigInt::compare(to_bigint(a), to_bigint(b));
}

int compare_int_float(const Value& i, double f) {
  // Exact, as CPython compares: never through a rounded float.
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  const double t = std::trunc(f);
  const int c = BigInt::compare(to_bigint(i), BigInt::from_double(t));
  if (c != 0) return c;
  return f > t ? -1 : f < t ? 1 : 0;
}

std::string int_to_text(const Value& v) {
  if (!v.is(Type::BigInt)) return int_to_string(v.as_int());
  const BigInt& b = v.as<BigIntObj>()->v;
  std::string digits = decimal_magnitude(b);
  return b.negative() ? "-" + digits : digits;
}

std::string format_integer(const Value& v, std::string_view spec) {
  if (!v.is(Type::BigInt)) return text::format_int(v.as_int(), spec);
  if (spec.empty()) return int_to_text(v);
  const BigInt& b = v.as<BigIntObj>()->v;
  auto digits = [&b](int base) { return base == 10 ? decimal_magnitude(b) : b.abs().to_string(base); };
  return text::format_int_digits(b.negative(), digits, [&v] { return int_to_double(v); }, -1, spec);
}

Value parse_int_value(std::string_view s, int base) {
  const text::ParseIntResult r = text::parse_int_ex(s, base);
  if (r.status == text::ParseIntStatus::Ok) return Value::integer(r.value);
  if (r.status == text::ParseIntStatus::Invalid)
    value_error("invalid literal for int() with base " + std::to_string(base) + ": " + str_repr(s));
  const bool power_of_two = (r.base & (r.base - 1)) == 0;
  if (!power_of_two && r.digits.size() > kMaxStrDigits) value_error(limit_message(r.digits.size()));
  return int_value(BigInt::from_digits(r.digits, r.base, r.negative));
}

Value int_from_double(double d) {
  if (std::isnan(d)) value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise_error(interp().cls.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 9.2e18) return Value::integer(static_cast<int64_t>(d));
  return int_value(BigInt::from_double(d));
}

Value big_pow_mod(const Value& base, const Value& exp, const Value& mod) {
  const BigInt m = to_bigint(mod);
  BigInt e = to_bigint(exp);
  if (m.is_zero()) value_error("pow() 3rd argument cannot be 0");
  if (e.negative()) value_error("base is not invertible for the given modulus");
  BigInt q, b, result(1);
  BigInt::divmod(to_bigint(base), m, q, b);
  // Square and multiply from the low bit; every product is reduced mod m.
  while (!e.is_zero()) {
    if (!(e & BigInt(1)).is_zero()) BigInt::divmod(result * b, m, q, result);
    e = e.shr(1);
    if (!e.is_zero()) BigInt::divmod(b * b, m, q, b);
  }
  BigInt::divmod(result, m, q, result);  // pow(x, 0, 1) == 0, and the result takes m's sign
  return int_value(std::move(result));
}

uint64_t hash_bigint(const Value& v) { return static_cast<uint64_t>(v.as<BigIntObj>()->v.hash()); }

}  // namespace ls::py
