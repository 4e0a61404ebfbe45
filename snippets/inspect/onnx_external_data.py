# Requires: convert/keras_to_onnx_tf2onnx.py
# ONNX keeps large weights in a separate file (external data); the model file only points to it.
import onnx
from what_is_this_model import main

model = onnx.load("model.onnx")
onnx.save_model(model, "external.onnx", save_as_external_data=True, location="external.onnx.data",
                size_threshold=0)  # every initializer goes to the data file
main(["external.onnx"])
