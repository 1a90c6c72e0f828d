# Greeting twice, one greeting after the other.
import time


def greet(message):
    time.sleep(1)
    print(message)


def main():
    start = time.perf_counter()
    greet("Hello")
    greet("World")
    print(f"both greetings after {time.perf_counter() - start:.1f} s")


main()
