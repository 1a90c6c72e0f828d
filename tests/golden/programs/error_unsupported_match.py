# The match statement is outside Loopscope's Python subset: the program is refused
# before it runs, with a clear SyntaxError instead of running wrongly.
print("never printed")
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("unknown")
