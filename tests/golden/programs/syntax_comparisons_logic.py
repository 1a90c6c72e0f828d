# Comparisons (chained), in / not in, is / is not, and/or/not, conditional expressions.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(x == 5.0, x != 5, "a" < "b" < "ba", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(3 in [1, 2, 3], "ell" in "hello", "k" in {"k": 1}, 4 not in {1, 2})
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None)
print(0 or "default", "" or [] or "last", 3 and 4, 0 and 1 / 0)
print(not 0, not "x", not None)


def loud(label, value):
    print("evaluating", label)
    return value


print(loud("left", False) and loud("right", True))
print(loud("left", True) or loud("right", True))
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(1 == 1.0 == True, "1" == 1)
