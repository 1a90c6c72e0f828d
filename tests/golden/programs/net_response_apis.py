# The response APIs lessons use, on the default simulated network: requests'
# status_code/ok/headers/text/json(), aiohttp's status/headers/text()/json(),
# and the same body either way.
import asyncio

import aiohttp
import requests

URL = "https://api.example.com/users/7.json"

r = requests.get(URL)
doc = r.json()
print(r, r.status_code, r.ok, r.reason)
print(r.headers["Content-Type"], r.headers["Content-Length"], len(r.content), len(r.text))
print(list(doc)[:3], doc["url"] == URL, type(doc["id"]).__name__)
r.raise_for_status()


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(URL) as resp:
            text = await resp.text()
            again = await resp.json()
            print(resp.status, resp.reason, resp.content_type, resp.headers["Content-Length"])
    print(text == r.text, again == doc, (await resp.read()) == r.content)


asyncio.run(main())
