# Looking up a missing dict key raises KeyError; its message is the key's repr.
sizes = {"a.jpg": 204800}
print(sizes["a.jpg"])
print(sizes["b.jpg"])
