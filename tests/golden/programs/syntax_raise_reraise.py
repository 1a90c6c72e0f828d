# raise with a message, raise a class, and a bare raise to re-raise.
def check_age(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age


def log_and_reraise(age):
    try:
        return check_age(age)
    except ValueError:
        print("logging the problem, then passing it on")
        raise


try:
    log_and_reraise(-3)
except ValueError as err:
    print("caller got:", err)

try:
    raise KeyError
except KeyError as err:
    print("raised a class:", repr(err), err.args)

try:
    raise RuntimeError("first", 2)
except RuntimeError as err:
    print(err.args, str(err))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as err:
    print("converted:", err)
