# lambda: small anonymous functions, often as a key or with map/filter.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda n: n % 3, range(7))))
print(list(filter(lambda n: n > 2, [5, 1, 4, 2, 3])))
pick = lambda flag: "yes" if flag else "no"
print(pick(True), pick(0))
