# sorted (key, reverse; stable), min and max (key, default).
scores = {"ada": 91, "bob": 78, "cy": 91, "dee": 60}
print(sorted(scores))
print(sorted(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2.5, 1, -3)))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(4, 2, 8), max([4, 2, 8]), min("hello"), max("a", "b", "ab"))
print(max(words, key=len), min(words, key=len), max(scores, key=scores.get))
print(min([], default="empty"), max([(1, "a"), (1, "b")]))
original = [5, 3, 4]
result = sorted(original)
print(original, result)
