// format() of int and str through the format-spec mini-language (float's
// cases are in test_format_spec_float.cpp).
// Tables between GENERATED markers are written by gen_cases.py from
// CPython 3.11 (each spec meets a few values); the named tests below pin
// the cases people write most and the error messages.
#include <catch2/catch.hpp>

#include "python/text/format_spec.h"
#include "text_test_helpers.h"

using namespace ls::py::text;
using namespace text_test;

namespace {

const FormatCase<int64_t> kIntCases[] = {
    // BEGIN GENERATED format_int
    {0, "", "0"},
    {1, "", "1"},
    {-1, "", "-1"},
    {5, "d", "5"},
    {-5, "d", "-5"},
    {42, "d", "42"},
    {255, "5", "  255"},
    {-255, "5", " -255"},
    {1234, "5", " 1234"},
    {-1234, "<5", "-1234"},
    {1234567, "<5", "1234567"},
    {65, "<5", "65   "},
    {233, "^5", " 233 "},
    {128512, "^5", "128512"},
    {1114112, "^5", "1114112"},
    {9223372036854775807LL, ">5", "9223372036854775807"},
    {INT64_MIN, ">5", "-9223372036854775808"},
    {100000000000000000LL, ">5", "100000000000000000"},
    {0, "=5", "    0"},
    {1, "=5", "    1"},
    {-1, "=5", "-   1"},
    {5, "*^9", "****5****"},
    {-5, "*^9", "***-5****"},
    {42, "*^9", "***42****"},
    {255, "+", "+255"},
    {-255, "+", "-255"},
    {1234, "+", "+1234"},
    {-1234, " ", "-1234"},
    {1234567, " ", " 1234567"},
    {65, " ", " 65"},
    {233, "-", "233"},
    {128512, "-", "128512"},
    {1114112, "-", "1114112"},
    {9223372036854775807LL, "+d", "+9223372036854775807"},
    {INT64_MIN, "+d", "-9223372036854775808"},
    {100000000000000000LL, "+d", "+100000000000000000"},
    {0, "08d", "00000000"},
    {1, "08d", "00000001"},
    {-1, "08d", "-0000001"},
    {5, "08", "00000005"},
    {-5, "08", "-0000005"},
    {42, "08", "00000042"},
    {255, "#x", "0xff"},
    {-255, "#x", "-0xff"},
    {1234, "#x", "0x4d2"},
    {-1234, "#X", "-0X4D2"},
    {1234567, "#X", "0X12D687"},
    {65, "#X", "0X41"},
    {233, "#o", "0o351"},
    {128512, "#o", "0o373000"},
    {1114112, "#o", "0o4200000"},
    {9223372036854775807LL, "#b", "0b111111111111111111111111111111111111111111111111111111111111111"},
    {INT64_MIN, "#b", "-0b1000000000000000000000000000000000000000000000000000000000000000"},
    {100000000000000000LL, "#b", "0b101100011010001010111100001011101100010100000000000000000"},
    {0, "x", "0"},
    {1, "x", "1"},
    {-1, "x", "-1"},
    {5, "X", "5"},
    {-5, "X", "-5"},
    {42, "X", "2A"},
    {255, "o", "377"},
    {-255, "o", "-377"},
    {1234, "o", "2322"},
    {-1234, "b", "-10011010010"},
    {1234567, "b", "100101101011010000111"},
    {65, "b", "1000001"},
    {233, ",", "233"},
    {128512, ",", "128,512"},
    {1114112, ",", "1,114,112"},
    {9223372036854775807LL, ",d", "9,223,372,036,854,775,807"},
    {INT64_MIN, ",d", "-9,223,372,036,854,775,808"},
    {100000000000000000LL, ",d", "100,000,000,000,000,000"},
    {0, "_", "0"},
    {1, "_", "1"},
    {-1, "_", "-1"},
    {5, "_x", "5"},
    {-5, "_x", "-5"},
    {42, "_x", "2a"},
    {255, "_b", "1111_1111"},
    {-255, "_b", "-1111_1111"},
    {1234, "_b", "100_1101_0010"},
    {-1234, "#_b", "-0b100_1101_0010"},
    {1234567, "#_b", "0b1_0010_1101_0110_1000_0111"},
    {65, "#_b", "0b100_0001"},
    {233, "010,", "00,000,233"},
    {128512, "010,", "00,128,512"},
    {1114112, "010,", "01,114,112"},
    {9223372036854775807LL, "08,", "9,223,372,036,854,775,807"},
    {INT64_MIN, "08,", "-9,223,372,036,854,775,808"},
    {100000000000000000LL, "08,", "100,000,000,000,000,000"},
    {0, "x=10,", "xxxxxxxxx0"},
    {1, "x=10,", "xxxxxxxxx1"},
    {-1, "x=10,", "-xxxxxxxx1"},
    {5, "#010x", "0x00000005"},
    {-5, "#010x", "-0x0000005"},
    {42, "#010x", "0x0000002a"},
    {255, "c", "ÿ"},
    {-255, "c", "!O:%c arg not in range(0x110000)"},
    {1234, "c", "Ӓ"},
    {-1234, "5c", "!O:%c arg not in range(0x110000)"},
    {1234567, "5c", "!O:%c arg not in range(0x110000)"},
    {65, "5c", "    A"},
    {233, "05c", "0000é"},
    {128512, "05c", "0000😀"},
    {1114112, "05c", "!O:%c arg not in range(0x110000)"},
    {9223372036854775807LL, "n", "9223372036854775807"},
    {INT64_MIN, "n", "-9223372036854775808"},
    {100000000000000000LL, "n", "100000000000000000"},
    {0, "e", "0.000000e+00"},
    {1, "e", "1.000000e+00"},
    {-1, "e", "-1.000000e+00"},
    {5, ".2e", "5.00e+00"},
    {-5, ".2e", "-5.00e+00"},
    {42, ".2e", "4.20e+01"},
    {255, "f", "255.000000"},
    {-255, "f", "-255.000000"},
    {1234, "f", "1234.000000"},
    {-1234, ".1f", "-1234.0"},
    {1234567, ".1f", "1234567.0"},
    {65, ".1f", "65.0"},
    {233, "%", "23300.000000%"},
    {128512, "%", "12851200.000000%"},
    {1114112, "%", "111411200.000000%"},
    {9223372036854775807LL, ".0%", "922337203685477580800%"},
    {INT64_MIN, ".0%", "-922337203685477580800%"},
    {100000000000000000LL, ".0%", "10000000000000000000%"},
    {0, "g", "0"},
    {1, "g", "1"},
    {-1, "g", "-1"},
    {5, "G", "5"},
    {-5, "G", "-5"},
    {42, "G", "42"},
    {255, "E", "2.550000E+02"},
    {-255, "E", "-2.550000E+02"},
    {1234, "E", "1.234000E+03"},
    {-1234, "F", "-1234.000000"},
    {1234567, "F", "1234567.000000"},
    {65, "F", "65.000000"},
    {233, "é^9", "ééé233ééé"},
    {128512, "é^9", "é128512éé"},
    {1114112, "é^9", "é1114112é"},
    {9223372036854775807LL, ",x", "!V:Cannot specify ',' with 'x'."},
    {INT64_MIN, ",x", "!V:Cannot specify ',' with 'x'."},
    {100000000000000000LL, ",x", "!V:Cannot specify ',' with 'x'."},
    {0, ".2", "!V:Precision not allowed in integer format specifier"},
    {1, ".2", "!V:Precision not allowed in integer format specifier"},
    {-1, ".2", "!V:Precision not allowed in integer format specifier"},
    {5, "z", "!V:Negative zero coercion (z) not allowed in integer format specifier"},
    {-5, "z", "!V:Negative zero coercion (z) not allowed in integer format specifier"},
    {42, "z", "!V:Negative zero coercion (z) not allowed in integer format specifier"},
    {255, "s", "!V:Unknown format code 's' for object of type 'int'"},
    {-255, "s", "!V:Unknown format code 's' for object of type 'int'"},
    {1234, "s", "!V:Unknown format code 's' for object of type 'int'"},
    {-1234, "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'int'"},
    {1234567, "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'int'"},
    {65, "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'int'"},
    {233, ",_", "!V:Cannot specify both ',' and '_'."},
    {128512, ",_", "!V:Cannot specify both ',' and '_'."},
    {1114112, ",_", "!V:Cannot specify both ',' and '_'."},
    {9223372036854775807LL, "_,", "!V:Cannot specify both ',' and '_'."},
    {INT64_MIN, "_,", "!V:Cannot specify both ',' and '_'."},
    {100000000000000000LL, "_,", "!V:Cannot specify both ',' and '_'."},
    {0, "+c", "!V:Sign not allowed with integer format specifier 'c'"},
    {1, "+c", "!V:Sign not allowed with integer format specifier 'c'"},
    {-1, "+c", "!V:Sign not allowed with integer format specifier 'c'"},
    {5, "#c", "!V:Alternate form (#) not allowed with integer format specifier 'c'"},
    {-5, "#c", "!V:Alternate form (#) not allowed with integer format specifier 'c'"},
    {42, "#c", "!V:Alternate form (#) not allowed with integer format specifier 'c'"},
    {255, "_n", "!V:Cannot specify '_' with 'n'."},
    {-255, "_n", "!V:Cannot specify '_' with 'n'."},
    {1234, "_n", "!V:Cannot specify '_' with 'n'."},
    {-1234, "99999999999999999999d", "!V:Too many decimal digits in format string"},
    {1234567, "99999999999999999999d", "!V:Too many decimal digits in format string"},
    {65, "99999999999999999999d", "!V:Too many decimal digits in format string"},
    {233, "#.0e", "2.e+02"},
    {128512, "#.0e", "1.e+05"},
    {1114112, "#.0e", "1.e+06"},
    {9223372036854775807LL, "<#08x", "0x7fffffffffffffff"},
    {INT64_MIN, "<#08x", "-0x8000000000000000"},
    {100000000000000000LL, "<#08x", "0x16345785d8a0000"},
    {0, "=^5", "==0=="},
    {1, "=^5", "==1=="},
    {-1, "=^5", "=-1=="},
    {5, "0=5", "00005"},
    {-5, "0=5", "-0005"},
    {42, "0=5", "00042"},
    {255, "<08", "25500000"},
    {-255, "<08", "-2550000"},
    {1234, "<08", "12340000"},
    // END GENERATED format_int
};


const FormatCase<const char*> kStrCases[] = {
    // BEGIN GENERATED format_str
    {"", "", ""},
    {"x", "", "x"},
    {"ab", "", "ab"},
    {"hello", "s", "hello"},
    {"héllo", "s", "héllo"},
    {"日本語", "s", "日本語"},
    {"a\011b", "5", "a\011b  "},
    {"", "5", "     "},
    {"x", "5", "x    "},
    {"ab", "<5", "ab   "},
    {"hello", "<5", "hello"},
    {"héllo", "<5", "héllo"},
    {"日本語", ">5", "  日本語"},
    {"a\011b", ">5", "  a\011b"},
    {"", ">5", "     "},
    {"x", "^5", "  x  "},
    {"ab", "^5", " ab  "},
    {"hello", "^5", "hello"},
    {"héllo", "^6", "héllo "},
    {"日本語", "^6", " 日本語  "},
    {"a\011b", "^6", " a\011b  "},
    {"", "*^7", "*******"},
    {"x", "*^7", "***x***"},
    {"ab", "*^7", "**ab***"},
    {"hello", "é>4", "hello"},
    {"héllo", "é>4", "héllo"},
    {"日本語", "é>4", "é日本語"},
    {"a\011b", ".2", "a\011"},
    {"", ".2", ""},
    {"x", ".2", "x"},
    {"ab", "10.3", "ab        "},
    {"hello", "10.3", "hel       "},
    {"héllo", "10.3", "hél       "},
    {"日本語", "05", "日本語00"},
    {"a\011b", "05", "a\011b00"},
    {"", "05", "00000"},
    {"x", "0>5", "0000x"},
    {"ab", "0>5", "000ab"},
    {"hello", "0>5", "hello"},
    {"héllo", "+", "!V:Sign not allowed in string format specifier"},
    {"日本語", "+", "!V:Sign not allowed in string format specifier"},
    {"a\011b", "+", "!V:Sign not allowed in string format specifier"},
    {"", " ", "!V:Space not allowed in string format specifier"},
    {"x", " ", "!V:Space not allowed in string format specifier"},
    {"ab", " ", "!V:Space not allowed in string format specifier"},
    {"hello", "#", "!V:Alternate form (#) not allowed in string format specifier"},
    {"héllo", "#", "!V:Alternate form (#) not allowed in string format specifier"},
    {"日本語", "#", "!V:Alternate form (#) not allowed in string format specifier"},
    {"a\011b", "=5", "!V:'=' alignment not allowed in string format specifier"},
    {"", "=5", "!V:'=' alignment not allowed in string format specifier"},
    {"x", "=5", "!V:'=' alignment not allowed in string format specifier"},
    {"ab", "z", "!V:Negative zero coercion (z) not allowed in string format specifier"},
    {"hello", "z", "!V:Negative zero coercion (z) not allowed in string format specifier"},
    {"héllo", "z", "!V:Negative zero coercion (z) not allowed in string format specifier"},
    {"日本語", "d", "!V:Unknown format code 'd' for object of type 'str'"},
    {"a\011b", "d", "!V:Unknown format code 'd' for object of type 'str'"},
    {"", "d", "!V:Unknown format code 'd' for object of type 'str'"},
    {"x", ",", "!V:Cannot specify ',' with 's'."},
    {"ab", ",", "!V:Cannot specify ',' with 's'."},
    {"hello", ",", "!V:Cannot specify ',' with 's'."},
    {"héllo", "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'str'"},
    {"日本語", "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'str'"},
    {"a\011b", "5.5.5", "!V:Invalid format specifier '5.5.5' for object of type 'str'"},
    {"", ".", "!V:Format specifier missing precision"},
    {"x", ".", "!V:Format specifier missing precision"},
    {"ab", ".", "!V:Format specifier missing precision"},
    {"hello", ".0", ""},
    {"héllo", ".0", ""},
    {"日本語", ".0", ""},
    {"a\011b", "x<3", "a\011b"},
    {"", "x<3", "xxx"},
    {"x", "x<3", "xxx"},
    {"ab", "🙂^5", "🙂ab🙂🙂"},
    {"hello", "🙂^5", "hello"},
    {"héllo", "🙂^5", "héllo"},
    // END GENERATED format_str
};

std::string error_of(std::string (*f)(int64_t, std::string_view), int64_t v, std::string_view spec) {
  return outcome([&] { return f(v, spec); });
}

}  // namespace

