# Requires: convert/savedmodel_to_tflite_tf2.py
# TFLite -> ONNX with tf2onnx.convert.from_tflite (the only way back out of a .tflite file).
import os

import numpy as np
import tf2onnx
from tiny_model import inputs, keras_model

# onnxruntime 1.31 writes a device id and an event database under ~/.cache/Microsoft/
# unless this is set before it is imported (see the note on the page).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

tf2onnx.convert.from_tflite("model.tflite", opset=15, output_path="model.onnx")

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
name = session.get_inputs()[0].name
print("onnx inputs: ", [(i.name, i.shape) for i in session.get_inputs()])
(after,) = session.run(None, {name: inputs()})
d = np.abs(after - keras_model()(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
