# Augmented assignment on names, subscripts and attributes.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
items = [1, 2]
alias = items
items += [3]
print(items, alias, items is alias)
t = (1,)
t += (2,)
print(t)
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)


class Box:
    def __init__(self):
        self.total = 0


box = Box()
box.total += 5
box.total -= 1
print(box.total)
bits = 0b1100
bits &= 0b1010
print(bits)
bits |= 1
print(bits)
