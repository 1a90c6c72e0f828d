# time.time, perf_counter, monotonic and the blocking time.sleep, outside any loop.
import time

t_wall, t_perf, t_mono = time.time(), time.perf_counter(), time.monotonic()
print("sleeping 0.2 s")
time.sleep(0.2)
print(f"{time.time() - t_wall:.1f} {time.perf_counter() - t_perf:.1f} {time.monotonic() - t_mono:.1f}")
print(round(time.perf_counter() - t_perf, 1))
a = time.monotonic()
b = time.monotonic()
print("monotonic never goes back:", b >= a)
time.sleep(0)
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__)
