# An uncaught exception: stdout up to the failure, a traceback on stderr, exit 1.
def average(values):
    return sum(values) / len(values)


print("average of [2, 4]:", average([2, 4]))
print("average of []:")
print(average([]))
print("never printed")
