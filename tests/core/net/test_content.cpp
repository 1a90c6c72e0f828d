// Deterministic content: the same URL gives the same bytes on every run, with
// exactly the size the profile gives, readable where the type is text.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "net_helpers.h"

using ls::net::generate_body;

TEST_CASE("bodies are generated from the URL: identical across runs, different across URLs", "[net][content]") {
  const auto a1 = generate_body("https://e.com/a.jpg", 200'000, "image/jpeg");
  const auto a2 = generate_body("https://e.com/a.jpg", 200'000, "image/jpeg");
  const auto b = generate_body("https://e.com/b.jpg", 200'000, "image/jpeg");
  CHECK(a1 == a2);
  CHECK(a1 != b);
  CHECK(a1.size() == 200'000);
  CHECK(a1.substr(0, 3) == "\xFF\xD8\xFF");
  // Two networks on two loops agree, body for body.
  ls::loop::EventLoop l1, l2;
  ls::net::SimNetwork n1(l1), n2(l2);
  CHECK(n1.body("https://e.com/x.bin") == n2.body("https://e.com/x.bin"));
}

TEST_CASE("every default type has its exact default size", "[net][content]") {
  ls::loop::EventLoop loop;
  ls::net::SimNetwork net(loop);
  const std::pair<const char*, std::size_t> cases[] = {
      {"/a.jpg", 200'000}, {"/a.jpeg", 200'000}, {"/a.png", 200'000}, {"/a.json", 1'000},
      {"/a.html", 50'000}, {"/a.txt", 10'000},   {"/a.zip", 1'000'000}, {"/a.bin", 1'000'000},
      {"/a.tar.gz", 1'000'000}, {"/a", 10'000}, {"/a.csv", 10'000}};
  for (const auto& [path, size] : cases) {
    INFO(path);
    CHECK(net.body(std::string("https://e.com") + path).size() == size);
    CHECK(net.resource(std::string("https://e.com") + path).size == static_cast<std::int64_t>(size));
  }
}

TEST_CASE(".json bodies are valid JSON documents naming their URL, at any reasonable size", "[net][content]") {
  const auto doc = nlohmann::json::parse(generate_body("https://api.e.com/users.json", 1000, "application/json"));
  CHECK(doc["url"] == "https://api.e.com/users.json");
  CHECK(doc["id"].is_number_integer());
  CHECK(doc["items"].is_array());
  CHECK(doc["items"].size() >= 5);
  for (std::int64_t n : {2, 10, 25, 60, 137, 5000, 200'000}) {
    INFO(n);
    const auto body = generate_body("https://api.e.com/users.json", n, "application/json");
    CHECK(body.size() == static_cast<std::size_t>(n));
    CHECK_NOTHROW(nlohmann::json::parse(body));
  }
}

TEST_CASE(".txt and .html bodies are readable text of the exact size", "[net][content]") {
  const auto txt = generate_body("https://e.com/a.txt", 10'000, "text/plain; charset=utf-8");
  const auto html = generate_body("https://e.com/a.html", 50'000, "text/html; charset=utf-8");
  CHECK(txt.size() == 10'000);
  CHECK(html.size() == 50'000);
  std::size_t odd = 0;
  for (unsigned char c : txt) odd += !(c == '\n' || (c >= 32 && c < 127));
  CHECK(odd == 0);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("</html>") != std::string::npos);
  CHECK(txt.find("  ") == std::string::npos);  // words, not noise
}
