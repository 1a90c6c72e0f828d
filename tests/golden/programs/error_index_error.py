# Indexing past the end of a list raises IndexError.
urls = ["u1", "u2", "u3"]
for i in range(4):
    print(i, urls[i])
