import time
import os.path

time.sleep(1)
print(os.path.basename("done"))
