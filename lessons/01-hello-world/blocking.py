# Two jobs done the ordinary way: each sleep stops the whole program.
import time


def say_hello():
    time.sleep(1)
    print("hello")


def say_world():
    time.sleep(2)
    print("world")


def main():
    start = time.perf_counter()
    say_hello()
    say_world()
    elapsed = time.perf_counter() - start
    print(f"done after {elapsed:.1f} s")


main()
