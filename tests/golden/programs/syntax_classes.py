# Simple classes: __init__, methods, instance and class attributes.
class Download:
    count = 0

    def __init__(self, url, size=0):
        self.url = url
        self.size = size
        self.done = False
        Download.count += 1

    def name(self):
        return self.url.split("/")[-1]

    def finish(self, size):
        self.size = size
        self.done = True
        return self

    def describe(self):
        state = "done" if self.done else "pending"
        return f"{self.name()}: {self.size} bytes, {state}"


a = Download("https://example.com/img/cat.jpg")
b = Download("https://example.com/data.json", size=1024)
print(a.describe())
print(a.finish(204800).describe())
print(b.describe())
print(Download.count, a.count, type(a).__name__)
print(isinstance(a, Download), isinstance("x", Download))
b.extra = "new attribute"
print(b.extra)


class Counter:
    def __init__(self):
        self.values = []

    def add(self, *items):
        for item in items:
            self.values.append(item)
        return len(self.values)


c = Counter()
print(c.add(1, 2), c.add(3), c.values)
method = c.add
print(method(4), c.values)
