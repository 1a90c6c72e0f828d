#!/usr/bin/env python3
"""Checks that a PNG has the expected size and is a real picture, not a blank.

Usage: check_png.py FILE WIDTH HEIGHT [MIN_COLOURS]
Only the standard library (zlib): the test machines have no PIL.
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError("expected 8-bit RGB(A), not interlaced")
    return width, height, channels, zlib.decompress(b"".join(idat))


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(width, height, bpp, raw):
    """Yields each row's bytes after undoing PNG's per-row filter."""
    stride = width * bpp
    prev = bytearray(stride)
    pos = 0
    for _ in range(height):
        kind, row = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 0xFF
        elif kind == 2:
            row = bytearray((x + y) & 0xFF for x, y in zip(row, prev))
        elif kind == 3:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                up_left = prev[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + paeth(left, prev[i], up_left)) & 0xFF
        yield row
        prev = row


def main():
    path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    min_colours = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    width, height, bpp, raw = read_png(path)
    if (width, height) != (want_w, want_h):
        sys.exit(f"{path}: {width}x{height}, expected {want_w}x{want_h}")
    colours, counts = set(), {}
    for row in unfilter(width, height, bpp, raw):
        for i in range(0, len(row), bpp):
            px = bytes(row[i:i + 3])
            colours.add(px)
            counts[px] = counts.get(px, 0) + 1
    background = max(counts.values()) / (width * height)
    print(f"{path}: {width}x{height}, {len(colours)} colours, "
          f"most common colour covers {background:.0%}")
    if len(colours) < min_colours:
        sys.exit(f"{path}: only {len(colours)} colours, looks blank")
    if background > 0.97:
        sys.exit(f"{path}: one colour covers {background:.0%} of it, looks blank")


if __name__ == "__main__":
    main()
