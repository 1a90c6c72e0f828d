// Float repr, round(), int()/float() parsing. Expected values come from
// CPython 3.11: the tables between GENERATED markers are written by
// gen_cases.py (run it to regenerate); hand-written checks say why.
#include <catch2/catch.hpp>

#include <cstring>

#include "python/text/number.h"
#include "text_test_helpers.h"

using namespace ls::py::text;
using namespace text_test;

namespace {

struct ReprCase {
  double x;
  const char* repr;
};
const ReprCase kReprCases[] = {
    // BEGIN GENERATED float_repr
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {1.0, "1.0"},
    {-1.0, "-1.0"},
    {0.1, "0.1"},
    {0.30000000000000004, "0.30000000000000004"},
    {0.3333333333333333, "0.3333333333333333"},
    {0.6666666666666666, "0.6666666666666666"},
    {1e+16, "1e+16"},
    {1000000000000000.0, "1000000000000000.0"},
    {9999999999999998.0, "9999999999999998.0"},
    {1e+17, "1e+17"},
    {0.0001, "0.0001"},
    {1e-05, "1e-05"},
    {0.00012345, "0.00012345"},
    {123456789.12345679, "123456789.12345679"},
    {5e-324, "5e-324"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {1.7976931348623157e+308, "1.7976931348623157e+308"},
    {kInf, "inf"},
    {-kInf, "-inf"},
    {kNan, "nan"},
    {100.0, "100.0"},
    {1e+22, "1e+22"},
    {1e+23, "1e+23"},
    {9007199254740992.0, "9007199254740992.0"},
    {9.223372036854776e+18, "9.223372036854776e+18"},
    {3.14159, "3.14159"},
    {-2.5, "-2.5"},
    {1.5e-07, "1.5e-07"},
    {1.23e+302, "1.23e+302"},
    {0.5, "0.5"},
    {1234.5, "1234.5"},
    {2.000000000000001e+16, "2.000000000000001e+16"},
    {1e+100, "1e+100"},
    {4.35, "4.35"},
    {0.3, "0.3"},
    {1.1, "1.1"},
    {2.675, "2.675"},
    {1e-310, "1e-310"},
    {1.2345678901234567e+19, "1.2345678901234567e+19"},
    {0.000999, "0.000999"},
    {0.0001, "0.0001"},
    {9.999e-05, "9.999e-05"},
    // END GENERATED float_repr
};

struct RoundCase {
  double x;
  int ndigits;
  const char* repr;  // repr(round(x, ndigits)) or an error
};
const RoundCase kRoundCases[] = {
    // BEGIN GENERATED round
    {2.5, 0, "2.0"},
    {3.5, 0, "4.0"},
    {-2.5, 0, "-2.0"},
    {0.125, 2, "0.12"},
    {0.375, 2, "0.38"},
    {2.675, 2, "2.67"},
    {1.005, 2, "1.0"},
    {0.5, 0, "0.0"},
    {1.5, 0, "2.0"},
    {-0.5, 0, "-0.0"},
    {-0.4, 0, "-0.0"},
    {12345.6789, -2, "12300.0"},
    {25.0, -1, "20.0"},
    {15.0, -1, "20.0"},
    {35.0, -1, "40.0"},
    {5.0, -1, "0.0"},
    {6.0, -1, "10.0"},
    {0.5, -1, "0.0"},
    {-6.0, -1, "-10.0"},
    {123456.0, -6, "0.0"},
    {523456.0, -6, "1000000.0"},
    {500000.0, -6, "0.0"},
    {1.7976931348623157e+308, -308, "!O:rounded value too large to represent"},
    {1.7976931348623157e+308, -307, "!O:rounded value too large to represent"},
    {1e+300, -300, "1e+300"},
    {0.30000000000000004, 15, "0.3"},
    {0.30000000000000004, 16, "0.3"},
    {3.14159, 3, "3.142"},
    {3.14159, 0, "3.0"},
    {2.5e-05, 5, "3e-05"},
    {1.23456789e-10, 12, "1.23e-10"},
    {123.456, 400, "123.456"},
    {123.456, -400, "0.0"},
    {kInf, 2, "inf"},
    {-kInf, -2, "-inf"},
    {kNan, 1, "nan"},
    {0.0, 3, "0.0"},
    {-0.0, -3, "-0.0"},
    {9.995, 2, "9.99"},
    {1.0000000000000002e+16, -1, "1e+16"},
    {4503599627370497.0, -1, "4503599627370500.0"},
    {99.5, -2, "100.0"},
    {50.0, -2, "0.0"},
    {150.0, -2, "200.0"},
    // END GENERATED round
};

struct RoundIntCase {
  double x;
  const char* str;  // str(round(x)) or an error
};
const RoundIntCase kRoundIntCases[] = {
    // BEGIN GENERATED round_int
    {0.5, "0"},
    {1.5, "2"},
    {2.5, "2"},
    {-0.5, "0"},
    {-1.5, "-2"},
    {-2.5, "-2"},
    {0.49999999999999994, "0"},
    {2.6, "3"},
    {-2.6, "-3"},
    {1000000000000000.5, "1000000000000000"},
    {4503599627370497.0, "4503599627370497"},
    {9.2e+18, "9200000000000000000"},
    {-9.2e+18, "-9200000000000000000"},
    {123.0, "123"},
    {kInf, "!O:cannot convert float infinity to integer"},
    {kNan, "!V:cannot convert float NaN to integer"},
    {1e+19, "!O:int too large for int64"},
    // END GENERATED round_int
};

struct ParseIntCase {
  const char* text;
  int base;
  const char* result;  // the value, "invalid" or "overflow" (beyond int64)
};
const ParseIntCase kParseIntCases[] = {
    // BEGIN GENERATED parse_int
    {"42", 10, "42"},
    {"  -42\012", 10, "-42"},
    {"+7", 10, "7"},
    {"1_000", 10, "1000"},
    {"1__000", 10, "invalid"},
    {"_1", 10, "invalid"},
    {"1_", 10, "invalid"},
    {"0x1f", 0, "31"},
    {"0X1F", 16, "31"},
    {"1f", 16, "31"},
    {"0x_1f", 0, "31"},
    {"0o17", 0, "15"},
    {"0b101", 0, "5"},
    {"0b101", 2, "5"},
    {"0b", 16, "11"},
    {"010", 0, "invalid"},
    {"000", 0, "0"},
    {"0_0", 0, "0"},
    {"010", 10, "10"},
    {"z", 36, "35"},
    {"Z", 36, "35"},
    {"12", 2, "invalid"},
    {"", 10, "invalid"},
    {"-", 10, "invalid"},
    {" ", 10, "invalid"},
    {"9223372036854775807", 10, "9223372036854775807"},
    {"-9223372036854775808", 10, "-9223372036854775808"},
    {"9223372036854775808", 10, "overflow"},
    {"1 2", 10, "invalid"},
    {"\302\24012\342\200\203", 10, "12"},
    {"0x", 0, "invalid"},
    {"1.5", 10, "invalid"},
    {"-0", 10, "0"},
    {"+0x10", 0, "16"},
    {"- 1", 10, "invalid"},
    {"0o8", 0, "invalid"},
    {"777", 8, "511"},
    // END GENERATED parse_int
};

struct ParseFloatCase {
  const char* text;
  const char* repr;  // repr(float(text)) or "invalid"
};
const ParseFloatCase kParseFloatCases[] = {
    // BEGIN GENERATED parse_float
    {"1.5", "1.5"},
    {" -2.25 ", "-2.25"},
    {"1e5", "100000.0"},
    {"1E-5", "1e-05"},
    {".5", "0.5"},
    {"5.", "5.0"},
    {".", "invalid"},
    {"inf", "inf"},
    {"-Infinity", "-inf"},
    {"NaN", "nan"},
    {"+inf", "inf"},
    {"infinity ", "inf"},
    {"1_000.000_1", "1000.0001"},
    {"1__0", "invalid"},
    {"_1", "invalid"},
    {"1_", "invalid"},
    {"1._5", "invalid"},
    {"1e1_0", "10000000000.0"},
    {"1e", "invalid"},
    {"e5", "invalid"},
    {"0x10", "invalid"},
    {"1e400", "inf"},
    {"-1e400", "-inf"},
    {"1e-400", "0.0"},
    {"-1e-400", "-0.0"},
    {"12abc", "invalid"},
    {"", "invalid"},
    {"   ", "invalid"},
    {"0.1", "0.1"},
    {"1.7976931348623157e308", "1.7976931348623157e+308"},
    {"4.9e-324", "5e-324"},
    {"nan(1)", "invalid"},
    {"--1", "invalid"},
    {"1.e5", "100000.0"},
    {"\342\200\2001.25\343\200\200", "1.25"},
    {"00012", "12.0"},
    {"1.5e+3", "1500.0"},
    {"+.5e-1", "0.05"},
    // END GENERATED parse_float
};

}  // namespace

TEST_CASE("float repr is the shortest string that round-trips", "[text][float]") {
  for (const ReprCase& c : kReprCases) {
    INFO("repr of " << c.repr);
    CHECK(float_repr(c.x) == c.repr);
  }
}

TEST_CASE("float repr switches to exponent notation at 1e16 and below 1e-4", "[text][float]") {
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(9999999999999998.0) == "9999999999999998.0");
  CHECK(float_repr(1e-4) == "0.0001");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(1.5e300) == "1.5e+300");
}

