# None and bool: truthiness, bool as int, repr and comparisons.
print(None, repr(None), type(None).__name__)
print(True, False, type(True).__name__, True == 1, False == 0)
print(True + 1, True * 10, int(True), str(False))
print(bool(None), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(set()))
print(bool(1), bool(-1), bool(0.1), bool("0"), bool([0]), bool({0: 0}), bool(range(1)))


def nothing():
    pass


print(nothing(), nothing() is None)
result = None
print(result or "fallback", result is None, result == None)
print(isinstance(True, int), True is True, not True)
