# An uncaught exception of our own class: its name and message end the traceback.
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} < {amount}")
    return balance - amount


balance = withdraw(100, 30)
print("left", balance)
withdraw(balance, 200)
