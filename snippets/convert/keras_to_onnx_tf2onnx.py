# Requires: convert/tiny_model.py
# Keras 3 -> ONNX with tf2onnx.convert.from_keras.
import os

import numpy as np
import tensorflow as tf
import tf2onnx
from tiny_model import inputs, keras_model

# onnxruntime 1.31 writes a device id and an event database under ~/.cache/Microsoft/
# unless this is set before it is imported (see the note on the page).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

model = keras_model()
tf2onnx.convert.from_keras(model, input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")],
                           opset=15, output_path="model.onnx")

session = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])
print("onnx outputs:", [o.name for o in session.get_outputs()])
(after,) = session.run(None, {"x": inputs()})
d = np.abs(after - model(inputs()).numpy()).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-5
