// loopscope-bench [core|code|interp|all]: prints "name value" lines.
#include <cstring>

namespace ls::bench {
int run_core_benchmarks();
int run_code_benchmarks();
int run_interp_benchmarks();
}

int main(int argc, char** argv) {
  const char* which = argc > 1 ? argv[1] : "all";
  int rc = 0;
  if (!std::strcmp(which, "core") || !std::strcmp(which, "all")) rc |= ls::bench::run_core_benchmarks();
  if (!std::strcmp(which, "code") || !std::strcmp(which, "all")) rc |= ls::bench::run_code_benchmarks();
  if (!std::strcmp(which, "interp") || !std::strcmp(which, "all")) rc |= ls::bench::run_interp_benchmarks();
  return rc;
}
