#!/usr/bin/env python3
"""Expected values for the text library's tests, computed by CPython.

The tests under tests/core/python/text/ hold tables of literals between
"// BEGIN GENERATED <name>" and "// END GENERATED <name>" lines. This
script computes every expected value with the python3 running it (the
project's oracle is CPython 3.11) and rewrites those blocks in place:

    python3 tests/core/python/text/gen_cases.py          # rewrite the tests
    python3 tests/core/python/text/gen_cases.py --print  # show the blocks

To add a case, add its inputs to a list below and rerun.
"""
import math
import itertools
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NONE = "kNone"  # the tests' sentinel for an omitted optional int


def cstr(s):
    """A C++ string literal: printable text as is (UTF-8 for str), every
    other byte as a three-digit octal escape, which never swallows a
    following digit the way \\x does."""
    def octal(data):
        return "".join("\\%03o" % b for b in data)

    out = []
    if isinstance(s, bytes):
        for b in s:
            c = chr(b)
            out.append("\\" + c if c in '"\\' else c if 0x20 <= b < 0x7F else octal([b]))
    else:
        for c in s:
            if c in '"\\':
                out.append("\\" + c)
            elif 0x20 <= ord(c) < 0x7F or (ord(c) >= 0x80 and c.isprintable()):
                out.append(c)
            else:
                out.append(octal(c.encode("utf-8", "surrogatepass")))
    return '"' + "".join(out) + '"'


def csv(s):
    """A std::string_view literal, with its length when it holds a NUL."""
    if "\0" not in s:
        return cstr(s)
    return f"std::string_view({cstr(s)}, {len(s.encode('utf-8', 'surrogatepass'))})"


def cdouble(x):
    if math.isnan(x):
        return "kNan"
    if math.isinf(x):
        return "kInf" if x > 0 else "-kInf"
    return repr(x)


def copt(v):
    return NONE if v is None else str(v)


def outcome(fn):
    """The expected text of fn(), or "!V:message" / "!O:message" for errors."""
    try:
        return fn()
    except ValueError as e:
        return "!V:" + str(e)
    except OverflowError as e:
        return "!O:" + str(e)


def pick(combos, n):
    """n of the combinations, the same ones on every run (keeps tables short)."""
    combos = list(combos)
    if len(combos) <= n:
        return combos
    keep = sorted(random.Random(2024).sample(range(len(combos)), n))
    return [combos[i] for i in keep]


def cvec(items):
    return "{" + ", ".join(cstr(x) for x in items) + "}"


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
          1e17, 1e-4, 1e-5, 0.00012345, 123456789.123456789, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 1e23,
          2.0 ** 53, 2.0 ** 63, 3.14159, -2.5, 1.5e-7, 123e300, 0.5, 1234.5, 2e16 + 8, 1e100,
          4.35, 0.3, 1.1, 2.675, 1e-310, 12345678901234567890.0, 0.000999, 0.0001, 9.999e-5]

ROUNDS = [(2.5, 0), (3.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2),
          (0.5, 0), (1.5, 0), (-0.5, 0), (-0.4, 0), (12345.6789, -2), (25.0, -1), (15.0, -1),
          (35.0, -1), (5.0, -1), (6.0, -1), (0.5, -1), (-6.0, -1), (123456.0, -6), (523456.0, -6),
          (500000.0, -6), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
          (1e300, -300), (0.1 + 0.2, 15), (0.1 + 0.2, 16), (3.14159, 3), (3.14159, 0),
          (2.5e-5, 5), (1.23456789e-10, 12), (123.456, 400), (123.456, -400), (float("inf"), 2),
          (float("-inf"), -2), (float("nan"), 1), (0.0, 3), (-0.0, -3), (9.995, 2),
          (1e16 + 2, -1), (4503599627370497.0, -1), (99.5, -2), (50.0, -2), (150.0, -2)]

ROUND_INTS = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.6, -2.6, 1e15 + 0.5,
              4503599627370497.0, 9.2e18, -9.2e18, 123.0, float("inf"), float("nan"), 1e19]

INT_PARSES = [("42", 10), ("  -42\n", 10), ("+7", 10), ("1_000", 10), ("1__000", 10),
              ("_1", 10), ("1_", 10), ("0x1f", 0), ("0X1F", 16), ("1f", 16), ("0x_1f", 0),
              ("0o17", 0), ("0b101", 0), ("0b101", 2), ("0b", 16), ("010", 0), ("000", 0),
              ("0_0", 0), ("010", 10), ("z", 36), ("Z", 36), ("12", 2), ("", 10), ("-", 10),
              (" ", 10), ("9223372036854775807", 10), ("-9223372036854775808", 10),
              ("9223372036854775808", 10), ("1 2", 10), ("\u00a012\u2003", 10), ("0x", 0),
              ("1.5", 10), ("-0", 10), ("+0x10", 0), ("- 1", 10), ("0o8", 0), ("777", 8)]

