# Three pretend network requests of 2 seconds each, made one after another.
import time


def fetch_data(url):
    time.sleep(2)  # stands in for the time the server takes to answer
    return f"data from {url}"


def main():
    start = time.perf_counter()
    urls = [
        "https://api.example.com/data1",
        "https://api.example.com/data2",
        "https://api.example.com/data3",
    ]
    results = [fetch_data(url) for url in urls]
    for result in results:
        print(result)
    print(f"total: {time.perf_counter() - start:.1f} s")


main()
