# round(): ties go to the even neighbour; with ndigits, the float's true value decides.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(7.0), type(round(7.0)).__name__, round(7.25, 1), type(round(7.25, 1)).__name__)
print(round(0.1 + 0.2, 2), round(2.5, 0), round(-0.4), round(1e-9, 3))
for elapsed in [0.049, 0.05, 0.15, 0.25, 0.35, 1.2999999, 2.0000001]:
    print(elapsed, round(elapsed, 1), f"{elapsed:.1f}")
