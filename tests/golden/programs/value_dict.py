# dict: insertion ordered; items/keys/values/get and friends.
sizes = {"cat.jpg": 204800, "data.json": 1024}
sizes["notes.txt"] = 10240
print(sizes)
print(list(sizes.keys()), list(sizes.values()))
for name, size in sizes.items():
    print(f"{name:<10}{size:>8}")
print(sizes.get("data.json"), sizes.get("missing"), sizes.get("missing", 0))
print("cat.jpg" in sizes, 204800 in sizes, len(sizes))
sizes["cat.jpg"] = 1
print(list(sizes))
del sizes["data.json"]
sizes["data.json"] = 2
print(sizes)
print(sizes.pop("notes.txt"), sizes.pop("nothing", "default"), sizes)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(counts.setdefault("d", 0), counts)
merged = dict(counts)
merged.update({"a": 100, "z": 26})
print(merged, counts == merged)
print(dict([("x", 1), ("y", 2)]), dict(a=1, b=2), {k: v for k, v in zip("ab", [1, 2])})
print(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)[:2])
try:
    counts["missing"]
except KeyError as e:
    print("KeyError:", e)
