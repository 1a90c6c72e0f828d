# Calling a method on None raises AttributeError.
def find(name):
    if name == "known":
        return "Found It"
    return None


print(find("known").lower())
print(find("unknown").lower())
