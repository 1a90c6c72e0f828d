# str: indexing, slicing, concatenation, comparison, escapes, repr vs str, iteration.
s = "asyncio"
print(s[0], s[-1], s[1:4], len(s), s + "!", s * 2)
print(str(42), str(3.0), str([1, "a"]), str(None), str(True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print("line1\nline2")
print("caf\u00e9", "\x41", len("\n"))
print("apple" < "banana", "Zebra" < "apple", "abc" == "abc", "a" * 0 == "")
for ch in "hi!":
    print(ch, end=" ")
print()
words = "the quick brown fox".split()
print(words, len(words), max(words), min(words, key=len))
print(list("abc"), sorted("cba"), "".join(sorted("loop")))
print("x" in "box", "ox" not in "box", "box".upper().lower())
msg = "Downloaded"
msg += " 3 files"
print(msg)
print(str(b"raw"), repr(""), "" == str())
