# open() beyond "w" and "r": append, exclusive create, read+write, line reading,
# seek/tell, binary slices, and the errors a missing or existing file gives.
with open("log.txt", "w") as f:
    print(f.write("alpha\n"), f.write("béta\n"), f.write("gamma"))

with open("log.txt", "a") as f:
    f.write("\ndelta\n")

with open("log.txt") as f:
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), f.closed)
print(f.closed)

with open("log.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))

with open("log.txt") as f:
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read(8)))

try:
    open("log.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)

try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e)

with open("data.bin", "wb") as f:
    f.write(bytes(range(10)))
with open("data.bin", "r+b") as f:
    head = f.read(4)
    f.write(b"XY")
with open("data.bin", "rb") as f:
    data = f.read()
print(head, data, data[4:6], len(data), type(data).__name__)

with open("new.txt", "x") as f:
    f.writelines(["one\n", "two\n"])
with open("new.txt") as f:
    print(f.read().split())
