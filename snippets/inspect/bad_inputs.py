# Requires: convert/freeze_tf1.py
# Requires: convert/keras_to_savedmodel_tf2.py
# What is not a model gets one line on stderr and exit status 2, never a traceback.
import contextlib
import io
import os
import shutil

from what_is_this_model import main

os.mkdir("empty")
with open("random.bin", "wb") as f:
    f.write(bytes(range(256)) * 4)
with open("frozen.pb", "rb") as f:
    data = f.read()
with open("truncated.pb", "wb") as f:
    f.write(data[:len(data) // 2])  # an interrupted download
shutil.copy("savedmodel/saved_model.pb", "model.pb")  # a SavedModel's file, without variables/

for path in ("no_such_file.pb", "empty", "random.bin", "truncated.pb", "model.pb"):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main([path])
    print(f"exit {status}: {err.getvalue().strip()}")