FLOAT_PARSES = ["1.5", " -2.25 ", "1e5", "1E-5", ".5", "5.", ".", "inf", "-Infinity", "NaN",
                "+inf", "infinity ", "1_000.000_1", "1__0", "_1", "1_", "1._5", "1e1_0", "1e",
                "e5", "0x10", "1e400", "-1e400", "1e-400", "-1e-400", "12abc", "", "   ",
                "0.1", "1.7976931348623157e308", "4.9e-324", "nan(1)", "--1", "1.e5",
                "\u20001.25\u3000", "00012", "1.5e+3", "+.5e-1"]

INT_SPECS = ["", "d", "5", "<5", "^5", ">5", "=5", "*^9", "+", " ", "-", "+d", "08d", "08",
             "#x", "#X", "#o", "#b", "x", "X", "o", "b", ",", ",d", "_", "_x", "_b", "#_b",
             "010,", "08,", "x=10,", "#010x", "c", "5c", "05c", "n", "e", ".2e", "f", ".1f",
             "%", ".0%", "g", "G", "E", "F", "é^9", ",x", ".2", "z", "s", "5.5.5", ",_", "_,",
             "+c", "#c", "_n", "99999999999999999999d", "#.0e", "<#08x", "=^5", "0=5", "<08"]
INT_VALUES = [0, 1, -1, 5, -5, 42, 255, -255, 1234, -1234, 1234567, 65, 0xE9, 0x1F600,
              0x110000, 2 ** 63 - 1, -2 ** 63, 10 ** 17]

FLOAT_SPECS = ["", "f", ".2f", ".0f", "#.0f", ".3", ".2", ".17", "10", "e", ".2e", "E", "#.0e",
               "g", "G", ".3g", "#g", "#.3g", "n", "%", ".1%", "+", " ", "z", "z.1f", "z.1e",
               "08.2f", "=+10", "*^12.3f", ",", ",.2f", "_.1f", "015,.2f", "F", "#", ",g", "x",
               "d", ".", ".f", "=10", "<10", "^10", "-", "+.3e", "0", "010", "z.3%",
               "_g", ",n", ".99999999999999999f", "12.5e"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 3.14159, -3.14159, 0.5, 2.5, 1e20, 1e16, 1e-5, 1234.5,
                1234567.0, -0.001, 100.0, 0.1 + 0.2, 123456789.123456789, float("inf"),
                float("-inf"), float("nan"), 5e-324, 1e300 * 10, 0.0001, 9.995, 1e-7]

STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "é>4", ".2", "10.3", "05", "0>5",
             "+", " ", "#", "=5", "z", "d", ",", "5.5.5", ".", ".0", "x<3", "🙂^5"]
STR_VALUES = ["", "x", "ab", "hello", "héllo", "日本語", "a\tb"]


def gen_float_repr():
    return [f"{{{cdouble(x)}, {cstr(repr(x))}}}," for x in FLOATS]


def gen_round():
    rows = []
    for x, n in ROUNDS:
        rows.append(f"{{{cdouble(x)}, {n}, {cstr(outcome(lambda: repr(round(x, n))))}}},")
    return rows


def gen_round_int():
    rows = []
    for x in ROUND_INTS:
        r = outcome(lambda: str(round(x)))
        if not r.startswith("!") and not -2 ** 63 <= int(r) < 2 ** 63:
            r = "!O:int too large for int64"  # a documented limit of this interpreter
        rows.append(f"{{{cdouble(x)}, {cstr(r)}}},")
    return rows


def gen_parse_int():
    rows = []
    for s, base in INT_PARSES:
        try:
            v = int(s, base)
            r = str(v) if -2 ** 63 <= v < 2 ** 63 else "overflow"
        except ValueError:
            r = "invalid"
        rows.append(f"{{{cstr(s)}, {base}, {cstr(r)}}},")
    return rows


def gen_parse_float():
    rows = []
    for s in FLOAT_PARSES:
        try:
            r = repr(float(s))
        except ValueError:
            r = "invalid"
        rows.append(f"{{{cstr(s)}, {cstr(r)}}},")
    return rows


def gen_format(values, specs, conv, per_spec):
    rows = []
    for i, spec in enumerate(specs):
        # Each spec meets a different few values, so all values get used.
        for k in range(per_spec):
            v = values[(i * per_spec + k) % len(values)]
            r = outcome(lambda: format(v, spec))
            rows.append(f"{{{conv(v)}, {cstr(spec)}, {cstr(r)}}},")
    return rows