TEST_CASE("float repr of famous values matches CPython", "[text][float]") {
  CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
  CHECK(float_repr(123456789.123456789) == "123456789.12345679");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(-kNan) == "nan");  // CPython never prints a NaN's sign
  CHECK(float_repr(-kInf) == "-inf");
}

TEST_CASE("append_float_repr appends to what is already there", "[text][float]") {
  std::string out = "x=";
  append_float_repr(out, 2.5);
  CHECK(out == "x=2.5");
}

TEST_CASE("round with ndigits rounds the exact binary value half to even", "[text][round]") {
  for (const RoundCase& c : kRoundCases) {
    INFO("round(" << float_repr(c.x) << ", " << c.ndigits << ")");
    CHECK(outcome([&] { return float_repr(round_half_even(c.x, c.ndigits)); }) == c.repr);
  }
}

TEST_CASE("round of the classic traps", "[text][round]") {
  CHECK(round_half_even(2.675, 2) == 2.67);  // 2.675 is really 2.67499999...
  CHECK(round_half_even(0.125, 2) == 0.12);  // an exact tie goes to even
  CHECK(round_half_even(0.375, 2) == 0.38);
  CHECK(std::signbit(round_half_even(-0.4, 0)));  // the sign of zero survives
}

TEST_CASE("round that overflows raises OverflowError", "[text][round]") {
  try {
    round_half_even(1.7976931348623157e308, -308);
    FAIL("no exception");
  } catch (const TextError& e) {
    CHECK(e.kind() == PyErrorKind::OverflowError);
    CHECK(std::string(e.what()) == "rounded value too large to represent");
  }
}

