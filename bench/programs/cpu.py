# CPU-bound: 2 million iterations of integer arithmetic.
def work(n):
    total = 0
    i = 0
    while i < n:
        total += i * i % 7
        i += 1
    return total


print(work(2_000_000))
