# An unclosed bracket, like the seed document's url list.
print("never printed")
urls = [
    "http://example.com/file1",
    "http://example.com/file2",

print(len(urls))
