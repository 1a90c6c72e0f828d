# From the seed's class on asynchronous programming (its code, with the syntax errors
# fixed): download three files one after the other with requests, and time it.
import time

import requests


def download_file(url):
    response = requests.get(url)
    file_name = url.split("/")[-1]
    with open(file_name, "wb") as f:
        f.write(response.content)
    print(f"Downloaded {file_name} ({len(response.content)} bytes)")


def main():
    urls = [
        "http://example.com/file1",
        "http://example.com/file2",
        "http://example.com/file3",
    ]
    start = time.time()
    for url in urls:
        download_file(url)
    duration = time.time() - start
    print(f"Total download time: {duration:.1f} seconds")


main()
