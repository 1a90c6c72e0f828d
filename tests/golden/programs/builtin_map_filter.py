# map and filter are lazy: they produce values when iterated.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(str, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 2 == 0, nums)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sum(map(int, "1 2 3".split())), ",".join(map(str, range(3))))
lazy = map(lambda n: n * 10, nums)
print(next(lazy), next(lazy), list(lazy))


def is_image(name):
    return name.endswith(".jpg")


print(list(filter(is_image, ["a.jpg", "b.txt", "c.jpg"])))
