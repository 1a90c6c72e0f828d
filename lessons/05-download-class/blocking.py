# Downloading a list of files the classic way: one request at a time, each
# one finished and saved before the next begins.
import time

import requests

URLS = [
    "https://files.example.com/reports/january.pdf",
    "https://files.example.com/reports/february.pdf",
    "https://files.example.com/reports/march.pdf",
]


def download_file(url):
    response = requests.get(url)
    file_name = url.split("/")[-1]
    with open(file_name, "wb") as f:
        f.write(response.content)
    print(f"saved {file_name} ({len(response.content)} bytes)")


def main():
    start = time.perf_counter()
    for url in URLS:
        download_file(url)
    print(f"all files in {time.perf_counter() - start:.1f} s")


main()
