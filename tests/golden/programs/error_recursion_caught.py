# RecursionError is an ordinary exception: it can be caught, and the program goes on.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, isinstance(e, RuntimeError))
print("still running")
