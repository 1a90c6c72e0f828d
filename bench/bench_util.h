// Small helpers shared by the benchmarks: timing, medians, resident memory.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace ls::bench {

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs fn `runs` times and returns the median of what it returns.
template <class F>
double median_of(int runs, F fn) {
  std::vector<double> v;
  for (int i = 0; i < runs; ++i) v.push_back(fn());
  return median(v);
}

inline double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Resident set size in bytes, from /proc/self/statm.
inline long rss_bytes() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * 4096L;
}

inline void report(const char* name, double value) { std::printf("%s %.2f\n", name, value); }

}  // namespace ls::bench