TEST_CASE("format of int matches CPython for every spec in the table", "[text][format][int]") {
  for (const auto& c : kIntCases) {
    INFO("format(" << c.value << ", '" << c.spec << "')");
    CHECK(outcome([&] { return format_int(c.value, c.spec); }) == c.result);
  }
}

TEST_CASE("format of str matches CPython for every spec in the table", "[text][format][str]") {
  for (const auto& c : kStrCases) {
    INFO("format('" << c.value << "', '" << c.spec << "')");
    CHECK(outcome([&] { return format_str(c.value, c.spec); }) == c.result);
  }
}

TEST_CASE("int grouping, zero padding and sign placement", "[text][format][int]") {
  CHECK(format_int(1234567, ",d") == "1,234,567");
  CHECK(format_int(1234567, "_") == "1_234_567");
  CHECK(format_int(-5, "08d") == "-0000005");
  CHECK(format_int(1234, "08,") == "0,001,234");  // a group never starts with ','
  CHECK(format_int(-1234, "010,") == "-0,001,234");
  CHECK(format_int(1234, "x=10,") == "xxxxx1,234");  // only '0' fill is grouped
  CHECK(format_int(12345678, "_x") == "bc_614e");    // hex groups by four
  CHECK(format_int(INT64_MIN, ",") == "-9,223,372,036,854,775,808");
}

