# List, dict and set comprehensions and generator expressions.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print([(i, c) for i, c in enumerate("abc")])
print([x * y for x in range(1, 4) for y in range(1, 3)])
print([[r * 3 + c for c in range(3)] for r in range(2)])
print({n: n ** 2 for n in range(5)})
print({word: len(word) for word in ["loop", "task", "await"]})
print(sorted({n % 4 for n in nums}))
print(sum(n for n in nums if n > 2), max(len(w) for w in ["a", "abc", "ab"]))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
print(" ".join(str(n) for n in range(5)))
x = "outer"
print([x for x in "ab"], x)
