# len, range, enumerate (with start), zip (stops at the shortest).
files = ["a.jpg", "b.json", "c.txt"]
sizes = [204800, 1024, 10240]
print(len(files), len("hello"), len({"k": 1}), len(range(10)), len(b"xy"), len(()), len({1, 2}))
for i in range(len(files)):
    print(i, files[i])
for number, name in enumerate(files, start=1):
    print(f"{number}. {name}")
print(list(enumerate("ab")))
for name, size in zip(files, sizes):
    print(name, size)
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip(files, sizes)))
print(list(zip(range(3), range(10, 13), range(20, 23))))
