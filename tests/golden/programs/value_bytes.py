# bytes: what downloads and binary files are made of.
data = b"PNG\x00\x01\xff"
print(data, len(data), data[0], data[-1], data[:3], type(data).__name__)
print(b"abc" + b"def", b"ab" * 3, b"" == bytes(), bytes(3), bytes([72, 105]))
print("héllo".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode(), b"ok".decode("ascii"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"abc".upper(), b"  x ".strip())
print(b"hello".startswith(b"he"), b"ell" in b"hello", b"hello".find(b"l"), b"hello".count(b"l"))
chunks = [b"x" * 1024, b"y" * 1024, b"z" * 512]
body = b"".join(chunks)
print(len(body), body[1020:1030], list(b"AZ"))
print(repr(b"'"), repr(b'"'), b"\n\t\\", bytes("abc", "utf-8"))
total = 0
for chunk in chunks:
    total += len(chunk)
print(f"{total} bytes = {total / 1024:.1f} KiB")
