# Exceptions derived from Exception: raise, catch by base class, args and str.
class DownloadError(Exception):
    pass


class HttpError(DownloadError):
    pass


def fetch(url):
    if url.endswith(".missing"):
        raise HttpError(f"{url} answered 404", 404)
    if not url.startswith("http"):
        raise DownloadError("not a web address", url)
    return "ok"


for url in ["http://a/x.json", "http://a/y.missing", "ftp://b"]:
    try:
        print(fetch(url))
    except HttpError as err:
        print("http error", err.args[1], "-", err.args[0])
    except DownloadError as err:
        print("download error", err.args)

err = HttpError("u", 500)
print(str(err), err.args)
print(isinstance(err, DownloadError), isinstance(err, Exception), type(err).__name__)
print(repr(DownloadError("x")), str(DownloadError()), DownloadError(1, 2).args)
