# Indentation is syntax: a line indented for no reason is an IndentationError.
print("never printed")
x = 1
    y = 2