TEST_CASE("int alternate forms put the prefix after the sign", "[text][format][int]") {
  CHECK(format_int(255, "#x") == "0xff");
  CHECK(format_int(255, "#X") == "0XFF");
  CHECK(format_int(-255, "#010_b") == "-0b1111_1111");
  CHECK(format_int(255, "#010x") == "0x000000ff");
  CHECK(format_int(1, "x<#08x") == "0x1xxxxx");
  CHECK(format_int(8, "#o") == "0o10");
}

TEST_CASE("int with a float presentation type formats as a float", "[text][format][int]") {
  CHECK(format_int(2, "%") == "200.000000%");
  CHECK(format_int(10, ".2f") == "10.00");
  CHECK(format_int(12345678, ",e") == "1.234568e+07");
  CHECK(format_int(1234567, "g") == "1.23457e+06");
}

TEST_CASE("int 'c' formats a code point as UTF-8", "[text][format][int]") {
  CHECK(format_int(65, "c") == "A");
  CHECK(format_int(0xE9, "^3c") == " é ");
  CHECK(format_int(0x1F600, "c") == "\U0001F600");
  CHECK(format_int(65, "05c") == "0000A");
}

TEST_CASE("str alignment, fill and truncation count code points", "[text][format][str]") {
  CHECK(format_str("x", "^7") == "   x   ");
  CHECK(format_str("ab", "^5") == " ab  ");  // extra column on the right, unlike center()
  CHECK(format_str("héllo", "*>7") == "**héllo");
  CHECK(format_str("日本語", ".2") == "日本");
  CHECK(format_str("x", "05") == "x0000");
}

