// The time module: every clock reads the event loop's clock (virtual by
// default), and time.sleep holds the loop like a real blocking call.
#include <ctime>

#include "python/interpreter.h"

namespace ls::py {

trace::Nanos seconds_arg(const Value& v);

namespace {

// time.time() counts from a fixed wall-clock start so runs are reproducible:
// 2024-01-01 09:00:00 UTC plus the loop's clock.
constexpr double kEpochStart = 1704099600.0;

double loop_seconds(Interp& I) {
  I.flush_cpu();
  return trace::to_seconds(I.loop().now());
}

Value t_time(Interp& I, Args&) { return Value::flt(kEpochStart + loop_seconds(I)); }
Value t_monotonic(Interp& I, Args&) { return Value::flt(loop_seconds(I)); }
Value t_time_ns(Interp& I, Args&) {
  I.flush_cpu();
  return Value::integer(static_cast<int64_t>(kEpochStart) * trace::kNanosPerSecond + I.loop().now());
}
Value t_monotonic_ns(Interp& I, Args&) {
  I.flush_cpu();
  return Value::integer(I.loop().now());
}

Value t_sleep(Interp& I, Args& a) {
  check_args(a, "sleep", 1, 1);
  const trace::Nanos d = seconds_arg(a[0]);
  if (d < 0) value_error("sleep length must be non-negative");
  I.block(d, "time.sleep");
  return Value();
}

Value t_strftime(Interp& I, Args& a) {
  check_args(a, "strftime", 1, 2);
  if (!as_str(a[0])) type_error("strftime() argument 1 must be str, not " + type_name(a[0]));
  const std::time_t t = static_cast<std::time_t>(kEpochStart + loop_seconds(I));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[256];
  const size_t n = std::strftime(buf, sizeof buf, as_str(a[0])->s.c_str(), &tm);
  return new_str(std::string(buf, n));
}

}  // namespace

Value make_time_module(Interp& I) {
  auto* m = new ModuleObj("time");
  Value mv(m);
  const std::pair<const char*, NativeFn> fns[] = {
      {"time", t_time},           {"perf_counter", t_monotonic}, {"monotonic", t_monotonic},
      {"process_time", t_monotonic}, {"time_ns", t_time_ns},     {"perf_counter_ns", t_monotonic_ns},
      {"monotonic_ns", t_monotonic_ns}, {"sleep", t_sleep},      {"strftime", t_strftime},
  };
  for (auto& [n, fn] : fns) I.set_attr(m, n, I.builtin_fn(n, fn));
  return mv;
}

}  // namespace ls::py
