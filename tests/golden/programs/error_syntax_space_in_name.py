# A variable name cannot contain a space.
print("never printed")
file name = "report.txt"
