# for and while loops with break and continue.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)

count = 0
while True:
    count += 1
    if count == 3:
        continue
    if count >= 5:
        break
    print("count", count)

for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(row, col, end="; ")
print()

for ch in "loop":
    print(ch.upper(), end="")
print()
for key in {"a": 1, "b": 2}:
    print(key)
