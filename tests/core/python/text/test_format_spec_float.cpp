// format() of float through the format-spec mini-language. The table between
// GENERATED markers is written by gen_cases.py from CPython 3.11 (each spec
// meets a few values); the named tests below pin the cases people write most.
#include <catch2/catch.hpp>

#include "python/text/format_spec.h"
#include "text_test_helpers.h"

using namespace ls::py::text;
using namespace text_test;

namespace {

const FormatCase<double> kFloatCases[] = {
    // BEGIN GENERATED format_float
    {0.0, "", "0.0"},
    {-0.0, "", "-0.0"},
    {1.0, "", "1.0"},
    {-1.0, "f", "-1.000000"},
    {3.14159, "f", "3.141590"},
    {-3.14159, "f", "-3.141590"},
    {0.5, ".2f", "0.50"},
    {2.5, ".2f", "2.50"},
    {1e+20, ".2f", "100000000000000000000.00"},
    {1e+16, ".0f", "10000000000000000"},
    {1e-05, ".0f", "0"},
    {1234.5, ".0f", "1234"},
    {1234567.0, "#.0f", "1234567."},
    {-0.001, "#.0f", "-0."},
    {100.0, "#.0f", "100."},
    {0.30000000000000004, ".3", "0.3"},
    {123456789.12345679, ".3", "1.23e+08"},
    {kInf, ".3", "inf"},
    {-kInf, ".2", "-inf"},
    {kNan, ".2", "nan"},
    {5e-324, ".2", "4.9e-324"},
    {1e+301, ".17", "1.0000000000000001e+301"},
    {0.0001, ".17", "0.0001"},
    {9.995, ".17", "9.9949999999999992"},
    {1e-07, "10", "     1e-07"},
    {0.0, "10", "       0.0"},
    {-0.0, "10", "      -0.0"},
    {1.0, "e", "1.000000e+00"},
    {-1.0, "e", "-1.000000e+00"},
    {3.14159, "e", "3.141590e+00"},
    {-3.14159, ".2e", "-3.14e+00"},
    {0.5, ".2e", "5.00e-01"},
    {2.5, ".2e", "2.50e+00"},
    {1e+20, "E", "1.000000E+20"},
    {1e+16, "E", "1.000000E+16"},
    {1e-05, "E", "1.000000E-05"},
    {1234.5, "#.0e", "1.e+03"},
    {1234567.0, "#.0e", "1.e+06"},
    {-0.001, "#.0e", "-1.e-03"},
    {100.0, "g", "100"},
    {0.30000000000000004, "g", "0.3"},
    {123456789.12345679, "g", "1.23457e+08"},
    {kInf, "G", "INF"},
    {-kInf, "G", "-INF"},
    {kNan, "G", "NAN"},
    {5e-324, ".3g", "4.94e-324"},
    {1e+301, ".3g", "1e+301"},
    {0.0001, ".3g", "0.0001"},
    {9.995, "#g", "9.99500"},
    {1e-07, "#g", "1.00000e-07"},
    {0.0, "#g", "0.00000"},
    {-0.0, "#.3g", "-0.00"},
    {1.0, "#.3g", "1.00"},
    {-1.0, "#.3g", "-1.00"},
    {3.14159, "n", "3.14159"},
    {-3.14159, "n", "-3.14159"},
    {0.5, "n", "0.5"},
    {2.5, "%", "250.000000%"},
    {1e+20, "%", "10000000000000000000000.000000%"},
    {1e+16, "%", "1000000000000000000.000000%"},
    {1e-05, ".1%", "0.0%"},
    {1234.5, ".1%", "123450.0%"},
    {1234567.0, ".1%", "123456700.0%"},
    {-0.001, "+", "-0.001"},
    {100.0, "+", "+100.0"},
    {0.30000000000000004, "+", "+0.30000000000000004"},
    {123456789.12345679, " ", " 123456789.12345679"},
    {kInf, " ", " inf"},
    {-kInf, " ", "-inf"},
    {kNan, "z", "nan"},
    {5e-324, "z", "5e-324"},
    {1e+301, "z", "1e+301"},
    {0.0001, "z.1f", "0.0"},
    {9.995, "z.1f", "10.0"},
    {1e-07, "z.1f", "0.0"},
    {0.0, "z.1e", "0.0e+00"},
    {-0.0, "z.1e", "0.0e+00"},
    {1.0, "z.1e", "1.0e+00"},
    {-1.0, "08.2f", "-0001.00"},
    {3.14159, "08.2f", "00003.14"},
    {-3.14159, "08.2f", "-0003.14"},
    {0.5, "=+10", "+      0.5"},
    {2.5, "=+10", "+      2.5"},
    {1e+20, "=+10", "+    1e+20"},
    {1e+16, "*^12.3f", "10000000000000000.000"},
    {1e-05, "*^12.3f", "***0.000****"},
    {1234.5, "*^12.3f", "**1234.500**"},
    {1234567.0, ",", "1,234,567.0"},
    {-0.001, ",", "-0.001"},
    {100.0, ",", "100.0"},
    {0.30000000000000004, ",.2f", "0.30"},
    {123456789.12345679, ",.2f", "123,456,789.12"},
    {kInf, ",.2f", "inf"},
    {-kInf, "_.1f", "-inf"},
    {kNan, "_.1f", "nan"},
    {5e-324, "_.1f", "0.0"},
    {1e+301, "015,.2f", "10,000,000,000,000,000,525,047,602,552,044,202,487,044,685,811,081,591,549,158,541,155,118,024,579,889,081,957,863,713,750,804,478,640,437,044,438,328,838,781,769,425,232,353,604,305,756,447,921,847,867,069,828,483,872,009,265,758,037,378,302,337,947,880,900,593,689,532,349,707,999,450,811,190,389,676,408,800,746,527,427,801,424,945,792,587,888,200,568,428,381,156,694,721,963,868,654,594,005,401,600.00"},
    {0.0001, "015,.2f", "0,000,000,000.00"},
    {9.995, "015,.2f", "0,000,000,009.99"},
    {1e-07, "F", "0.000000"},
    {0.0, "F", "0.000000"},
    {-0.0, "F", "-0.000000"},
    {1.0, "#", "1.0"},
    {-1.0, "#", "-1.0"},
    {3.14159, "#", "3.14159"},
    {-3.14159, ",g", "-3.14159"},
    {0.5, ",g", "0.5"},
    {2.5, ",g", "2.5"},
    {1e+20, "x", "!V:Unknown format code 'x' for object of type 'float'"},
    {1e+16, "x", "!V:Unknown format code 'x' for object of type 'float'"},
    {1e-05, "x", "!V:Unknown format code 'x' for object of type 'float'"},
    {1234.5, "d", "!V:Unknown format code 'd' for object of type 'float'"},
    {1234567.0, "d", "!V:Unknown format code 'd' for object of type 'float'"},
    {-0.001, "d", "!V:Unknown format code 'd' for object of type 'float'"},
    {100.0, ".", "!V:Format specifier missing precision"},
    {0.30000000000000004, ".", "!V:Format specifier missing precision"},
    {123456789.12345679, ".", "!V:Format specifier missing precision"},
    {kInf, ".f", "!V:Format specifier missing precision"},
    {-kInf, ".f", "!V:Format specifier missing precision"},
    {kNan, ".f", "!V:Format specifier missing precision"},
    {5e-324, "=10", "    5e-324"},
    {1e+301, "=10", "    1e+301"},
    {0.0001, "=10", "    0.0001"},
    {9.995, "<10", "9.995     "},
    {1e-07, "<10", "1e-07     "},
    {0.0, "<10", "0.0       "},
    {-0.0, "^10", "   -0.0   "},
    {1.0, "^10", "   1.0    "},
    {-1.0, "^10", "   -1.0   "},
    {3.14159, "-", "3.14159"},
    {-3.14159, "-", "-3.14159"},
    {0.5, "-", "0.5"},
    {2.5, "+.3e", "+2.500e+00"},
    {1e+20, "+.3e", "+1.000e+20"},
    {1e+16, "+.3e", "+1.000e+16"},
    {1e-05, "0", "1e-05"},
    {1234.5, "0", "1234.5"},
    {1234567.0, "0", "1234567.0"},
    {-0.001, "010", "-00000.001"},
    {100.0, "010", "00000100.0"},
    {0.30000000000000004, "010", "0.30000000000000004"},
    {123456789.12345679, "z.3%", "12345678912.346%"},
    {kInf, "z.3%", "inf%"},
    {-kInf, "z.3%", "-inf%"},
    {kNan, "_g", "nan"},
    {5e-324, "_g", "4.94066e-324"},
    {1e+301, "_g", "1e+301"},
    {0.0001, ",n", "!V:Cannot specify ',' with 'n'."},
    {9.995, ",n", "!V:Cannot specify ',' with 'n'."},
    {1e-07, ",n", "!V:Cannot specify ',' with 'n'."},
    {0.0, ".99999999999999999f", "!V:precision too big"},
    {-0.0, ".99999999999999999f", "!V:precision too big"},
    {1.0, ".99999999999999999f", "!V:precision too big"},
    {-1.0, "12.5e", "-1.00000e+00"},
    {3.14159, "12.5e", " 3.14159e+00"},
    {-3.14159, "12.5e", "-3.14159e+00"},
    // END GENERATED format_float
};

}  // namespace

