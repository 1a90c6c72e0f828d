# Recursion without a base case raises RecursionError, never a crash.
def countdown(n):
    if n % 250 == 0:
        print("depth", n)
    return countdown(n + 1) + 1


def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)


print("bounded(500) =", bounded(500))
countdown(0)
