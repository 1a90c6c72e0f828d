// BigInt (python/bigint.h): every expected value below was printed by
// python3 3.11 for the same expression.
#include <catch2/catch.hpp>

#include <cmath>

#include "python/bigint.h"

using ls::py::BigInt;

namespace {

BigInt big(const char* decimal) {
  const bool negative = decimal[0] == '-';
  return BigInt::from_digits(negative ? decimal + 1 : decimal, 10, negative);
}

// a = 3**200 - 7**90, b = -(2**130 + 12345), c = 10**25 + 3
const char* kA =
    "265613988875874769327330844441458582469893325939849349897520956915807512043087616622264459016752";
const char* kB = "-1361129467683753853853498429727072858169";
const char* kC = "10000000000000000000000003";

}  // namespace

TEST_CASE("BigInt reads and prints decimal, hex and binary digits", "[bigint]") {
  CHECK(big(kA).to_string() == kA);
  CHECK(big(kB).to_string() == kB);
  CHECK(big(kA).to_string(16) == "1fd5863c3eb0469ea8c9d5df40c5240e5a4e33a455bd73dfedbfe6b350ef3657666c09d519893a30");
  CHECK(big(kC).to_string(2) == "100001000101100101010001011000010100000000010100100001001010000000000000000000000011");
  CHECK(BigInt::from_digits("ff", 16, true).to_string() == "-255");
  CHECK(BigInt().to_string() == "0");
  CHECK(big(kA).bit_length() == 317);
  CHECK(big(kB).bit_length() == 131);
}

TEST_CASE("BigInt adds, subtracts and multiplies with signs", "[bigint]") {
  CHECK((big(kA) + big(kB)).to_string() ==
        "265613988875874769327330844441458582469893325939849349896159827448123758189234118192537386158583");
  CHECK((big(kA) - big(kB)).to_string() ==
        "265613988875874769327330844441458582469893325939849349898882086383491265896941115051991531874921");
  CHECK((big(kA) * big(kB)).to_string() ==
        "-3615350272879779424645374155194144298356778873860365309992105553829850606990635343386537295041010992431143"
        "75836028650540904440091047088");
  CHECK((big(kB) - big(kB)).is_zero());
  CHECK(!(big(kB) - big(kB)).negative());
  CHECK(BigInt::pow(BigInt(7), 77).to_string() == "118181386580595879976868414312001964434038548836769923458287039207");
}

TEST_CASE("BigInt floor division and modulo follow Python's signs", "[bigint]") {
  BigInt q, r;
  BigInt::divmod(big(kA), big(kB), q, r);
  CHECK(q.to_string() == "-195142339639352942278880925348398388462629559965397255529");
  CHECK(r.to_string() == "-826129316197271158333606635714009049649");
  BigInt::divmod(big(kB), big(kC), q, r);
  CHECK(q.to_string() == "-136112946768376");
  CHECK(r.to_string() == "6146146501978611767446959");
  BigInt::divmod(big(kA), big(kC), q, r);
  CHECK(q.to_string() == "26561398887587476932733076475726191970746252774061992271894504467704918");
  CHECK(r.to_string() == "9857110800938751055901998");
}

TEST_CASE("BigInt shifts and bitwise operators act on infinite two's complement", "[bigint]") {
  CHECK(big(kB).shl(77).to_string() == "-205688069665150755269371147819668814988365638597022128137043968");
  CHECK(big(kB).shr(77).to_string() == "-9007199254740993");
  CHECK(big(kA).shr(300).to_string() == "130392");
  CHECK((big(kA) & big(kB)).to_string() ==
        "265613988875874769327330844441458582469893325939849349896159827448123758189234118192537386158592");
  CHECK((big(kA) | big(kB)).to_string() == "-9");
  CHECK((big(kA) ^ big(kB)).to_string() ==
        "-265613988875874769327330844441458582469893325939849349896159827448123758189234118192537386158601");
  CHECK((~big(kB)).to_string() == "1361129467683753853853498429727072858168");
}

TEST_CASE("BigInt converts to float correctly rounded, ties to even", "[bigint]") {
  CHECK(big(kA).to_double() == 2.6561398887587478e+95);
  CHECK(BigInt::pow(BigInt(2), 53).to_double() == 9007199254740992.0);
  CHECK((BigInt::pow(BigInt(2), 53) + BigInt(1)).to_double() == 9007199254740992.0);
  CHECK((BigInt::pow(BigInt(2), 53) + BigInt(3)).to_double() == 9007199254740996.0);
  CHECK((BigInt::pow(BigInt(2), 54) + BigInt(3)).to_double() == 1.8014398509481988e+16);
  CHECK((-(BigInt::pow(BigInt(2), 64) + BigInt(2048))).to_double() == -1.8446744073709552e+19);
  CHECK((BigInt::pow(BigInt(2), 64) + BigInt(2049)).to_double() == 1.8446744073709556e+19);
  CHECK((BigInt::pow(BigInt(2), 1024) - BigInt::pow(BigInt(2), 971)).to_double() == 1.7976931348623157e+308);
  CHECK(std::isinf((BigInt::pow(BigInt(2), 1024) - BigInt::pow(BigInt(2), 970)).to_double()));
  CHECK(BigInt::from_double(1e30).to_string() == "1000000000000000019884624838656");
  CHECK(BigInt::from_double(-1.5e20).to_string() == "-150000000000000000000");
}

TEST_CASE("BigInt hashes as CPython does and knows when it fits int64", "[bigint]") {
  CHECK(big(kA).hash() == 1443310160328129554);
  CHECK(big(kB).hash() == -12601);
  CHECK(big(kC).hash() == 1590897978363751595);
  CHECK(BigInt(INT64_MIN).fits_int64());
  CHECK(BigInt(INT64_MIN).to_int64() == INT64_MIN);
  CHECK(!(BigInt(INT64_MAX) + BigInt(1)).fits_int64());
  CHECK((BigInt(INT64_MIN) - BigInt(1) + BigInt(1)).fits_int64());
}
