# sum (with a start), abs, round.
print(sum([1, 2, 3]), sum([]), sum(range(5), 100), sum([0.5, 0.25]), sum([[1], [2]], []))
print(abs(-7), abs(7), abs(-2.5), abs(0), abs(-0.0))
print(round(2.567, 2), round(2.5), round(-2.5), round(17, -1), round(0.1, 5))
sizes = [204800, 1024, 10240]
total = sum(sizes)
print(total, round(total / 1024), round(total / 1024 / 1024, 3))
