# requests.get on the simulated network: the size comes from the URL's extension and
# each call holds the loop for 100 ms plus the transfer at 1 MB/s.
import time

import requests

urls = [
    "https://example.com/photo.jpg",
    "https://example.com/data.json",
    "https://example.com/notes.txt",
    "https://example.com/page",
]
start = time.perf_counter()
for url in urls:
    r = requests.get(url)
    print(f"{url:<32} {r.status_code} {len(r.content):>7,d} bytes {type(r.content).__name__}")
print(f"took {time.perf_counter() - start:.1f} s")
