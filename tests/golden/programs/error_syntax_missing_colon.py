# A syntax error stops the program before anything runs: nothing is printed.
print("never printed")
for i in range(3)
    print(i)
