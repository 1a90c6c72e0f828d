# Files opened for writing land in the run's sandbox folder; a path outside it is
# refused with PermissionError.
with open("inside.txt", "w") as f:
    f.write("fine")
print("writing inside the sandbox works")
print("now trying outside it")
with open("../escaped.txt", "w") as f:
    f.write("should never be written")
print("never printed")
