# int, float, str, repr, bool, list, dict, tuple, set, type conversions.
print(int("42") + 1, int(7.9), int(-7.9), int("0"), int(False), int("0x1f", 16))
print(float("3.5"), float(2), float("  -0.25 "), float("1e-3"))
print(str(12) + "!", str(1.0), str([1, 2]), str("s"), repr("s"), repr(1.0), repr([1, "a"]))
print(bool(0), bool("False"), bool([]), bool(0.0), bool(None), bool(42))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(2)))
print(dict([("a", 1)]), dict(a=1), dict({"x": 1}), dict(zip("ab", "xy")))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print(sorted(set([3, 1, 3, 2])), set(), sorted(set("aab")))
print(type(int("5")).__name__, type(float(5)).__name__, type(str(5)).__name__)
for bad in ["4.5", "", "seven"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