def cint(v):
    return "INT64_MIN" if v == -2 ** 63 else f"{v}LL" if abs(v) > 2 ** 31 else str(v)


STRS = ["", "a", "hello world", "  hello  world  ", "a,b,,c,", "héllo wörld", "日本語のテキスト",
        "\t tab\u3000ideo\u00a0nbsp\n", "aaa", "ab" * 5, "Straße", "they're bill's friends",
        "HELLO", "Hello World", "ÿµß ÀÉ", "x\r\ny\rz\n\x0bw\u2028v\x85", "a\u00e9b\u00e9c",
        "-42", "+7", "abc123", "½²", "ª", "AªB", "  "]
SEPS = [None, ",", " ", "l", "é", "ab", "xyz"]


def gen_split():
    rows = []
    for s, sep, m in pick(itertools.product(STRS, SEPS, (-1, 0, 1, 2)), 90):
        a, b = s.split(sep, m), s.rsplit(sep, m)
        csep = "std::nullopt" if sep is None else cstr(sep)
        rows.append(f"{{{cstr(s)}, {csep}, {m}, {cvec(a)}, {cvec(b)}}},")
    return rows


def gen_find():
    rows = []
    subs = ["", "l", "o", "é", "日本", "ab", "zz", "hello"]
    bounds = [(None, None), (1, None), (-3, None), (2, 5), (None, -1), (5, 2), (100, None),
              (None, 100), (-100, 3), (0, 0)]
    strs = ["hello world", "héllo wörld", "日本語の日本", "abababab", ""]
    for s, sub, (st, en) in pick(itertools.product(strs, subs, bounds), 100):
        rows.append(f"{{{cstr(s)}, {cstr(sub)}, {copt(st)}, {copt(en)}, "
                    f"{s.find(sub, st, en)}, {s.rfind(sub, st, en)}, "
                    f"{s.count(sub, st, en)}, {str(s.startswith(sub, st, en)).lower()}, "
                    f"{str(s.endswith(sub, st, en)).lower()}}},")
    return rows


def gen_strip():
    rows = []
    strs = STRS + ["xxhixx", "éaéhiéa", "\u2003 x \u2003"]
    for s, chars in pick(itertools.product(strs, (None, "x", " a", "éa", "", "hd")), 60):
        c = "std::nullopt" if chars is None else cstr(chars)
        rows.append(f"{{{cstr(s)}, {c}, {cstr(s.strip(chars))}, {cstr(s.lstrip(chars))}, "
                    f"{cstr(s.rstrip(chars))}}},")
    return rows


def gen_replace():
    rows = []
    strs = ["hello world", "aaaa", "héllo", "", "abc", "日本日本"]
    pairs = [("l", "L"), ("", "-"), ("a", "bb"), ("aa", "x"), ("é", "e"), ("日本", "x"),
             ("zz", "y"), ("hello world", "")]
    for s, (old, new), count in pick(itertools.product(strs, pairs, (-1, 0, 1, 2)), 60):
        rows.append(f"{{{cstr(s)}, {cstr(old)}, {cstr(new)}, {count}, "
                    f"{cstr(s.replace(old, new, count))}}},")
    return rows


def gen_case():
    rows = []
    for s in STRS + ["mIxEd CaSe 123", "o'neil mcdonald-smith", "ß", "ÿ", "µ", "éCOLE"]:
        rows.append(f"{{{cstr(s)}, {cstr(s.upper())}, {cstr(s.lower())}, {cstr(s.capitalize())}, "
                    f"{cstr(s.title())}, {cstr(s.swapcase())}}},")
    return rows


def gen_pad():
    rows = []
    strs = ["", "a", "ab", "abc", "héllo", "-42", "+1", "日本"]
    widths = (-1, 0, 3, 4, 5, 6, 7, 10)
    for s, width, fill in pick(itertools.product(strs, widths, (" ", "*", "é")), 70):
        rows.append(f"{{{cstr(s)}, {width}, {cstr(fill)}, {cstr(s.center(width, fill))}, "
                    f"{cstr(s.ljust(width, fill))}, {cstr(s.rjust(width, fill))}, "
                    f"{cstr(s.zfill(width))}}},")
    return rows


PREDICATES = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isprintable", "isascii"]


def gen_predicates():
    rows = []
    extra = ["123", "12a", "²", "½", "٣", " \t\n", "\u3000", "ABC", "abc", "Abc Def", "ABC def",
             "a\x00b", "é", "É", "\u200b", "中文", "Hello, World!", "1A", "\xa0", "〇", "𝟙", "①"]
    for s in STRS + extra:
        bits = "".join("1" if getattr(s, p)() else "0" for p in PREDICATES)
        rows.append(f"{{{csv(s)}, \"{bits}\"}},")
    return rows


