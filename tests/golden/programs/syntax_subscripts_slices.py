# Indexing and slicing, with negative indices and steps.
letters = "abcdefghij"
print(letters[0], letters[-1], letters[3])
print(letters[2:5], letters[:3], letters[7:], letters[-3:])
print(letters[::2], letters[1::3], letters[::-1], letters[8:2:-2])
print(letters[100:], repr(letters[5:2]))
nums = list(range(10))
print(nums[::3], nums[-2::-4])
nums[2:5] = ["x"]
print(nums)
del nums[0]
del nums[-2:]
print(nums)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][:2])
d = {"k": [10, 20]}
d["k"][1] = 99
print(d)
print(b"hello"[1:4], b"hello"[0])
print(range(10)[2:8:3])
