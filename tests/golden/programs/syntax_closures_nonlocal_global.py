# Closures capture variables; nonlocal rebinds an enclosing one, global a module one.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


first = make_counter(10)
second = make_counter(100)
print(first(), first(), first(5))
print(second(), first())
print(bump(), bump(), counter)
print([f(2) for f in make_multipliers()])


def outer():
    message = "before"

    def show():
        return message

    message = "after"
    return show()


print(outer())
