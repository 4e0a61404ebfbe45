# Requires: security/make_main_op_savedmodel_tf1.py
# The security page's SavedModel whose main_op reads and writes files: a loader runs it by itself.
import os

from what_is_this_model import main

with open("secret.txt", "w") as f:
    f.write("API_KEY=demo-1234\n")
main(["main_op_model"])
print("pwned_on_load.txt exists:", os.path.exists("pwned_on_load.txt"))