TEST_CASE("format of float matches CPython for every spec in the table", "[text][format][float]") {
  for (const auto& c : kFloatCases) {
    INFO("format(" << c.value << ", '" << c.spec << "')");
    CHECK(outcome([&] { return format_float(c.value, c.spec); }) == c.result);
  }
}

TEST_CASE("float fixed, exponent and general types", "[text][format][float]") {
  CHECK(format_float(3.14159, ".2f") == "3.14");
  CHECK(format_float(2.5, ".0f") == "2");  // ties to even
  CHECK(format_float(0.125, ".2f") == "0.12");
  CHECK(format_float(1e20, "g") == "1e+20");
  CHECK(format_float(123456, "g") == "123456");
  CHECK(format_float(0.00001, "g") == "1e-05");
  CHECK(format_float(1.5, "#g") == "1.50000");
  CHECK(format_float(1.0, "#.0f") == "1.");
  CHECK(format_float(1.0, ".0e") == "1e+00");
  CHECK(format_float(kInf, "F") == "INF");
}

TEST_CASE("float percent multiplies by 100 and defaults to six places", "[text][format][float]") {
  CHECK(format_float(0.5, "%") == "50.000000%");
  CHECK(format_float(0.256, ".1%") == "25.6%");
  CHECK(format_float(1.0, ".0%") == "100%");
}

