# Adding a str to an int raises TypeError.
count = 3
print("count: " + str(count))
print(count + " files")
