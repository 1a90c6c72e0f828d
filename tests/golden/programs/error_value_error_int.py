# int() of text that is not a number raises ValueError.
for text in ["12", "7", "twelve"]:
    print(int(text) * 2)
