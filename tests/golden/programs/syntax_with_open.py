# with: open() for writing and reading closes the file when the block ends.
with open("notes.txt", "w") as f:
    f.write("first line\n")
    f.write("second line\n")

with open("notes.txt") as f:
    text = f.read()
print(repr(text))
print(text.splitlines())

with open("notes.txt", "a") as f:
    f.write("third line\n")
with open("notes.txt", "r") as f:
    for line in f.read().splitlines():
        print(line.strip())

with open("data.bin", "wb") as f:
    written = f.write(b"\x00\x01\x02abc")
print("bytes written:", written)
with open("data.bin", "rb") as f:
    data = f.read()
print(data, len(data))
