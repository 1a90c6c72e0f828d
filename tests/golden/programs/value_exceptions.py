# Exceptions are values: args, str, repr, type(e).__name__, isinstance.
errors = [ValueError("bad value"), KeyError("k"), ZeroDivisionError(), RuntimeError("a", 1),
          TypeError("t"), IndexError("i"), Exception("plain")]
for e in errors:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    {}["key"]
except KeyError as e:
    print("caught", type(e).__name__, e.args, str(e))
try:
    int("x")
except ValueError as e:
    print(e.args)
try:
    1 / 0
except ArithmeticError as e:
    print("base class caught", type(e).__name__, isinstance(e, ZeroDivisionError), e)
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception))
print(isinstance(ValueError(), (TypeError, ValueError)), issubclass(KeyError, LookupError))
try:
    raise TimeoutError("too slow")
except OSError as e:
    print("TimeoutError is an OSError:", e)
