# Using a name that was never assigned raises NameError.
def report():
    total = 10
    print("total is", total)
    print("grand total is", grand_sum_of_everything)


report()
