// The random module, seeded with a fixed seed per run so every run of a
// program prints the same thing. The generator is a Mersenne Twister, but the
// sequences are NOT CPython's (CPython derives its numbers differently), so a
// program's random choices differ from python3's; only determinism is promised.
#include <cmath>

#include "python/interpreter.h"

namespace ls::py {

namespace {

double unit(Interp& I) { return static_cast<double>(I.rng()() >> 11) * 0x1.0p-53; }

int64_t below(Interp& I, int64_t n) {
  if (n <= 0) value_error("empty range for randrange()");
  std::uniform_int_distribution<int64_t> d(0, n - 1);
  return d(I.rng());
}

Value r_random(Interp& I, Args&) { return Value::flt(unit(I)); }

Value r_seed(Interp& I, Args& a) {
  I.rng().seed(a.n && !a[0].is_none() ? py_hash(a[0]) : I.options().random_seed);
  return Value();
}

Value r_randint(Interp& I, Args& a) {
  check_args(a, "randint", 2, 2);
  const int64_t lo = to_index(a[0]), hi = to_index(a[1]);
  if (hi < lo) value_error("empty range for randrange() (" + std::to_string(lo) + ", " + std::to_string(hi + 1) + ")");
  return Value::integer(lo + below(I, hi - lo + 1));
}

Value r_randrange(Interp& I, Args& a) {
  check_args(a, "randrange", 1, 3);
  int64_t start = 0, stop, step = 1;
  if (a.n == 1) stop = to_index(a[0]);
  else {
    start = to_index(a[0]);
    stop = to_index(a[1]);
    if (a.n == 3) step = to_index(a[2]);
  }
  if (step == 0) value_error("zero step for randrange()");
  const int64_t n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / (-step);
  return Value::integer(start + step * below(I, n));
}

Value r_uniform(Interp& I, Args& a) {
  check_args(a, "uniform", 2, 2);
  auto num = [](const Value& v) { return v.is_float() ? v.as_float() : static_cast<double>(to_index(v)); };
  const double lo = num(a[0]), hi = num(a[1]);
  return Value::flt(lo + (hi - lo) * unit(I));
}

Value r_choice(Interp& I, Args& a) {
  check_args(a, "choice", 1, 1);
  const int64_t n = I.len(a[0]);
  if (n == 0) raise_error(I.cls.IndexError, "Cannot choose from an empty sequence");
  return I.subscript(a[0], Value::integer(below(I, n)));
}

Value r_shuffle(Interp& I, Args& a) {
  check_args(a, "shuffle", 1, 1);
  if (!a[0].is(Type::List)) type_error("shuffle() needs a list");
  auto& v = a[0].as<ListObj>()->items;
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<size_t>(below(I, static_cast<int64_t>(i)))]);
  return Value();
}

Value r_sample(Interp& I, Args& a) {
  check_args(a, "sample", 2, 2);
  std::vector<Value> pool = I.to_vector(a[0]);
  const int64_t k = to_index(a[1]);
  if (k < 0 || k > static_cast<int64_t>(pool.size())) value_error("Sample larger than population or is negative");
  std::vector<Value> out;
  for (int64_t i = 0; i < k; ++i) {
    const size_t j = static_cast<size_t>(i + below(I, static_cast<int64_t>(pool.size()) - i));
    std::swap(pool[static_cast<size_t>(i)], pool[j]);
    out.push_back(pool[static_cast<size_t>(i)]);
  }
  return new_list(std::move(out));
}

}  // namespace

Value make_random_module(Interp& I) {
  auto* m = new ModuleObj("random");
  Value mv(m);
  const std::pair<const char*, NativeFn> fns[] = {
      {"random", r_random}, {"seed", r_seed},       {"randint", r_randint}, {"randrange", r_randrange},
      {"uniform", r_uniform}, {"choice", r_choice}, {"shuffle", r_shuffle}, {"sample", r_sample},
  };
  for (auto& [n, fn] : fns) I.set_attr(m, n, I.builtin_fn(n, fn));
  return mv;
}

}  // namespace ls::py
