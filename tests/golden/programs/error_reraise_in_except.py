# An exception raised while handling another: both are shown, the last one ends it.
def load(config):
    try:
        return config["port"]
    except KeyError:
        print("port missing, giving up")
        raise RuntimeError("cannot start without a port")


print(load({"port": 8080}))
print(load({}))
