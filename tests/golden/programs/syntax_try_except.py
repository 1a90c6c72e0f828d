# try / except (one type, a tuple of types, "as") / else / finally.
def parse(text):
    try:
        value = int(text)
    except ValueError as err:
        print("  bad number:", err)
        return None
    else:
        print("  parsed", value)
        return value
    finally:
        print("  finally for", repr(text))


print(parse("42"))
print(parse("forty-two"))


def risky(kind):
    try:
        if kind == "key":
            {}["missing"]
        elif kind == "index":
            [][3]
        elif kind == "zero":
            1 / 0
        return "no error"
    except (KeyError, IndexError) as err:
        return "lookup failed: " + type(err).__name__
    except ZeroDivisionError:
        return "division failed"


for kind in ["key", "index", "zero", "none"]:
    print(kind, "->", risky(kind))


def finally_wins():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(finally_wins())

try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("caught", e)

try:
    x = undefined_name
except Exception as e:
    print(type(e).__name__)