TEST_CASE("round without ndigits gives an int, ties to even", "[text][round]") {
  for (const RoundIntCase& c : kRoundIntCases) {
    INFO("round(" << float_repr(c.x) << ")");
    CHECK(outcome([&] { return int_to_string(round_to_int(c.x)); }) == c.str);
  }
  CHECK(round_to_int(2.5) == 2);
  CHECK(round_to_int(3.5) == 4);
  CHECK(round_to_int(-2.5) == -2);
}

TEST_CASE("int_to_string covers the whole int64 range", "[text][int]") {
  CHECK(int_to_string(0) == "0");
  CHECK(int_to_string(-42) == "-42");
  CHECK(int_to_string(INT64_MAX) == "9223372036854775807");
  CHECK(int_to_string(INT64_MIN) == "-9223372036854775808");
  std::string out = "n";
  append_int(out, 7);
  CHECK(out == "n7");
}

TEST_CASE("parse_int follows int(str, base)", "[text][int][parse]") {
  for (const ParseIntCase& c : kParseIntCases) {
    INFO("int(" << c.text << ", " << c.base << ")");
    ParseIntResult r = parse_int_ex(c.text, c.base);
    std::string got = r.status == ParseIntStatus::Ok        ? int_to_string(r.value)
                      : r.status == ParseIntStatus::Invalid ? "invalid"
                                                            : "overflow";
    CHECK(got == c.result);
    CHECK(parse_int(c.text, c.base).has_value() == (r.status == ParseIntStatus::Ok));
  }
}

TEST_CASE("parse_int rejects bases Python rejects", "[text][int][parse]") {
  CHECK_FALSE(parse_int("1", 1).has_value());
  CHECK_FALSE(parse_int("1", 37).has_value());
  CHECK_FALSE(parse_int("1", -1).has_value());
  CHECK(parse_int("zz", 36) == 1295);
}

TEST_CASE("parse_float follows float(str)", "[text][float][parse]") {
  for (const ParseFloatCase& c : kParseFloatCases) {
    INFO("float(" << c.text << ")");
    std::optional<double> v = parse_float(c.text);
    CHECK((v ? float_repr(*v) : std::string("invalid")) == c.repr);
  }
}

TEST_CASE("parse_float keeps the sign of zero and of infinity", "[text][float][parse]") {
  CHECK(std::signbit(*parse_float("-0.0")));
  CHECK(std::signbit(*parse_float("-1e-999")));
  CHECK(*parse_float("-1e999") == -kInf);
  CHECK(std::isnan(*parse_float(" nan ")));
}
