# random: the values differ between seeds and implementations, so this prints only
# what holds for any seed: ranges, membership, and that shuffle keeps every item.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(100)]
print(min(rolls) >= 1, max(rolls) <= 6, len(rolls))
floats = [random.random() for _ in range(100)]
print(all(0 <= f < 1 for f in floats))
print(all(1.5 <= random.uniform(1.5, 2.5) <= 2.5 for _ in range(50)))
colors = ["red", "green", "blue"]
print(random.choice(colors) in colors)
deck = list(range(10))
random.shuffle(deck)
print(sorted(deck) == list(range(10)), len(deck))
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
again = [random.random() for _ in range(3)]
print("same seed, same sequence:", first == again)
