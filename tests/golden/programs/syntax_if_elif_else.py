# if / elif / else and the conditional expression.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 7, 10, 123]:
    print(n, classify(n))

size = 204800
unit = "KiB" if size >= 1024 else "B"
print(unit)
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty string is falsy")
if 0.0 or None or {}:
    print("never")
elif [0]:
    print("a list holding a zero is truthy")