TEST_CASE("float with no type is repr without precision and general with one",
          "[text][format][float]") {
  CHECK(format_float(1e16, "10") == "     1e+16");
  CHECK(format_float(0.1 + 0.2, "") == "0.30000000000000004");
  CHECK(format_float(1234.5, ".2") == "1.2e+03");
  CHECK(format_float(1.0, ".3") == "1.0");
  CHECK(format_float(100.0, ".3") == "1e+02");  // switches one digit earlier than 'g'
  CHECK(format_float(100.0, ".4") == "100.0");
}

TEST_CASE("float sign, alignment and zero padding", "[text][format][float]") {
  CHECK(format_float(1.5, "=+10") == "+      1.5");
  CHECK(format_float(-1.5, "0=10") == "-0000001.5");
  CHECK(format_float(1234.5678, "015,.2f") == "0,000,001,234.57");
  CHECK(format_float(kNan, "08.2f") == "00000nan");
  CHECK(format_float(kInf, "010,") == "0000000inf");  // no digits, so nothing to group
  CHECK(format_float(0.0, " ") == " 0.0");
  CHECK(format_float(1.5, "é^10") == "ééé1.5éééé");
}

TEST_CASE("float 'z' drops the sign of a zero result only", "[text][format][float]") {
  CHECK(format_float(-0.0, "z") == "0.0");
  CHECK(format_float(-0.001, "z.1f") == "0.0");
  CHECK(format_float(-0.001, "z.1e") == "-1.0e-03");
  CHECK(format_float(-kInf, "z") == "-inf");
}
