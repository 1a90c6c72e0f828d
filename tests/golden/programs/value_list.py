# list: a mutable sequence and its methods.
tasks = ["fetch", "parse"]
tasks.append("save")
tasks.insert(0, "start")
tasks.extend(["log", "done"])
print(tasks, len(tasks))
print(tasks.pop(), tasks.pop(0), tasks)
tasks.remove("log")
print(tasks, tasks.index("parse"), tasks.count("fetch"), "save" in tasks)
nums = [5, 2, 9, 1, 5]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy)
pairs = [("b", 2), ("a", 2), ("c", 1)]
pairs.sort(key=lambda p: p[1])
print(pairs)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 7
print(matrix)
print([1, 2] * 2, [1, 2] + [3], [] == list(), [3, 1] < [3, 2])
nums.clear()
print(nums, list(range(3)), list("hey"))
del copy[1:3]
print(copy)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
