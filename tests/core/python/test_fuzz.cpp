// Robustness: the front end returns an AST or a Diagnostic for any input,
// never crashing, hanging or overflowing the stack. Inputs are random byte
// mutations of valid programs and random token soups, from fixed seeds so
// failures reproduce.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "front_end_helpers.h"

using namespace ls::py;

namespace {

const std::vector<std::string> kCorpus = {
    "import asyncio\nimport time\n\n"
    "async def fetch(i, delay=0.5, *args, name='x', **kw):\n"
    "    await asyncio.sleep(delay)\n"
    "    return f'{name}-{i!r:>{width}} {delay=:.2f}'\n\n"
    "async def main():\n"
    "    start = time.perf_counter()\n"
    "    results = await asyncio.gather(*(fetch(i) for i in range(3)), return_exceptions=True)\n"
    "    for r in results:\n"
    "        print(r, end='\\n')\n"
    "    print(f\"took {time.perf_counter() - start:.1f}s\")\n\n"
    "if __name__ == \"__main__\":\n"
    "    asyncio.run(main())\n",

    "class Timeout(Exception):\n"
    "    code = 0x1F\n"
    "    def __init__(self, msg, *, retry=False):\n"
    "        super().__init__(msg)\n"
    "        self.retry = retry\n\n"
    "def counter():\n"
    "    n = 0\n"
    "    def inc(step=1):\n"
    "        nonlocal n\n"
    "        n += step\n"
    "        return n\n"
    "    return inc\n\n"
    "try:\n"
    "    c = counter(); c(); c(2)\n"
    "except (KeyError, Timeout) as e:\n"
    "    raise RuntimeError('bad') from e\n"
    "else:\n"
    "    pass\n"
    "finally:\n"
    "    del c\n",

    "data = {'a': [1, 2.5e-3, 0b101], **extra, \"b\": (3,)}\n"
    "squares = [x ** 2 for x in range(10) if x % 2 == 0 if x > 2]\n"
    "pairs = {k: v for k, v in data.items()}\n"
    "uniq = {c for c in 'hello' if c not in 'aeiou'}\n"
    "a, *b, (c, d) = 1, 2, 3, (4, 5)\n"
    "x = a if b else c or d and not e\n"
    "y = lambda p, q=2: p[1:2:-1] + q\n"
    "z = 0 <= x < 10 != y is not None\n"
    "w = ~x | y ^ z & 3 << 2 >> 1 // 4\n"
    "s = r'\\d+' '\\x00' '''multi\nline''' \\\n    'joined'\n"
    "bs = b'\\x00\\n' rb'raw'\n"
    "assert x, 'message'\n"
    "while True:\n"
    "    if x: break\n"
    "    elif y:\n"
    "        continue\n"
    "else:\n"
    "    global gg\n",

    "async def worker(q, lock):\n"
    "    async with lock, other() as (o, p):\n"
    "        async for item in q:\n"
    "            total: int = await item.value()\n"
    "            vals = [await v async for v in item]\n"
    "    with open('f.txt', 'w') as f:\n"
    "        f.write(f\"{total:>7,d} {total!s} {{literal}}\")\n"
    "@decorator\n"
    "@other.deco(1, key='v')\n"
    "def decorated(a, /, b, *args, c, **kw) -> None:\n"
    "    return None\n",
};

// Bytes that tend to matter to a Python lexer and parser.
const std::string kInteresting = "()[]{}:;,.\n\r\t \\'\"#@=*+-%<>!&|^~0123456789abcdefxobj_\xff\xc3\xa9";

std::string mutate(std::string s, std::mt19937& rng) {
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  int edits = 1 + static_cast<int>(pick(4));
  for (int e = 0; e < edits && !s.empty(); ++e) {
    size_t at = pick(s.size());
    switch (pick(6)) {
      case 0: s[at] = static_cast<char>(pick(256)); break;
      case 1: s.insert(at, 1, kInteresting[pick(kInteresting.size())]); break;
      case 2: s.erase(at, 1 + pick(8)); break;
      case 3: s.insert(at, s.substr(pick(s.size()), 1 + pick(40))); break;  // duplicate a chunk
      case 4: s.resize(at); break;                                           // truncate
      default: s[at] = kInteresting[pick(kInteresting.size())]; break;
    }
  }
  return s;
}

// Parses and, when it succeeds, walks the whole tree through the dumper.
// Returns false only if the result is inconsistent.
bool parse_survives(const std::string& source) {
  ParseResult r = parse_program("fuzz.py", source);
  if (!r.ok()) return r.error && !r.error->message.empty();
  std::string dumped = ast::dump(r.program->module, {true});
  return dumped.find(":?") == std::string::npos;  // every name resolved
}

}  // namespace

TEST_CASE("the corpus programs used by the fuzz tests are valid", "[fuzz]") {
  for (const std::string& program : kCorpus) {
    ParseResult r = parse_program("t.py", program);
    INFO(program << (r.ok() ? "" : r.error->to_string()));
    CHECK(r.ok());
  }
}

TEST_CASE("random byte mutations of valid programs give an AST or an error, never a crash",
          "[fuzz]") {
  std::mt19937 rng(20240611);
  int errors = 0;
  for (int i = 0; i < 6000; ++i) {
    std::string input = mutate(kCorpus[i % kCorpus.size()], rng);
    bool ok = parse_survives(input);
    if (!ok) FAIL("inconsistent result for input #" << i << ":\n" << input);
    errors += !parse_program("fuzz.py", input).ok();
  }
  // Most mutations break the program; some must survive, or the test is too weak.
  CHECK(errors > 3000);
  CHECK(errors < 6000);
}

TEST_CASE("random token soups give an AST or an error, never a crash", "[fuzz]") {
  const std::vector<std::string> vocabulary = {
      "x", "y", "f", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "+", "-", "*",
      "**", "/", "//", "%", "<", "==", "!=", "not", "and", "or", "in", "is", "if", "else",
      "elif", "for", "while", "def", "class", "return", "lambda", "async", "await", "with",
      "as", "try", "except", "finally", "raise", "from", "import", "global", "nonlocal",
      "del", "pass", "break", "continue", "yield", "None", "True", "1", "2.5", "'s'",
      "f'{x}'", "f'{x:{y}}'", "\n", "\n    ", "\n        ", "@", ":=", "...", "*", "~",
  };
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> word(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int i = 0; i < 4000; ++i) {
    std::string input;
    for (int n = length(rng); n > 0; --n) input += vocabulary[word(rng)] + " ";
    if (!parse_survives(input)) FAIL("inconsistent result for:\n" << input);
  }
}

TEST_CASE("pathological inputs finish quickly with an error or an AST", "[fuzz][limits]") {
  std::vector<std::string> inputs = {
      std::string(100000, '('),
      std::string(100000, '['),
      "x = " + std::string(50000, '-') + "1\n",
      "f'" + std::string(20000, '{') + "'\n",
      "f'" + [] { std::string s; for (int i = 0; i < 5000; ++i) s += "{x}"; return s; }() + "'\n",
      std::string(30000, '\n') + "x",
      std::string(5000, ' ') + "x\n",
      "x = '" + std::string(100000, 'a') + "\n",
      std::string(20000, '\\'),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "lambda: "; return s + "0\n"; }(),
      [] { std::string s = "x = 1"; for (int i = 0; i < 3000; ++i) s += " if x else 1"; return s + "\n"; }(),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "a."; return s + "b\n"; }(),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "await "; return "async def f():\n    " + s + "x\n"; }(),
  };
  for (const std::string& input : inputs) CHECK(parse_survives(input));
}
