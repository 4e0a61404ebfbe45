# Requires: convert/keras_to_onnx_tf2onnx.py
# ONNX keeps large weights in a separate file (external data); the model file only points to it.
import contextlib
import io
import json
import os

import onnx
from what_is_this_model import main

model = onnx.load("model.onnx")
onnx.save_model(model, "external.onnx", save_as_external_data=True, location="external.onnx.data",
                size_threshold=0)  # every initializer goes to the data file
main(["external.onnx"])

os.rename("external.onnx.data", "elsewhere.data")  # the data file left behind
out = io.StringIO()
with contextlib.redirect_stdout(out):
    main(["external.onnx", "--json"])
print("without its data file, can load:", json.loads(out.getvalue())["load"])
