# f-strings: expressions, !r, widths, alignment, thousands separators, precision.
name = "report.json"
size = 1234567
t = 2.0049
ratio = 0.4567
print(f"{name}")
print(f"{name!r}")
print(f"[{size:>12,d}]")
print(f"[{size:<12,}]")
print(f"[{42:>7,d}]")
print(f"{t:.2f} s, {t:.1f} s, {t:.0f} s")
print(f"[{name:<14}]|")
print(f"[{name:>14}]")
print(f"[{name:^15}]")
print(f"[{'x':*^7}]")
print(f"{7:03d} {3.14159:8.3f} {-2:+d} {5:+d}")
print(f"{ratio:.1%} {1e6:,.0f} {255:x} {255:X} {5:b} {8:o}")
print(f"{1/3} {2/3:.3} {100.0} {1e20} {12345.678:e}")
print(f"{size // 1024} KiB = {size / 1024:.1f} KiB")
width = 10
print(f"[{name:>{width}}]")
print(f"{'nested ' + name.upper()}")
print(f"{{literal braces}} {len(name)}")
items = ["a", "b"]
print(f"{items} {items!r} {items[0]!r} {None} {True}")
print(f"{3.0:g} {0.0001:g} {1234567.0:g}")