TEST_CASE("format errors carry CPython's messages", "[text][format][errors]") {
  CHECK(outcome([] { return format_float(1.5, "d"); }) ==
        "!V:Unknown format code 'd' for object of type 'float'");
  CHECK(outcome([] { return format_int(1, "."); }) == "!V:Format specifier missing precision");
  CHECK(error_of(format_int, 1, ".2") == "!V:Precision not allowed in integer format specifier");
  CHECK(error_of(format_int, 1, ",x") == "!V:Cannot specify ',' with 'x'.");
  CHECK(error_of(format_int, 1, ",_") == "!V:Cannot specify both ',' and '_'.");
  CHECK(error_of(format_int, 1, "5.5.5") ==
        "!V:Invalid format specifier '5.5.5' for object of type 'int'");
  CHECK(error_of(format_int, 1, "\xc3\xa9") ==
        "!V:Unknown format code '\\xe9' for object of type 'int'");
  CHECK(outcome([] { return format_str("x", "="); }) ==
        "!V:'=' alignment not allowed in string format specifier");
  CHECK(outcome([] { return format_str("x", " "); }) ==
        "!V:Space not allowed in string format specifier");
}

TEST_CASE("format 'c' out of range is an OverflowError", "[text][format][errors]") {
  CHECK(error_of(format_int, 0x110000, "c") == "!O:%c arg not in range(0x110000)");
  CHECK(error_of(format_int, -1, "c") == "!O:%c arg not in range(0x110000)");
  try {
    format_int(-1, "c");
    FAIL("no exception");
  } catch (const FormatError& e) {  // FormatError is what callers catch
    CHECK(e.kind() == PyErrorKind::OverflowError);
  }
}

TEST_CASE("parse_format_spec exposes the parsed fields", "[text][format]") {
  FormatSpec f = parse_format_spec("*^+z#012_.3f", '>', 0, "float");
  CHECK(f.fill == "*");
  CHECK(f.align == '^');
  CHECK(f.sign == '+');
  CHECK(f.no_neg_0);
  CHECK(f.alternate);
  CHECK(f.width == 12);  // the '0' after '#' is a flag, ignored since a fill was given
  CHECK(f.grouping == '_');
  CHECK(f.precision == 3);
  CHECK(f.type == U'f');
}
