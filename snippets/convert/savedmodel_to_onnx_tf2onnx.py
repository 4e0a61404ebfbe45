# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> ONNX with tf2onnx's Python API, run with onnxruntime.
# tf2onnx has no from_saved_model function: load the SavedModel, convert its serving function.
import os

import numpy as np
import tensorflow as tf
import tf2onnx
from tiny_model import inputs, keras_model

# onnxruntime 1.31 writes a device id and an event database under ~/.cache/Microsoft/
# unless this is set before it is imported (see the note on the page).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

loaded = tf.saved_model.load("savedmodel")
tf2onnx.convert.from_function(
    tf.function(loaded.serve),  # the endpoint model.export wrote
    input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")],
    opset=15, output_path="model.onnx")

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
print("onnx inputs: ", [(i.name, i.shape) for i in session.get_inputs()])
print("onnx outputs:", [(o.name, o.shape) for o in session.get_outputs()])
(after,) = session.run(None, {"x": inputs()})
d = np.abs(after - keras_model()(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