def gen_partition():
    rows = []
    strs = ["a=b=c", "abc", "", "é=ü=ö", "==", "key: value: x"]
    for s, sep in pick(itertools.product(strs, ["=", ": ", "x", "abc", "é"]), 20):
        rows.append(f"{{{cstr(s)}, {cstr(sep)}, {cvec(s.partition(sep))}, "
                    f"{cvec(s.rpartition(sep))}}},")
    return rows


def gen_splitlines():
    rows = []
    for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\n\n", "x\x0by\x0cz\x1c\x1d\x1e",
              "é\u2028ü\u2029ö\x85", "line\r", "a\n\rb"]:
        for keep in (False, True):
            rows.append(f"{{{cstr(s)}, {str(keep).lower()}, {cvec(s.splitlines(keep))}}},")
    return rows


def gen_slice():
    rows = []
    bounds = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100]
    strs = ["hello", "héllo", "日本語", ""]
    for s, st, en, step in pick(itertools.product(strs, bounds, bounds, (1, 2, -1, -2, 3)), 120):
        rows.append(f"{{{cstr(s)}, {copt(st)}, {copt(en)}, {step}, "
                    f"{cstr(s[st:en:step])}}},")
    return rows


def gen_char_at():
    rows = []
    for s in ["hello", "héllo", "日本語", "a🙂b", ""]:
        for i in (0, 1, 2, 4, 5, -1, -3, -5, -6):
            try:
                r = cstr(s[i])
            except IndexError:
                r = "std::nullopt"
            rows.append(f"{{{cstr(s)}, {i}, {r}, {len(s)}}},")
    return rows


def gen_str_repr():
    rows = []
    cases = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
             "nl\nand\rcr", "\x00\x01\x1f\x7f", "é ü ñ", "\x80\x9f\xa0\xad\xff", "日本語",
             "\u200b\u2028\u3000\ufeff", "\U0001F600", "\U000E0001\U0010FFFF", "\ud800",
             "\u0378", "\U0001D11E", "'", '"', "'\"", "\\'", "\x0b\x0c", "\u00a0x", "\u0300"]
    for s in cases:
        rows.append(f"{{{csv(s)}, {cstr(repr(s))}}},")
    return rows


def gen_bytes_repr():
    rows = []
    cases = [b"", b"abc", b"it's", b'"q"', b"'\"", b"\x00\xff\x80\x7f", b"\t\n\r\\",
             "é".encode(), b" ~"]
    for b in cases:
        rows.append(f"{{std::string_view({cstr(b)}, {len(b)}), {cstr(repr(b))}}},")
    return rows


BLOCKS = {
    "float_repr": gen_float_repr,
    "round": gen_round,
    "round_int": gen_round_int,
    "parse_int": gen_parse_int,
    "parse_float": gen_parse_float,
    "format_int": lambda: gen_format(INT_VALUES, INT_SPECS, cint, 3),
    "format_float": lambda: gen_format(FLOAT_VALUES, FLOAT_SPECS, cdouble, 3),
    "format_str": lambda: gen_format(STR_VALUES, STR_SPECS, cstr, 3),
    "split": gen_split,
    "find": gen_find,
    "strip": gen_strip,
    "replace": gen_replace,
    "case": gen_case,
    "pad": gen_pad,
    "predicates": gen_predicates,
    "partition": gen_partition,
    "splitlines": gen_splitlines,
    "slice": gen_slice,
    "char_at": gen_char_at,
    "str_repr": gen_str_repr,
    "bytes_repr": gen_bytes_repr,
}


def main():
    if "--print" in sys.argv:
        for name, fn in BLOCKS.items():
            print(f"// BEGIN GENERATED {name}")
            print("\n".join(fn()))
            print(f"// END GENERATED {name}")
        return
    pattern = re.compile(r"^(\s*)// BEGIN GENERATED (\w+)\n.*?^\s*// END GENERATED \2\n",
                         re.S | re.M)
    seen = set()
    for fname in sorted(os.listdir(HERE)):
        if not fname.endswith(".cpp"):
            continue
        path = os.path.join(HERE, fname)
        text = open(path, encoding="utf-8").read()

        def fill(m):
            indent, name = m.group(1), m.group(2)
            seen.add(name)
            body = "".join(f"{indent}{row}\n" for row in BLOCKS[name]())
            return (f"{indent}// BEGIN GENERATED {name}\n{body}"
                    f"{indent}// END GENERATED {name}\n")

        new = pattern.sub(fill, text)
        if new != text:
            open(path, "w", encoding="utf-8").write(new)
    missing = set(BLOCKS) - seen
    if missing:
        sys.exit("no block in the tests for: " + ", ".join(sorted(missing)))


if __name__ == "__main__":
    main()
