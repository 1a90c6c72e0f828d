# set: membership, set algebra, dedup. Set order is not something to rely on: sort to print.
seen = set()
for url in ["a", "b", "a", "c", "b"]:
    if url in seen:
        print("duplicate", url)
    seen.add(url)
print(sorted(seen), len(seen))
odd = {1, 3, 5, 7}
small = {1, 2, 3}
print(sorted(odd | small), sorted(odd & small), sorted(odd - small), sorted(odd ^ small))
print(sorted(odd.union(small)), sorted(odd.intersection(small)), sorted(odd.difference(small)))
print(small <= {1, 2, 3, 4}, small.issubset(odd), {1, 2} == {2, 1})
small.discard(2)
small.discard(99)
small.remove(1)
print(small, set([4, 4, 4]), set(), len(set("hello")))
print(sorted(set("mississippi")))
try:
    small.remove(42)
except KeyError as e:
    print("KeyError:", e)
