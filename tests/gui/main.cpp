// The app model's own test binary: it links no window system, so it runs anywhere.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
